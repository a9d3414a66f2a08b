package org.oversight.register.json;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.oversight.register.validation.Problem;

/** The schema versions of the register document this library reads; it writes the latest. */
enum SchemaVersion {
  /** The first format: the organisation is a name. */
  V1(1),
  /** The organisation profile, asset location and area, DPIA owner role. */
  V2(2);

  /** The version writers write. */
  static final SchemaVersion CURRENT = V2;

  private final int number;

  SchemaVersion(int number) {
    this.number = number;
  }

  int number() {
    return number;
  }

  static String supported() {
    return Arrays.stream(values())
        .map(v -> Integer.toString(v.number))
        .collect(Collectors.joining(" and "));
  }

  /** The version with this number; stops reading with one problem if it is not supported. */
  static SchemaVersion check(String number, long place) {
    for (SchemaVersion version : values()) {
      if (Integer.toString(version.number).equals(number)) {
        return version;
      }
    }
    String shown = number.length() > 12 ? "a " + number.length() + "-digit number" : number;
    throw new DocumentReader.UnsupportedVersion(
        new Problem(
            "",
            JsonReading.Place.line(place),
            JsonReading.Place.column(place),
            "/schemaVersion",
            null,
            "schemaVersion "
                + shown
                + " is not supported: this version of the library reads schemaVersion "
                + supported()));
  }
}
