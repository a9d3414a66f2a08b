package org.oversight.register.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * One schema migration: a SQL file of this package, run by Flyway. Handed to Flyway as an instance,
 * so that Flyway scans no class path or module (the files are read through this module's own
 * resources); the checksum is the file's CRC-32, so an edited migration fails validation.
 */
final class SqlMigration implements JavaMigration {
  /** Every migration, in order. The last one is the schema this version writes. */
  static final List<SqlMigration> ALL =
      List.of(
          new SqlMigration(1, "revisions and records", "V1__revisions_and_records.sql"),
          new SqlMigration(2, "revision counts", "V2__revision_counts.sql"));

  private final int version;
  private final String description;
  private final String sql;

  private SqlMigration(int version, String description, String resource) {
    this.version = version;
    this.description = description;
    this.sql = read(resource);
  }

  static int latestVersion() {
    return ALL.get(ALL.size() - 1).version;
  }

  private static String read(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            SqlMigration.class.getResourceAsStream(resource), "missing resource " + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The statements of the file: separated by a semicolon at the end of a line; comments dropped.
   */
  List<String> statements() {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("migration " + version + " ends without ';'");
    }
    return statements;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion(Integer.toString(version));
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Integer getChecksum() {
    CRC32 crc = new CRC32();
    crc.update(sql.getBytes(StandardCharsets.UTF_8));
    return (int) crc.getValue();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      for (String sqlStatement : statements()) {
        statement.execute(sqlStatement);
      }
    }
  }

  @Override
  public String toString() {
    return "V" + version + " " + description;
  }
}
