package org.oversight.register.store;

import java.io.IOException;
import java.io.Reader;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one query, {@code kind} then {@code body}, ordered by kind: each kind's bodies read
 * in turn as JSON Lines (one body, then a newline, per row), straight from the result set, so that
 * one parser reads all the records of a kind and no row is held once read. Used by one thread.
 */
final class RecordRows {
  private final ResultSet rows;

  /** The row the cursor is on, not yet read: its kind, or null when no row is left. */
  private @Nullable String pendingKind;

  private RecordRows(ResultSet rows) {
    this.rows = rows;
  }

  /** Starts at the first row. */
  static RecordRows of(ResultSet rows) throws SQLException {
    RecordRows records = new RecordRows(rows);
    records.advance();
    return records;
  }

  /** The kind of the next group of rows, or null when every row has been read. */
  @Nullable String nextKind() {
    return pendingKind;
  }

  /**
   * The bodies of the rows of the next kind, as JSON Lines; reading it to its end leaves the cursor
   * at the first row of the following kind. A database failure is an {@link IOException} caused by
   * the {@link SQLException}.
   */
  Reader lines() {
    String kind = pendingKind;
    if (kind == null) {
      throw new IllegalStateException("no rows left");
    }
    return new KindReader(kind);
  }

  private void advance() throws SQLException {
    pendingKind = rows.next() ? rows.getString(1) : null;
  }

  /** One kind's bodies, each followed by a newline, as one text. */
  private final class KindReader extends Reader {
    private final String kind;
    private String line = "";
    private int at;
    private boolean newline;
    private boolean done;

    KindReader(String kind) {
      this.kind = kind;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      int count = 0;
      while (count < length) {
        if (at < line.length()) {
          int n = Math.min(length - count, line.length() - at);
          line.getChars(at, at + n, buffer, offset + count);
          at += n;
          count += n;
        } else if (newline) {
          buffer[offset + count++] = '\n';
          newline = false;
        } else if (!nextLine()) {
          break;
        }
      }
      return count == 0 ? -1 : count;
    }

    /** Moves to the next row's body if it is of this kind. */
    private boolean nextLine() throws IOException {
      if (done || !kind.equals(pendingKind)) {
        done = true;
        return false;
      }
      try {
        line = rows.getString(2);
        at = 0;
        newline = true;
        advance();
      } catch (SQLException e) {
        throw new IOException("the database failed", e);
      }
      return true;
    }

    @Override
    public void close() {
      // The result set is the query's to close.
    }
  }
}
