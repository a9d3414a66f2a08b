package org.oversight.register.refdata;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The version and date a reference-data file states in its header ({@code @version} and {@code
 * @date} lines), for example the vendor directory shipped with the library.
 *
 * <p>Immutable and thread-safe.
 *
 * @param format the format the file declares, for example {@code oversight-vendors/1}
 * @param version the data's version, for example {@code 2026.1}
 * @param date the date the data was compiled: what it is correct as at
 */
public record DataVersion(String format, String version, LocalDate date) {

  /**
   * Creates a value.
   *
   * @param format the format the file declares, for example {@code oversight-vendors/1}
   * @param version the data's version, for example {@code 2026.1}
   * @param date the date the data was compiled: what it is correct as at
   * @throws NullPointerException if a component is null
   */
  public DataVersion {
    requireNonNull(format, "format");
    requireNonNull(version, "version");
    requireNonNull(date, "date");
  }

  @Override
  public String toString() {
    return format + " version " + version + " of " + date;
  }
}
