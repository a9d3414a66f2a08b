package org.oversight.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.testkit.Assets;
import org.oversight.register.testkit.Contracts;
import org.oversight.register.testkit.RandomRegisters;
import org.oversight.register.testkit.SampleRegisters;

/**
 * What every register store does, whatever database it is in: the one suite that runs against the
 * embedded H2 default and a real PostgreSQL server.
 */
abstract class StoreContract {
  static final Instant T1 = Instant.parse("2021-09-01T09:00:00Z");
  static final Instant T2 = Instant.parse("2021-09-06T10:30:00.123456789Z");
  static final Instant T3 = Instant.parse("2021-10-01T16:00:00Z");
  static final String SECRET_REF = "RIPA-DS-2021-017";
  static final String SECRET_REASON = "moved covert camera COV-0002 for operation NIGHTJAR";

  @TempDir Path temp;

  /** A new location holding nothing yet (a directory that does not exist, or an empty database). */
  abstract StoreLocation newLocation() throws Exception;

  static AssetRegister essex() {
    return SampleRegisters.essex2021();
  }

  /** Essex with one overt camera's site changed, a contract added, and the FOI e-mail changed. */
  static AssetRegister essexChanged() {
    AssetRegister register = essex();
    Asset camera = register.assets().stream().filter(a -> !a.isCovert()).findFirst().orElseThrow();
    AssetRegister changed =
        register.withAsset(camera.toBuilder().site("Colchester bus station").build());
    List<Contract> contracts = new ArrayList<>(changed.contracts());
    contracts.add(Contracts.of("C-2022-01").build());
    Organisation was = changed.organisation();
    Organisation organisation =
        new Organisation(
            was.name(),
            was.kind(),
            was.nation(),
            new FoiContact(null, "foi@essex.example", null),
            was.internalReviewContact(),
            was.adviceAndAssistance());
    return AssetRegister.of(
        new RegisterContents(
            organisation, changed.asAt(), changed.assets(), changed.dpias(), contracts));
  }

  RegisterStore initialised() throws Exception {
    return RegisterStore.init(newLocation());
  }

  @Test
  void anEmptyStoreHasNoRevision() throws Exception {
    try (RegisterStore store = initialised()) {
      assertThat(store.latestRevision()).isEqualTo(RegisterStore.NO_REVISION);
      assertThat(store.latest()).isEmpty();
      assertThat(store.log()).isEmpty();
      assertThat(store.asRecordedAt(T3)).isEmpty();
    }
  }

  @Test
  void aCommittedRegisterReadsBackEqualWithItsAuditRecord() throws Exception {
    try (RegisterStore store = initialised()) {
      RevisionInfo info = store.commit(0, essex(), "J. Smith", "first register", T2);

      Revision read = store.revision(1).orElseThrow();
      assertThat(info.number()).isEqualTo(1);
      assertThat(read.register()).isEqualTo(essex());
      assertThat(read.info()).isEqualTo(info);
      assertThat(read.recordedAt()).isEqualTo(T2);
      assertThat(read.info().author()).isEqualTo("J. Smith");
      assertThat(read.info().reason()).isEqualTo("first register");
      assertThat(read.info().assets()).isEqualTo(essex().assets().size());
      assertThat(read.register().asset(new AssetId("COV-0001")).orElseThrow().authorisationRef())
          .isEqualTo(SECRET_REF);
    }
  }

  @Test
  void aCommitWritesOnlyTheRecordsThatChanged() throws Exception {
    StoreLocation location = newLocation();
    try (RegisterStore store = RegisterStore.init(location)) {
      store.commit(0, essex(), "a", "first", T1);
      long afterFirst = count(location, "SELECT COUNT(*) FROM register_record");

      store.commit(1, essexChanged(), "a", "second", T2);

      // the changed camera, the new contract and the organisation: three new rows, two closed
      assertThat(count(location, "SELECT COUNT(*) FROM register_record")).isEqualTo(afterFirst + 3);
      assertThat(count(location, "SELECT COUNT(*) FROM register_record WHERE valid_until = 2"))
          .isEqualTo(2);
      assertThat(store.revision(1).orElseThrow().register()).isEqualTo(essex());
      assertThat(store.revision(2).orElseThrow().register()).isEqualTo(essexChanged());
    }
  }

  @Test
  void asRecordedAtAnswersWithTheRevisionInForceAtThatInstant() throws Exception {
    try (RegisterStore store = initialised()) {
      store.commit(0, essex(), "a", "first", T1);
      store.commit(1, essexChanged(), "a", "second", T2);

      assertThat(store.asRecordedAt(T1.minusNanos(1))).isEmpty();
      assertThat(store.asRecordedAt(T1)).contains(essex());
      assertThat(store.asRecordedAt(T2.minusNanos(1))).contains(essex());
      assertThat(store.asRecordedAt(T2)).contains(essexChanged());
      assertThat(store.asRecordedAt(T3)).contains(essexChanged());
      assertThat(store.revisionAt(T2.minusNanos(1))).isEqualTo(1);
    }
  }

  @Test
  void aCommitOnAParentThatIsNoLongerTheLatestIsAConflictAndChangesNothing() throws Exception {
    try (RegisterStore store = initialised()) {
      store.commit(0, essex(), "a", "first", T1);
      store.commit(1, essexChanged(), "b", "second", T2);

      assertThatThrownBy(() -> store.commit(1, essex(), "c", "stale", T3))
          .isInstanceOfSatisfying(
              StoreConflictException.class,
              e -> {
                assertThat(e.parent()).isEqualTo(1);
                assertThat(e.latest()).isEqualTo(2);
              })
          .hasMessageContaining("made on revision 1, but the latest revision is 2");
      assertThat(store.latestRevision()).isEqualTo(2);
      assertThat(store.latest().orElseThrow().register()).isEqualTo(essexChanged());
    }
  }

  @Test
  void twoCommittersOnTheSameParentExactlyOneWinsTheOtherGetsTheConflict() throws Exception {
    StoreLocation location = newLocation();
    try (RegisterStore first = RegisterStore.init(location);
        RegisterStore second = RegisterStore.open(location)) {
      first.commit(0, essex(), "a", "first", T1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        for (int round = 0; round < 10; round++) {
          long parent = first.latestRevision();
          AssetRegister next = essex().withAsset(Assets.overtCamera("ROUND-" + round).build());
          CountDownLatch go = new CountDownLatch(1);
          List<Future<Object>> results = new ArrayList<>();
          for (RegisterStore store : List.of(first, second)) {
            String author = store == first ? "first" : "second";
            results.add(
                pool.submit(
                    () -> {
                      go.await();
                      try {
                        return store.commit(parent, next, author, "race", T2.plusSeconds(parent));
                      } catch (StoreConflictException e) {
                        return e;
                      }
                    }));
          }
          go.countDown();
          List<Object> outcomes = new ArrayList<>();
          for (Future<Object> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
          }

          assertThat(outcomes).filteredOn(RevisionInfo.class::isInstance).hasSize(1);
          assertThat(outcomes).filteredOn(StoreConflictException.class::isInstance).hasSize(1);
          assertThat(first.latestRevision()).isEqualTo(parent + 1);
          assertThat(first.latest().orElseThrow().register()).isEqualTo(next);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aRevisionCannotBeRecordedBeforeItsParent() throws Exception {
    try (RegisterStore store = initialised()) {
      store.commit(0, essex(), "a", "first", T2);

      assertThatThrownBy(() -> store.commit(1, essexChanged(), "a", "back in time", T1))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot follow revision 1");
      assertThat(store.latestRevision()).isEqualTo(1);
    }
  }

  @Test
  void authorAndReasonAreRequired() throws Exception {
    try (RegisterStore store = initialised()) {
      assertThatThrownBy(() -> store.commit(0, essex(), " ", "why", T1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("author is blank");
      assertThatThrownBy(() -> store.commit(0, essex(), "a", "", T1)).hasMessage("reason is blank");
      assertThatThrownBy(() -> store.commit(0, essex(), "a\nb", "why", T1))
          .hasMessage("author must be one line");
      assertThatThrownBy(() -> store.commit(0, essex(), "a", "x".repeat(2001), T1))
          .hasMessage("reason is 2001 characters, at most 2000");
      assertThat(store.latestRevision()).isZero();
    }
  }

  @Test
  void historyListsEveryChangeToAnAssetWithAuthorAndReason() throws Exception {
    try (RegisterStore store = initialised()) {
      AssetRegister one = essex();
      Asset covert = one.asset(new AssetId("COV-0002")).orElseThrow();
      AssetRegister two = one.withAsset(covert.toBuilder().site("Harlow depot").build());
      AssetRegister three = two.withoutAsset(covert.id());
      AssetRegister four = three.withAsset(covert);
      store.commit(0, one, "a", "first", T1);
      store.commit(1, two, "b", SECRET_REASON, T2);
      store.commit(2, three, "c", "removed", T3);
      store.commit(3, four, "d", "back again", T3);

      List<AssetChange> history = store.history(covert.id());

      assertThat(history)
          .extracting(c -> c.revision().number(), AssetChange::kind, c -> c.revision().author())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(1L, ChangeKind.ADDED, "a"),
              org.assertj.core.groups.Tuple.tuple(2L, ChangeKind.CHANGED, "b"),
              org.assertj.core.groups.Tuple.tuple(3L, ChangeKind.REMOVED, "c"),
              org.assertj.core.groups.Tuple.tuple(4L, ChangeKind.ADDED, "d"));
      assertThat(history.get(1).revision().reason()).isEqualTo(SECRET_REASON);
      assertThat(history.get(1).fields()).extracting(FieldChange::path).containsExactly("site");
      assertThat(history.get(1).toString()).doesNotContain("NIGHTJAR").doesNotContain("Harlow");
      assertThat(store.history(new AssetId("NEVER-HELD"))).isEmpty();
    }
  }

  @Test
  void diffComparesAssetsDpiasContractsAndTheOrganisationFieldByField() throws Exception {
    try (RegisterStore store = initialised()) {
      store.commit(0, essex(), "a", "first", T1);
      store.commit(1, essexChanged(), "a", "second", T2);

      RegisterDiff diff = store.diff(1, 2);

      assertThat(diff.changes(Asset.TYPE))
          .singleElement()
          .satisfies(
              change -> {
                assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
                assertThat(change.fields())
                    .singleElement()
                    .satisfies(
                        f -> {
                          assertThat(f.path()).isEqualTo("site");
                          assertThat(f.after()).isEqualTo("Colchester bus station");
                        });
              });
      assertThat(diff.changes(Contract.TYPE))
          .extracting(RecordChange::id, RecordChange::kind)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("C-2022-01", ChangeKind.ADDED));
      assertThat(diff.changes(Dpia.TYPE)).isEmpty();
      assertThat(diff.registerChanges())
          .extracting(FieldChange::path)
          .contains("organisation.foiContact.email")
          .allMatch(path -> path.startsWith("organisation.foiContact."));
      assertThat(store.diff(2, 2).isEmpty()).isTrue();
      assertThatThrownBy(() -> store.diff(1, 9))
          .isInstanceOf(StoreException.class)
          .hasMessageEndingWith("has no revision 9 (the latest is 2)");
    }
  }

  @Test
  void aConnectionLostMidCommitLeavesThePreviousRevisionWholeAndReadable() throws Exception {
    StoreLocation location = newLocation();
    try (RegisterStore store = RegisterStore.init(location)) {
      store.commit(0, essex(), "a", "first", T1);
    }
    UrlDataSource real = new UrlDataSource(location.url(false), location.properties());
    FailingDataSource failing = new FailingDataSource(real, 2, FailingDataSource.dropConnection());
    try (RegisterStore store = RegisterStore.open(failing)) {
      assertThatThrownBy(() -> store.commit(1, essexChanged(), "a", SECRET_REASON, T2))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("cannot commit")
          .hasMessageContaining("08006")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET_REASON, SECRET_REF));
      assertThat(failing.batches()).isGreaterThanOrEqualTo(2);
    }
    assertNothingHalfWritten(location);
  }

  @Test
  void aCommitterKilledMidCommitLeavesThePreviousRevisionWholeAndReadable() throws Exception {
    StoreLocation location = newLocation();
    try (RegisterStore store = RegisterStore.init(location)) {
      store.commit(0, essex(), "a", "first", T1);
    }
    Path next = temp.resolve("next.json");
    RegisterJson.standard().write(essexChanged(), next);

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CommitAndDie.class.getName(),
                location.directory().map(Path::toString).orElse(location.toString()),
                "1",
                next.toString(),
                T2.toString())
            .redirectErrorStream(true)
            .start();
    child.getOutputStream().close();
    String output =
        new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(child.exitValue()).as(output).isEqualTo(CommitAndDie.HALTED);
    assertNothingHalfWritten(location);
  }

  /** The store is at revision 1, reads it back, holds no row of revision 2, and takes a commit. */
  private static void assertNothingHalfWritten(StoreLocation location) throws Exception {
    try (RegisterStore store = RegisterStore.open(location)) {
      assertThat(store.latestRevision()).isEqualTo(1);
      assertThat(store.latest().orElseThrow().register()).isEqualTo(essex());
      assertThat(store.log()).extracting(RevisionInfo::number).containsExactly(1L);
    }
    assertThat(
            count(
                location,
                "SELECT COUNT(*) FROM register_record WHERE valid_from = 2 OR valid_until = 2"))
        .isZero();
    try (RegisterStore store = RegisterStore.open(location)) {
      store.commit(1, essexChanged(), "a", "second, after the failure", T2);
      assertThat(store.latest().orElseThrow().register()).isEqualTo(essexChanged());
    }
  }

  @Test
  void aStoreWrittenWithTheFirstSchemaIsOpenedAndMigrated() throws Exception {
    StoreLocation location = newLocation();
    // A store as the first schema wrote it: Flyway stopped at version 1, rows without counts.
    location.directory().ifPresent(dir -> createDirectories(dir));
    UrlDataSource dataSource = new UrlDataSource(location.url(false), location.properties());
    RegisterStore.flyway(dataSource).target("1").load().migrate();
    RegisterJson json = RegisterJson.standard();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO register_revision (revision, recorded_at_second, recorded_at_nano, author,"
              + " reason, as_at) VALUES (1, "
              + T1.getEpochSecond()
              + ", 0, 'a', 'first', DATE '2021-09-06')");
      try (var insert =
          connection.prepareStatement(
              "INSERT INTO register_record (kind, record_id, valid_from, body) VALUES (?, ?, 1, ?)")) {
        insert.setString(1, "organisation");
        insert.setString(2, "");
        insert.setString(
            3,
            json.writeRecord(
                org.oversight.register.model.Organisation.TYPE, essex().organisation()));
        insert.addBatch();
        for (Asset asset : essex().assets()) {
          insert.setString(1, "assets");
          insert.setString(2, asset.id().value());
          insert.setString(3, json.writeRecord(Asset.TYPE, asset));
          insert.addBatch();
        }
        for (Dpia dpia : essex().dpias()) {
          insert.setString(1, "dpias");
          insert.setString(2, dpia.id());
          insert.setString(3, json.writeRecord(Dpia.TYPE, dpia));
          insert.addBatch();
        }
        for (Contract contract : essex().contracts()) {
          insert.setString(1, "contracts");
          insert.setString(2, contract.id());
          insert.setString(3, json.writeRecord(Contract.TYPE, contract));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }

    try (RegisterStore store = RegisterStore.open(location)) {
      assertThat(store.log())
          .singleElement()
          .satisfies(
              info -> {
                assertThat(info.assets()).isEqualTo(essex().assets().size());
                assertThat(info.dpias()).isEqualTo(essex().dpias().size());
                assertThat(info.contracts()).isEqualTo(essex().contracts().size());
              });
      assertThat(store.latest().orElseThrow().register()).isEqualTo(essex());
      store.commit(1, essexChanged(), "a", "second", T2);
    }
    assertThat(count(location, "SELECT MAX(\"version\") FROM \"register_schema_history\""))
        .isEqualTo(SqlMigration.latestVersion());
  }

  @Test
  void aStoreFromANewerVersionIsRefused() throws Exception {
    StoreLocation location = newLocation();
    try (RegisterStore store = RegisterStore.init(location)) {
      store.commit(0, essex(), "a", "first", T1);
    }
    try (Connection connection =
            DriverManager.getConnection(location.url(false), location.properties());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO \"register_schema_history\" (\"installed_rank\", \"version\","
              + " \"description\", \"type\", \"script\", \"checksum\", \"installed_by\","
              + " \"execution_time\", \"success\")"
              + " VALUES (99, '99', 'from the future', 'JDBC', 'V99', 0, 'x', 0, TRUE)");
    }

    assertThatThrownBy(() -> RegisterStore.open(location))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("written by a newer version of the register store (schema 99");
  }

  @Test
  void initRefusesALocationThatHoldsAStore() throws Exception {
    StoreLocation location = newLocation();
    RegisterStore.init(location).close();

    assertThatThrownBy(() -> RegisterStore.init(location))
        .isInstanceOf(StoreException.class)
        .hasMessageEndingWith(": already holds a register store");
  }

  @Test
  void everyRevisionOfARandomSequenceReadsBackEqual() throws Exception {
    List<AssetRegister> registers = RandomRegisters.registers(16, 60).limit(8).toList();
    try (RegisterStore store = initialised()) {
      Instant at = T1;
      for (AssetRegister register : registers) {
        store.commit(store.latestRevision(), register, "generator", "random", at);
        at = at.plusSeconds(60);
      }
      for (int i = 0; i < registers.size(); i++) {
        assertThat(store.revision(i + 1).orElseThrow().register()).isEqualTo(registers.get(i));
      }
      // The same again through a new instance, which has no snapshot of its own.
    }
  }

  @Test
  void aStoredRecordThatNoLongerReadsIsAOneLineStoreErrorWithoutItsSecrets() throws Exception {
    StoreLocation location = newLocation();
    try (RegisterStore store = RegisterStore.init(location)) {
      store.commit(0, essex(), "a", "first", T1);
      store.commit(1, essexChanged(), "a", "second", T2);
      try (Connection connection =
              DriverManager.getConnection(location.url(false), location.properties());
          Statement statement = connection.createStatement()) {
        assertThat(
                statement.executeUpdate(
                    "UPDATE register_record SET body = REPLACE(body, '\"COVERT\"', '\"HIDDEN\"')"
                        + " WHERE kind = 'assets' AND record_id = 'COV-0001'"))
            .isEqualTo(1);
      }

      for (ThrowingCallable read :
          List.<ThrowingCallable>of(() -> store.revision(2), () -> store.asRecordedAt(T3))) {
        assertThatThrownBy(read)
            .isInstanceOf(StoreException.class)
            .hasMessageContaining(": revision 2: a stored asset no longer reads (")
            .hasMessageContaining("/deployment")
            .satisfies(
                e -> assertThat(e.getMessage()).doesNotContain(SECRET_REF).doesNotContain("\n"));
      }
    }
  }

  static long count(StoreLocation location, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(location.url(false), location.properties());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
