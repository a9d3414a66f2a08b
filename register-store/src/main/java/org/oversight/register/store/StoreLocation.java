package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where a register store lives: a directory holding an embedded H2 database (the default, nothing
 * to install), or a JDBC URL of a PostgreSQL (or H2) database.
 *
 * <p>A password is never part of a location's text: give it with {@link #withPassword(String)} (the
 * command line takes it from {@code PGPASSWORD}), or let the PostgreSQL driver find it in {@code
 * ~/.pgpass} ({@code PGPASSFILE}). {@link #toString()} never shows a password.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoreLocation {
  /** The database file's name inside a store directory: H2 adds {@code .mv.db}. */
  static final String DATABASE_NAME = "register";

  private static final Pattern PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");

  private final @Nullable Path directory;
  private final String url;
  private final @Nullable String password;

  private StoreLocation(@Nullable Path directory, String url, @Nullable String password) {
    this.directory = directory;
    this.url = url;
    this.password = password;
  }

  /**
   * Reads a location as the command line takes it: a JDBC URL when it starts with {@code jdbc:},
   * otherwise a directory.
   *
   * @param text a directory or a JDBC URL
   * @return the location, never null
   * @throws IllegalArgumentException if it is blank, or a JDBC URL of an unsupported database
   */
  public static StoreLocation parse(String text) {
    requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException(
          "a store location is a directory or a JDBC URL, was blank");
    }
    return text.startsWith("jdbc:") ? jdbc(text) : directory(Path.of(text));
  }

  /**
   * An embedded H2 store in a directory ({@code DIR/register.mv.db}).
   *
   * @param directory the directory
   * @return the location, never null
   * @throws IllegalArgumentException if the path holds a character H2's URL cannot take ({@code ;})
   */
  public static StoreLocation directory(Path directory) {
    Path absolute = requireNonNull(directory, "directory").toAbsolutePath().normalize();
    if (absolute.toString().indexOf(';') >= 0) {
      throw new IllegalArgumentException("a store directory's path cannot hold ';'");
    }
    return new StoreLocation(absolute, "jdbc:h2:file:" + absolute.resolve(DATABASE_NAME), null);
  }

  /**
   * A store in the database a JDBC URL names: {@code jdbc:postgresql://HOST:PORT/DATABASE?user=U}
   * or {@code jdbc:h2:...}.
   *
   * @param url the JDBC URL
   * @return the location, never null
   * @throws IllegalArgumentException if the URL names another database
   */
  public static StoreLocation jdbc(String url) {
    requireNonNull(url, "url");
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:h2:")) {
      throw new IllegalArgumentException(
          "only jdbc:postgresql: and jdbc:h2: URLs are supported, not jdbc:" + subprotocol(url));
    }
    return new StoreLocation(null, url, null);
  }

  /**
   * Returns the same location with a password to connect with, such as {@code PGPASSWORD}'s.
   *
   * @param password the password
   * @return a new location, never null
   */
  public StoreLocation withPassword(String password) {
    return new StoreLocation(directory, url, requireNonNull(password, "password"));
  }

  /**
   * Returns the directory of an embedded store.
   *
   * @return the directory, or empty for a JDBC URL
   */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Returns whether the URL itself holds a password ({@code password=}), which a command line
   * should refuse: command lines are seen by other users and kept in shell histories.
   *
   * @return true when it does
   */
  public boolean hasPasswordInUrl() {
    return PASSWORD.matcher(url).find();
  }

  /**
   * Returns whether the store is PostgreSQL.
   *
   * @return true for a {@code jdbc:postgresql:} URL
   */
  public boolean isPostgres() {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:");
  }

  /**
   * The URL to connect with; for an embedded store that must exist, H2 is told not to create it.
   */
  String url(boolean mustExist) {
    return directory != null && mustExist ? url + ";IFEXISTS=TRUE" : url;
  }

  Properties properties() {
    Properties properties = new Properties();
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  private static String subprotocol(String url) {
    int start = "jdbc:".length();
    int end = url.indexOf(':', start);
    return end < 0 ? "" : url.substring(start, end + 1);
  }

  private static String redact(String url) {
    return PASSWORD.matcher(url).replaceAll("$1***");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoreLocation that
        && url.equals(that.url)
        && java.util.Objects.equals(password, that.password);
  }

  @Override
  public int hashCode() {
    return url.hashCode();
  }

  /** The directory, or the URL with any password replaced by {@code ***}. */
  @Override
  public String toString() {
    return directory != null ? directory.toString() : redact(url);
  }
}
