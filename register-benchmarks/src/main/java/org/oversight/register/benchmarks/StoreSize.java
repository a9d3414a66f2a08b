package org.oversight.register.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.store.RegisterStore;
import org.oversight.register.store.StoreLocation;

/**
 * How big an embedded store grows: a register of N assets committed once, then R revisions of ten
 * changed assets each. Prints the one-copy sizes (the register as canonical JSON, and the store
 * after its first revision), the store after every revision, and the goal: at most 1.5
 * times one copy plus 1 KB per changed asset. Sizes are of the H2 file as closed (H2 compacts for a
 * moment on close), and again after {@code SHUTDOWN COMPACT}.
 *
 * <p>{@code java -cp benchmarks.jar org.oversight.register.benchmarks.StoreSize 100000 1000}
 */
public final class StoreSize {
  private StoreSize() {}

  /**
   * Runs the measurement.
   *
   * @param args assets (default 100000) and revisions (default 1000)
   * @throws Exception if the store cannot be written
   */
  public static void main(String[] args) throws Exception {
    // Flyway reports each schema step through java.util.logging: keep the output to the figures.
    java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int revisions = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    Path dir = Files.createTempDirectory("store-size-");
    try {
      StoreLocation location = StoreLocation.directory(dir.resolve("store"));
      AssetRegister first;
      try (RegisterStore store = RegisterStore.init(location)) {
        first = StoreHistory.first(store, size);
      }
      long json = jsonBytes(first);
      long oneCopy = fileSize(location);
      long started = System.nanoTime();
      try (RegisterStore store = RegisterStore.open(location)) {
        StoreHistory.change(store, store.latest().orElseThrow().register(), revisions);
      }
      double minutes = (System.nanoTime() - started) / 60e9;
      long closed = fileSize(location);
      compact(location);
      long compacted = fileSize(location);
      long changed = (long) revisions * StoreHistory.CHANGES_PER_REVISION;
      long goal = (long) (1.5 * oneCopy) + 1024 * changed;
      System.out.printf(
          "assets %d, revisions %d of %d changes (%d changed assets)%n",
          size, revisions, StoreHistory.CHANGES_PER_REVISION, changed);
      System.out.printf("register as canonical JSON      %,15d bytes%n", json);
      System.out.printf(
          "store after the first revision  %,15d bytes (one copy; %.2f x the JSON)%n",
          oneCopy, (double) oneCopy / json);
      System.out.printf(
          "store after %d more, as closed  %,15d bytes (%.2f x one copy; %,d bytes per changed asset over one copy)%n",
          revisions, closed, (double) closed / oneCopy, (closed - oneCopy) / Math.max(1, changed));
      System.out.printf(
          "the same after SHUTDOWN COMPACT %,15d bytes (%.2f x one copy)%n",
          compacted, (double) compacted / oneCopy);
      System.out.printf(
          "goal: 1.5 x one copy + 1 KB x %d = %,d bytes: %s%n",
          changed, goal, closed <= goal ? "met" : "NOT met");
      System.out.printf("committing the %d revisions took %.1f min%n", revisions, minutes);
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      }
    }
  }

  private static long jsonBytes(AssetRegister register) throws IOException {
    long[] count = {0};
    OutputStream counter =
        new OutputStream() {
          @Override
          public void write(int b) {
            count[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            count[0] += len;
          }
        };
    RegisterJson.standard().write(register, counter);
    return count[0];
  }

  private static long fileSize(StoreLocation location) throws IOException {
    return Files.size(location.directory().orElseThrow().resolve("register.mv.db"));
  }

  private static void compact(StoreLocation location) throws SQLException {
    String url = "jdbc:h2:file:" + location.directory().orElseThrow().resolve("register");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    }
  }
}
