package org.oversight.register.cli;

import java.util.concurrent.Callable;
import org.oversight.register.store.RegisterStore;
import org.oversight.register.store.StoreException;
import org.oversight.register.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code register store init DIR|JDBC-URL}. */
@Command(
    name = "init",
    header = "Creates an empty register store.",
    mixinStandardHelpOptions = true,
    description = {
      "Creates an empty register store: in a directory (embedded H2; the directory is created),",
      "or in an existing PostgreSQL database named by a jdbc:postgresql: URL (its tables are",
      "created). The password comes from PGPASSWORD or ~/.pgpass.",
      "Exit 0 created, 1 already a store or cannot be written, 2 bad usage."
    })
final class StoreInitCommand implements Callable<Integer> {
  @Spec CommandSpec spec = CommandSpec.create();

  @Parameters(index = "0", paramLabel = "DIR|JDBC-URL", description = "where")
  String where = "";

  @Override
  public Integer call() {
    StoreLocation location = StoreOptions.location(spec, where, System.getenv());
    try {
      RegisterStore.init(location).close();
      spec.commandLine()
          .getOut()
          .println(
              Printable.of(location.toString())
                  + ": register store created ("
                  + (location.isPostgres() ? "PostgreSQL" : "embedded H2")
                  + ", no revision yet)");
      return RegisterCli.OK;
    } catch (StoreException e) {
      return StoreCommand.failed(spec, e);
    }
  }
}
