package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ValueType;
import org.oversight.register.model.Values;
import org.oversight.register.validation.InvalidInputException;

/**
 * A register that keeps its history: every revision ever committed, who made it, when and why, in a
 * database (an embedded H2 file by default, or PostgreSQL).
 *
 * <p>A revision is an immutable, validated {@link AssetRegister} with its audit record ({@link
 * RevisionInfo}). Revisions are numbered from 1; a commit names the revision it was made on (its
 * parent) and fails with a {@link StoreConflictException}, changing nothing, unless that parent is
 * still the latest: two editors never overwrite each other silently. A commit is one database
 * transaction: it happens whole or not at all, whatever fails part way.
 *
 * <p>Storage is by change, not by copy: each record (the organisation, each asset, DPIA and
 * contract) is stored as its canonical one-line JSON ({@link RegisterJson#writeRecord}, the owner's
 * full copy, confidential fields included) with the revisions it is valid in, and a commit writes
 * only the records that changed. {@code docs/store.md} describes the tables.
 *
 * <p>Instants are given by the caller: the store never reads a clock. A revision may not be
 * recorded before its parent, so revisions are in time order and {@link #asRecordedAt(Instant)} is
 * well defined.
 *
 * <p>Covert data stays where it is: the store logs nothing, and no exception message holds a
 * record, an authorisation reference, a reason or a password. The FOI side of an application should
 * be handed a {@link RecordedRegisters}, which answers with registers and nothing of the audit
 * trail.
 *
 * <p>Thread-safe: reads run on their own connections; commits through one store instance are
 * serialised, and commits through different instances or processes are kept apart by the database.
 */
public final class RegisterStore implements RecordedRegisters {
  /** The parent revision of the first commit: an empty store has no revision. */
  public static final long NO_REVISION = 0L;

  /** The longest author name, in characters. */
  public static final int MAX_AUTHOR_LENGTH = 200;

  /** The longest reason, in characters. */
  public static final int MAX_REASON_LENGTH = 2000;

  private static final String SCHEMA_HISTORY_TABLE = "register_schema_history";
  private static final String ASSETS = RegisterContents.ASSETS.name();
  private static final String REVISION_COLUMNS =
      "revision, recorded_at_second, recorded_at_nano, author, reason, as_at, asset_count,"
          + " dpia_count, contract_count";

  private final DataSource dataSource;
  private final String where;
  private final @Nullable Connection keeper;
  private final RegisterJson json = RegisterJson.standard();
  private final Object commitLock = new Object();

  /**
   * The latest revision this instance committed, with each record's body: guarded by commitLock.
   */
  private @Nullable Snapshot snapshot;

  private RegisterStore(DataSource dataSource, String where, @Nullable Connection keeper) {
    this.dataSource = dataSource;
    this.where = where;
    this.keeper = keeper;
  }

  // ---------------------------------------------------------------- opening

  /**
   * Creates a new, empty store at a location: for a directory, the directory (created if need be)
   * and its database file; for a JDBC URL, the store's tables in that database, which must exist.
   *
   * @param location where
   * @return the store, open; close it when done
   * @throws StoreException if the location already holds a register store, or cannot be written
   */
  public static RegisterStore init(StoreLocation location) {
    requireNonNull(location, "location");
    Optional<Path> directory = location.directory();
    if (directory.isPresent()) {
      if (Files.exists(databaseFile(directory.get()))) {
        throw new StoreException(location + ": already holds a register store");
      }
      try {
        Files.createDirectories(directory.get());
      } catch (IOException e) {
        throw new StoreException(location + ": cannot create the directory (" + why(e) + ")");
      }
    }
    DataSource dataSource = new UrlDataSource(location.url(false), location.properties());
    return start(dataSource, location.toString(), directory.isPresent(), Opening.CREATE);
  }

  /**
   * Opens the store at a location, bringing an older store's schema up to this version's.
   *
   * @param location where
   * @return the store, open; close it when done
   * @throws StoreException if the location holds no register store, one written by a newer version,
   *     or cannot be reached
   */
  public static RegisterStore open(StoreLocation location) {
    requireNonNull(location, "location");
    Optional<Path> directory = location.directory();
    if (directory.isPresent() && !Files.isRegularFile(databaseFile(directory.get()))) {
      throw new StoreException(location + ": holds no register store (initialise one first)");
    }
    DataSource dataSource = new UrlDataSource(location.url(true), location.properties());
    return start(dataSource, location.toString(), directory.isPresent(), Opening.EXISTING);
  }

  /**
   * Opens the store in a database an application manages (its connection pool), creating the
   * store's tables on first use and bringing an older store's schema up to this version's.
   *
   * @param dataSource gives connections to the database; each operation takes one and closes it
   * @return the store, open; close it when done (the data source stays open)
   * @throws StoreException if the database holds a store written by a newer version, or cannot be
   *     reached
   */
  public static RegisterStore open(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    return start(dataSource, "the store", false, Opening.CREATE_OR_EXISTING);
  }

  private enum Opening {
    CREATE,
    EXISTING,
    CREATE_OR_EXISTING
  }

  private static RegisterStore start(
      DataSource dataSource, String where, boolean embedded, Opening opening) {
    // An embedded H2 database closes with its last connection: one is kept open while the store is.
    Connection keeper = embedded ? connect(dataSource, where) : null;
    try {
      Flyway flyway = flyway(dataSource).load();
      int applied = appliedVersion(flyway, where);
      if (opening == Opening.CREATE && applied > 0) {
        throw new StoreException(where + ": already holds a register store");
      }
      if (opening == Opening.EXISTING && applied == 0) {
        throw new StoreException(where + ": holds no register store (initialise one first)");
      }
      if (applied > SqlMigration.latestVersion()) {
        throw new StoreException(
            where
                + ": was written by a newer version of the register store (schema "
                + applied
                + "; this version knows schema "
                + SqlMigration.latestVersion()
                + " and before)");
      }
      try {
        flyway.migrate();
      } catch (FlywayException e) {
        throw new StoreException(where + ": cannot bring the schema up to date: " + firstLine(e));
      }
      return new RegisterStore(dataSource, where, keeper);
    } catch (RuntimeException e) {
      closeQuietly(keeper);
      throw e;
    }
  }

  static FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure(RegisterStore.class.getClassLoader())
        .dataSource(dataSource)
        .table(SCHEMA_HISTORY_TABLE)
        // An application's own database already holds its tables: the store's go beside them.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .javaMigrations(SqlMigration.ALL.toArray(new JavaMigration[0]))
        .skipDefaultResolvers(true)
        .skipDefaultCallbacks(true)
        .failOnMissingLocations(false)
        .cleanDisabled(true);
  }

  private static int appliedVersion(Flyway flyway, String where) {
    try {
      MigrationInfo current = flyway.info().current();
      return current == null || current.getVersion() == null
          ? 0
          : Integer.parseInt(current.getVersion().getVersion());
    } catch (FlywayException e) {
      throw new StoreException(where + ": cannot read the schema version: " + firstLine(e));
    } catch (NumberFormatException e) {
      throw new StoreException(where + ": holds a schema version this store does not know");
    }
  }

  static Path databaseFile(Path directory) {
    return directory.resolve(StoreLocation.DATABASE_NAME + ".mv.db");
  }

  // ---------------------------------------------------------------- reading

  /**
   * Returns the number of the latest revision.
   *
   * @return the number, or {@link #NO_REVISION} when nothing has been committed
   * @throws StoreException if the store cannot be read
   */
  public long latestRevision() {
    try (Connection connection = connection()) {
      return maxRevision(connection);
    } catch (SQLException e) {
      throw failed("read the latest revision", e);
    }
  }

  /**
   * Returns the latest revision.
   *
   * @return the revision, or empty when nothing has been committed
   * @throws StoreException if the store cannot be read
   */
  public Optional<Revision> latest() {
    return revision(latestRevision());
  }

  /**
   * Returns a revision: the register as it was committed, with its audit record.
   *
   * @param number the revision number
   * @return the revision, or empty when there is none of that number
   * @throws StoreException if the store cannot be read
   */
  public Optional<Revision> revision(long number) {
    if (number < 1) {
      return Optional.empty();
    }
    try (Connection connection = connection()) {
      Optional<RevisionInfo> info = info(connection, number);
      if (info.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Revision(info.get(), read(connection, info.get())));
    } catch (SQLException e) {
      throw failed("read revision " + number, e);
    }
  }

  /**
   * Returns the register as it was recorded at an instant: the latest revision recorded at or
   * before it.
   *
   * @param instant the instant
   * @return the register, or empty when nothing had been recorded by then
   * @throws StoreException if the store cannot be read
   */
  @Override
  public Optional<AssetRegister> asRecordedAt(Instant instant) {
    requireNonNull(instant, "instant");
    try (Connection connection = connection()) {
      long number = revisionAt(connection, instant);
      if (number == NO_REVISION) {
        return Optional.empty();
      }
      RevisionInfo info =
          info(connection, number)
              .orElseThrow(() -> new StoreException(where + ": revision " + number + " vanished"));
      return Optional.of(read(connection, info));
    } catch (SQLException e) {
      throw failed("read the register recorded at " + instant, e);
    }
  }

  /**
   * Returns the number of the revision recorded at an instant: the latest recorded at or before it.
   *
   * @param instant the instant
   * @return the number, or {@link #NO_REVISION} when nothing had been recorded by then
   * @throws StoreException if the store cannot be read
   */
  public long revisionAt(Instant instant) {
    requireNonNull(instant, "instant");
    try (Connection connection = connection()) {
      return revisionAt(connection, instant);
    } catch (SQLException e) {
      throw failed("find the revision recorded at " + instant, e);
    }
  }

  /**
   * Returns the audit record of every revision, oldest first.
   *
   * @return an unmodifiable list, never null
   * @throws StoreException if the store cannot be read
   */
  public List<RevisionInfo> log() {
    try (Connection connection = connection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT " + REVISION_COLUMNS + " FROM register_revision ORDER BY revision")) {
      List<RevisionInfo> log = new ArrayList<>();
      while (rows.next()) {
        log.add(info(rows));
      }
      return List.copyOf(log);
    } catch (SQLException e) {
      throw failed("read the log", e);
    }
  }

  /**
   * Returns every change to one asset, oldest first: when it was added, each revision that changed
   * it (field by field), and when it was removed, each with its author and reason.
   *
   * @param id the asset's id
   * @return an unmodifiable list; empty when no revision ever held the asset
   * @throws StoreException if the store cannot be read
   */
  public List<AssetChange> history(AssetId id) {
    requireNonNull(id, "id");
    record Version(long from, long until, Asset asset) {}
    List<Version> versions = new ArrayList<>();
    try (Connection connection = connection()) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              "SELECT valid_from, valid_until, body FROM register_record"
                  + " WHERE kind = ? AND record_id = ? ORDER BY valid_from")) {
        statement.setString(1, ASSETS);
        statement.setString(2, id.value());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            long from = rows.getLong(1);
            long until = rows.getLong(2);
            boolean current = rows.wasNull();
            versions.add(
                new Version(
                    from,
                    current ? Long.MAX_VALUE : until,
                    parse(Asset.TYPE, rows.getString(3), from)));
          }
        }
      }
      Map<Long, RevisionInfo> infos = new HashMap<>();
      List<AssetChange> changes = new ArrayList<>();
      for (int i = 0; i < versions.size(); i++) {
        Version version = versions.get(i);
        Version previous = i == 0 ? null : versions.get(i - 1);
        RevisionInfo at = cachedInfo(connection, infos, version.from());
        if (previous != null && previous.until() == version.from()) {
          changes.add(
              new AssetChange(
                  at,
                  ChangeKind.CHANGED,
                  previous.asset(),
                  version.asset(),
                  RegisterDiff.fieldChanges(Asset.TYPE, previous.asset(), version.asset())));
        } else {
          changes.add(
              new AssetChange(
                  at,
                  ChangeKind.ADDED,
                  null,
                  version.asset(),
                  RegisterDiff.fieldChanges(Asset.TYPE, null, version.asset())));
        }
        Version next = i + 1 < versions.size() ? versions.get(i + 1) : null;
        if (version.until() != Long.MAX_VALUE && (next == null || next.from() != version.until())) {
          changes.add(
              new AssetChange(
                  cachedInfo(connection, infos, version.until()),
                  ChangeKind.REMOVED,
                  version.asset(),
                  null,
                  RegisterDiff.fieldChanges(Asset.TYPE, version.asset(), null)));
        }
      }
      return List.copyOf(changes);
    } catch (SQLException e) {
      throw failed("read an asset's history", e);
    }
  }

  /**
   * Returns what changed from one revision to another, field by field.
   *
   * @param from the earlier revision's number
   * @param to the later revision's number
   * @return the differences, never null
   * @throws StoreException if either revision does not exist, or the store cannot be read
   */
  public RegisterDiff diff(long from, long to) {
    AssetRegister before = existing(from).register();
    AssetRegister after = existing(to).register();
    return RegisterDiff.between(before, after);
  }

  private Revision existing(long number) {
    return revision(number)
        .orElseThrow(
            () ->
                new StoreException(
                    where
                        + ": has no revision "
                        + number
                        + " (the latest is "
                        + latestRevision()
                        + ")"));
  }

  // ---------------------------------------------------------------- committing

  /**
   * Records a new revision of the register, made on the latest revision.
   *
   * @param parentRevision the revision the change was made on: the latest, or {@link #NO_REVISION}
   *     for the first commit
   * @param register the whole register as it now is
   * @param author who made the change: not blank, one line, at most {@value #MAX_AUTHOR_LENGTH}
   *     characters
   * @param reason why: not blank, at most {@value #MAX_REASON_LENGTH} characters
   * @param recordedAt when, not before the parent revision's instant
   * @return the new revision's audit record
   * @throws StoreConflictException if the parent is not the latest revision (nothing is changed)
   * @throws StoreException if the instant is before the parent's, or the store cannot be written
   *     (nothing is changed)
   * @throws IllegalArgumentException if the author or reason is blank or too long
   */
  public RevisionInfo commit(
      long parentRevision,
      AssetRegister register,
      String author,
      String reason,
      Instant recordedAt) {
    requireNonNull(register, "register");
    requireNonNull(recordedAt, "recordedAt");
    if (parentRevision < NO_REVISION) {
      throw new IllegalArgumentException(
          "parent revision must be 0 or more, was " + parentRevision);
    }
    checkText("author", author, MAX_AUTHOR_LENGTH, false);
    checkText("reason", reason, MAX_REASON_LENGTH, true);
    List<Stored> records = stored(register);
    RegisterContents contents = register.contents();
    synchronized (commitLock) {
      try (Connection connection = connection()) {
        connection.setAutoCommit(false);
        try {
          RevisionInfo info =
              new RevisionInfo(
                  parentRevision + 1,
                  recordedAt,
                  author,
                  reason,
                  contents.asAt(),
                  contents.assets().size(),
                  contents.dpias().size(),
                  contents.contracts().size());
          Snapshot written = write(connection, parentRevision, info, records);
          connection.commit();
          snapshot = written;
          return info;
        } catch (SQLException | RuntimeException e) {
          rollbackQuietly(connection);
          throw e;
        }
      } catch (SQLException e) {
        throw failed("commit", e);
      }
    }
  }

  private Snapshot write(
      Connection connection, long parent, RevisionInfo info, List<Stored> records)
      throws SQLException {
    long latest = maxRevision(connection);
    if (latest != parent) {
      throw new StoreConflictException(parent, latest);
    }
    if (latest != NO_REVISION) {
      Instant previous = info(connection, latest).map(RevisionInfo::recordedAt).orElseThrow();
      if (info.recordedAt().isBefore(previous)) {
        throw new StoreException(
            where
                + ": a revision recorded at "
                + info.recordedAt()
                + " cannot follow revision "
                + latest
                + ", recorded at "
                + previous
                + " (revisions are recorded in time order)");
      }
    }
    insertRevision(connection, parent, info);
    Snapshot base = snapshot;
    Map<Key, Entry> before =
        base != null && base.revision() == parent ? base.entries() : current(connection);
    Map<Key, Entry> after = new HashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
    List<Key> closing = new ArrayList<>();
    List<Map.Entry<Key, String>> inserting = new ArrayList<>();
    for (Stored record : records) {
      Entry old = before.get(record.key());
      if (old != null
          && (old.record() == record.record() || record.record().equals(old.record()))) {
        after.put(record.key(), old.record() == record.record() ? old : old.with(record.record()));
        continue;
      }
      String body = record.body(json);
      after.put(record.key(), new Entry(record.record(), body));
      if (old != null && old.body().equals(body)) {
        continue;
      }
      if (old != null) {
        closing.add(record.key());
      }
      inserting.add(Map.entry(record.key(), body));
    }
    for (Key key : before.keySet()) {
      if (!after.containsKey(key)) {
        closing.add(key);
      }
    }
    long revision = info.number();
    if (!closing.isEmpty()) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              "UPDATE register_record SET valid_until = ?"
                  + " WHERE kind = ? AND record_id = ? AND valid_until IS NULL")) {
        for (Key key : closing) {
          statement.setLong(1, revision);
          statement.setString(2, key.kind());
          statement.setString(3, key.id());
          statement.addBatch();
        }
        for (int count : statement.executeBatch()) {
          if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
            throw new StoreException(where + ": is inconsistent: a current record is missing");
          }
        }
      }
    }
    if (!inserting.isEmpty()) {
      try (PreparedStatement statement =
          connection.prepareStatement(
              "INSERT INTO register_record (kind, record_id, valid_from, body)"
                  + " VALUES (?, ?, ?, ?)")) {
        for (Map.Entry<Key, String> row : inserting) {
          statement.setString(1, row.getKey().kind());
          statement.setString(2, row.getKey().id());
          statement.setLong(3, revision);
          statement.setString(4, row.getValue());
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
    return new Snapshot(revision, after);
  }

  private void insertRevision(Connection connection, long parent, RevisionInfo info)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO register_revision ("
                + REVISION_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Instant recordedAt = info.recordedAt();
      long second = recordedAt.getEpochSecond();
      int nano = recordedAt.getNano();
      statement.setLong(1, info.number());
      statement.setLong(2, second);
      statement.setInt(3, nano);
      statement.setString(4, info.author());
      statement.setString(5, info.reason());
      statement.setDate(6, Date.valueOf(info.asAt()));
      statement.setInt(7, info.assets());
      statement.setInt(8, info.dpias());
      statement.setInt(9, info.contracts());
      statement.executeUpdate();
    } catch (SQLException e) {
      if (isConcurrentWrite(e)) {
        // Another commit on the same parent wrote this revision number first, or is writing it.
        throw new StoreConflictException(parent, parent);
      }
      throw e;
    }
  }

  private static boolean isConcurrentWrite(SQLException e) {
    String state = e.getSQLState();
    return state != null && Set.of("23505", "HYT00", "90131", "40001", "40P01").contains(state);
  }

  /** The current (latest) version of every record, bodies only. */
  private static Map<Key, Entry> current(Connection connection) throws SQLException {
    Map<Key, Entry> entries = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT kind, record_id, body FROM register_record WHERE valid_until IS NULL")) {
      while (rows.next()) {
        entries.put(
            new Key(rows.getString(1), rows.getString(2)), new Entry(null, rows.getString(3)));
      }
    }
    return entries;
  }

  // ---------------------------------------------------------------- records and rows

  /** A record's place in the store: the register field that holds it, and its id. */
  private record Key(String kind, String id) {}

  /** A stored record's body, and the record it was written from when this instance wrote it. */
  private record Entry(@Nullable Object record, String body) {
    Entry with(Object newRecord) {
      return new Entry(newRecord, body);
    }
  }

  /** The latest revision this instance committed, and each record's body in it. */
  private record Snapshot(long revision, Map<Key, Entry> entries) {}

  /** One record of a register to store. */
  private record Stored(Key key, Object record, RecordType<?> type) {
    String body(RegisterJson json) {
      return write(json, type, record);
    }

    private static <R> String write(RegisterJson json, RecordType<R> type, Object record) {
      return json.writeRecord(type, type.javaType().cast(record));
    }
  }

  /**
   * The records of a register, found from the register's description: each nested record (the
   * organisation) and each record of each record list (assets, DPIAs, contracts). The as-at date is
   * kept in the revision's row.
   */
  private static List<Stored> stored(AssetRegister register) {
    RegisterContents contents = register.contents();
    List<Stored> records = new ArrayList<>(contents.assets().size() + 16);
    for (Field<RegisterContents, ?> field : RegisterContents.TYPE.fields()) {
      Object value = field.get(contents);
      if (field.type() instanceof ValueType.Nested<?> nested) {
        if (value != null) {
          records.add(new Stored(new Key(field.name(), ""), value, nested.type()));
        }
      } else if (field.type() instanceof ValueType.RecordList<?> list) {
        for (Object record : (List<?>) requireNonNull(value)) {
          records.add(
              new Stored(new Key(field.name(), idOf(list.type(), record)), record, list.type()));
        }
      } else if (field != RegisterContents.AS_AT) {
        throw new IllegalStateException("the store cannot keep the register field " + field.name());
      }
    }
    return records;
  }

  private static <R> String idOf(RecordType<R> type, Object record) {
    return requireNonNull(type.id(type.javaType().cast(record)), "record id");
  }

  /**
   * Reads a revision's register: one query for every record valid in it, ordered by kind and id,
   * and each kind's stored bodies read as JSON Lines through one parser ({@link
   * RegisterJson#readRecords}), straight from the result set.
   */
  private AssetRegister read(Connection connection, RevisionInfo info) throws SQLException {
    long number = info.number();
    Values<RegisterContents> values = RegisterContents.TYPE.newValues();
    values.set(RegisterContents.AS_AT, info.asAt());
    for (Field<RegisterContents, ?> field : RegisterContents.TYPE.fields()) {
      if (field.type() instanceof ValueType.RecordList<?>) {
        setRaw(values, field, List.of());
      }
    }
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT kind, body FROM register_record"
                + " WHERE valid_from <= ? AND (valid_until IS NULL OR valid_until > ?)"
                + " ORDER BY kind, record_id")) {
      statement.setLong(1, number);
      statement.setLong(2, number);
      statement.setFetchSize(1000);
      try (ResultSet rows = statement.executeQuery()) {
        RecordRows records = RecordRows.of(rows);
        for (String kind = records.nextKind(); kind != null; kind = records.nextKind()) {
          Field<RegisterContents, ?> field =
              RegisterContents.TYPE
                  .field(kind)
                  .orElseThrow(
                      () ->
                          new StoreException(
                              where + ": revision " + number + " holds an unknown kind of record"));
          if (field.type() instanceof ValueType.Nested<?> nested) {
            List<?> read = readAll(nested.type(), records.lines(), number);
            if (read.size() != 1) {
              throw new StoreException(
                  where
                      + ": revision "
                      + number
                      + " holds "
                      + read.size()
                      + " "
                      + kind
                      + " records");
            }
            setRaw(values, field, read.get(0));
          } else if (field.type() instanceof ValueType.RecordList<?> list) {
            setRaw(values, field, List.copyOf(readAll(list.type(), records.lines(), number)));
          } else {
            throw new StoreException(
                where + ": revision " + number + " holds an unknown kind of record");
          }
        }
      }
    }
    RegisterContents contents;
    try {
      contents = values.build();
    } catch (IllegalStateException e) {
      throw new StoreException(where + ": revision " + number + " is incomplete");
    }
    try {
      return AssetRegister.of(contents);
    } catch (InvalidInputException e) {
      throw new StoreException(
          where
              + ": revision "
              + number
              + " no longer passes validation ("
              + e.problems().size()
              + " problems; the first: "
              + e.problems().get(0)
              + ")");
    }
  }

  /** Every stored record of one kind, read as JSON Lines; line n is the kind's n-th record. */
  private <R> List<R> readAll(RecordType<R> type, Reader lines, long revision) throws SQLException {
    try {
      return json.readRecords(type, lines);
    } catch (InvalidInputException e) {
      throw noLongerReads(type, revision, e);
    } catch (IOException e) {
      if (e.getCause() instanceof SQLException failure) {
        throw failure;
      }
      throw new StoreException(where + ": revision " + revision + " cannot be read");
    }
  }

  @SuppressWarnings("unchecked") // the value was read with the field's own record type
  private static <V> void setRaw(
      Values<RegisterContents> values, Field<RegisterContents, V> field, Object value) {
    values.set(field, (V) value);
  }

  private <R> R parse(RecordType<R> type, String body, long revision) {
    try {
      return json.parseRecord(type, body);
    } catch (InvalidInputException e) {
      throw noLongerReads(type, revision, e);
    }
  }

  /** A stored record that no longer reads: one line, its first problem (which quotes no text). */
  private StoreException noLongerReads(RecordType<?> type, long revision, InvalidInputException e) {
    return new StoreException(
        where
            + ": revision "
            + revision
            + ": a stored "
            + type.name()
            + " no longer reads ("
            + e.problems().get(0)
            + ")");
  }

  private static long maxRevision(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT MAX(revision) FROM register_revision")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static long revisionAt(Connection connection, Instant instant) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT MAX(revision) FROM register_revision WHERE recorded_at_second < ?"
                + " OR (recorded_at_second = ? AND recorded_at_nano <= ?)")) {
      long second = instant.getEpochSecond();
      int nano = instant.getNano();
      statement.setLong(1, second);
      statement.setLong(2, second);
      statement.setInt(3, nano);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static Optional<RevisionInfo> info(Connection connection, long number)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT " + REVISION_COLUMNS + " FROM register_revision WHERE revision = ?")) {
      statement.setLong(1, number);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(info(rows)) : Optional.empty();
      }
    }
  }

  private static RevisionInfo cachedInfo(
      Connection connection, Map<Long, RevisionInfo> infos, long number) throws SQLException {
    RevisionInfo info = infos.get(number);
    if (info == null) {
      info = info(connection, number).orElseThrow(() -> new StoreException("missing revision"));
      infos.put(number, info);
    }
    return info;
  }

  private static RevisionInfo info(ResultSet row) throws SQLException {
    LocalDate asAt = row.getDate(6).toLocalDate();
    return new RevisionInfo(
        row.getLong(1),
        Instant.ofEpochSecond(row.getLong(2), row.getInt(3)),
        row.getString(4),
        row.getString(5),
        asAt,
        row.getInt(7),
        row.getInt(8),
        row.getInt(9));
  }

  // ---------------------------------------------------------------- plumbing

  private Connection connection() {
    return connect(dataSource, where);
  }

  private static Connection connect(DataSource dataSource, String where) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      // Connecting sends no register data, so the driver's reason is safe to repeat.
      throw new StoreException(where + ": cannot connect: " + oneLine(e.getMessage()));
    }
  }

  private StoreException failed(String what, SQLException e) {
    // A driver's message may quote a statement's values: name the SQL state only.
    return new StoreException(
        where + ": cannot " + what + " (database error, SQL state " + e.getSQLState() + ")");
  }

  private static void checkText(String name, String text, int max, boolean multiLine) {
    requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    if (text.length() > max) {
      throw new IllegalArgumentException(
          name + " is " + text.length() + " characters, at most " + max);
    }
    if (!multiLine && text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
      throw new IllegalArgumentException(name + " must be one line");
    }
  }

  private static void rollbackQuietly(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The connection is gone: the database rolls the transaction back itself.
    }
  }

  private static void closeQuietly(@Nullable Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Closing after a failure: the first failure is the one to report.
      }
    }
  }

  private static String why(IOException e) {
    return e.getClass().getSimpleName().replace("Exception", "");
  }

  private static String firstLine(Exception e) {
    return oneLine(e.getMessage());
  }

  private static String oneLine(@Nullable String message) {
    if (message == null) {
      return "no reason given";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.replaceAll("\\p{Cntrl}", " ");
  }

  /**
   * Closes the store. An embedded database is closed once no other store in the process has it
   * open.
   *
   * @throws StoreException if the database cannot be closed cleanly
   */
  @Override
  public void close() {
    if (keeper != null) {
      try {
        keeper.close();
      } catch (SQLException e) {
        throw failed("close", e);
      }
    }
  }

  @Override
  public String toString() {
    return "RegisterStore[" + where + "]";
  }
}
