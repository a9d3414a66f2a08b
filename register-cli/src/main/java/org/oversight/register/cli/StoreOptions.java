package org.oversight.register.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.oversight.register.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --store DIR|JDBC-URL}, for every store command that works on an existing store. */
final class StoreOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec = CommandSpec.create();

  @Option(
      names = "--store",
      paramLabel = "STORE",
      description = {
        "the store: a directory (embedded H2) or a jdbc:postgresql: URL; default ./register-db.",
        "The password comes from PGPASSWORD or ~/.pgpass, never from the command line."
      })
  String store = "register-db";

  /** The store's location, or a usage error (exit 2). */
  StoreLocation location() {
    return location(spec, store, System.getenv());
  }

  static StoreLocation location(CommandSpec spec, String text, Map<String, String> environment) {
    StoreLocation location;
    try {
      location = StoreLocation.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (location.hasPasswordInUrl()) {
      throw new ParameterException(
          spec.commandLine(),
          "a password on the command line is refused (other users can see it): give it in"
              + " PGPASSWORD or ~/.pgpass");
    }
    @Nullable String password = environment.get("PGPASSWORD");
    if (location.isPostgres() && password != null && !password.isEmpty()) {
      location = location.withPassword(password);
    }
    return location;
  }
}
