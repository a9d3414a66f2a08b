package org.oversight.register.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.oversight.register.AssetRegister;
import org.oversight.register.store.RecordedRegisters;
import org.oversight.register.store.StoreException;
import org.oversight.register.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code register foi STORE REQUEST --as-recorded-at INSTANT}: the register a store recorded at an
 * instant, for an internal review to reproduce the original letter. It sees the store only through
 * {@link RecordedRegisters}: registers, never the audit trail (an architecture test holds this).
 */
final class FoiAsRecorded {
  private FoiAsRecorded() {}

  /**
   * Reads the register recorded at an instant from the store named by the command's first
   * parameter, as typed (a JDBC URL is not a path), or reports why not and returns empty.
   */
  static Optional<AssetRegister> register(CommandSpec spec, Instant at, PrintWriter err) {
    List<String> typed =
        spec.commandLine().getParseResult().matchedPositional(0).originalStringValues();
    String where = typed.isEmpty() ? "" : typed.get(typed.size() - 1);
    StoreLocation location = StoreOptions.location(spec, where, System.getenv());
    try (RecordedRegisters recorded = RecordedRegisters.open(location)) {
      Optional<AssetRegister> register = recorded.asRecordedAt(at);
      if (register.isEmpty()) {
        err.println(
            spec.qualifiedName()
                + ": "
                + Printable.of(location.toString())
                + ": nothing had been recorded by "
                + at);
      }
      return register;
    } catch (StoreException e) {
      err.println(spec.qualifiedName() + ": " + Printable.of(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }
}
