package org.oversight.register.json;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The versions of the register document this library reads.
 *
 * <p>To add version 2: add {@code V2} here, give it its own document reader, and migrate: read a
 * version 1 document with the version 1 reader and convert its contents to the version 2 model (a
 * pure function, tested on its own), so that old files keep loading. The writer always writes the
 * newest version.
 */
enum SchemaVersion {
  /** The format of CONTRACT §1. */
  V1(1);

  /** The version written by this library. */
  static final SchemaVersion CURRENT = V1;

  private final int number;

  SchemaVersion(int number) {
    this.number = number;
  }

  int number() {
    return number;
  }

  /** The supported version numbers, for a message: {@code 1} or {@code 1, 2}. */
  static String supported() {
    return Arrays.stream(values())
        .map(v -> Integer.toString(v.number))
        .collect(Collectors.joining(", "));
  }

  /**
   * Checks a version number read from a document.
   *
   * @throws DocumentReader.UnsupportedVersion if it is not supported
   */
  static SchemaVersion check(int number, long place) {
    for (SchemaVersion version : values()) {
      if (version.number == number) {
        return version;
      }
    }
    throw new DocumentReader.UnsupportedVersion(
        new FormatProblem(
            DocumentReader.Place.line(place),
            DocumentReader.Place.column(place),
            "/schemaVersion",
            "schemaVersion "
                + number
                + " is not supported: this version of the library reads schemaVersion "
                + supported()));
  }
}
