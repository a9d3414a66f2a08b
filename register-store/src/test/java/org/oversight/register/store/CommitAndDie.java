package org.oversight.register.store;

import java.nio.file.Path;
import java.time.Instant;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;

/**
 * A child JVM for the crash test: opens a store, commits a register file on a parent revision, and
 * halts the JVM (status 137, as after kill -9) in the middle of the commit, at the second batch of
 * statements: after the revision row and the closing of changed records, while the new records are
 * being written.
 */
final class CommitAndDie {
  static final int HALTED = 137;

  private CommitAndDie() {}

  public static void main(String[] args) throws Exception {
    StoreLocation location = StoreLocation.parse(args[0]);
    long parent = Long.parseLong(args[1]);
    AssetRegister register = RegisterJson.standard().read(Path.of(args[2]));
    UrlDataSource real = new UrlDataSource(location.url(true), location.properties());
    try (RegisterStore store =
        RegisterStore.open(new FailingDataSource(real, 2, FailingDataSource.haltJvm(HALTED)))) {
      store.commit(parent, register, "crash test", "dies part way", Instant.parse(args[3]));
    }
    // Reached only if the commit did not fail where it should.
    System.exit(3);
  }
}
