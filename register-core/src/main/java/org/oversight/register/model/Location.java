package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Where a camera stands: WGS84 latitude and longitude in decimal degrees, exact to 7 decimal places
 * (about a centimetre).
 *
 * <p>Immutable and thread-safe. Held as whole ten-millionths of a degree, so that a located asset
 * costs a few bytes more, not two big decimals. {@link #toString()} does not show the position: a
 * camera's position may be sensitive.
 */
public final class Location {
  private static final int SCALE = ValueType.Degrees.MAX_SCALE;

  /** The latitude, -90 to 90. */
  public static final Field<Location, BigDecimal> LATITUDE =
      Field.required("latitude", new ValueType.Degrees(90), Location::latitude);

  /** The longitude, -180 to 180. */
  public static final Field<Location, BigDecimal> LONGITUDE =
      Field.required("longitude", new ValueType.Degrees(180), Location::longitude);

  /** The description of a location. */
  public static final RecordType<Location> TYPE =
      RecordType.builder("location", Location.class)
          .fields(LATITUDE, LONGITUDE)
          .constructor(v -> of(v.require(LATITUDE), v.require(LONGITUDE)))
          .layout(RecordType.Layout.INLINE)
          .text(l -> l.latitude().toPlainString() + "," + l.longitude().toPlainString())
          .build();

  private final int latitudeE7;
  private final int longitudeE7;

  private Location(int latitudeE7, int longitudeE7) {
    this.latitudeE7 = latitudeE7;
    this.longitudeE7 = longitudeE7;
  }

  /**
   * Returns the location at a latitude and longitude.
   *
   * @param latitude degrees north, -90 to 90, at most 7 decimal places
   * @param longitude degrees east, -180 to 180, at most 7 decimal places
   * @return the location, never null
   * @throws IllegalArgumentException if either is out of range or has more than 7 decimal places
   */
  public static Location of(BigDecimal latitude, BigDecimal longitude) {
    return new Location(e7(LATITUDE, latitude), e7(LONGITUDE, longitude));
  }

  /**
   * Returns the location at a latitude and longitude written as decimals.
   *
   * @param latitude degrees north, such as {@code "51.7356"}
   * @param longitude degrees east, such as {@code "0.4685"}
   * @return the location, never null
   * @throws NumberFormatException if either is not a decimal number
   * @throws IllegalArgumentException if either is out of range or has more than 7 decimal places
   */
  public static Location of(String latitude, String longitude) {
    return of(new BigDecimal(latitude), new BigDecimal(longitude));
  }

  private static int e7(Field<Location, BigDecimal> field, BigDecimal degrees) {
    requireNonNull(degrees, field.name());
    String problem = ((ValueType.Degrees) field.type()).problem(degrees);
    if (problem != null) {
      throw new IllegalArgumentException(field.name() + " " + problem);
    }
    return degrees.movePointRight(SCALE).intValueExact();
  }

  /**
   * Returns the latitude, without trailing zeros.
   *
   * @return degrees north, never null
   */
  public BigDecimal latitude() {
    return degrees(latitudeE7);
  }

  /**
   * Returns the longitude, without trailing zeros.
   *
   * @return degrees east, never null
   */
  public BigDecimal longitude() {
    return degrees(longitudeE7);
  }

  /**
   * Returns the latitude as a double, for drawing.
   *
   * @return degrees north
   */
  public double latitudeDegrees() {
    return latitudeE7 / 1e7;
  }

  /**
   * Returns the longitude as a double, for drawing.
   *
   * @return degrees east
   */
  public double longitudeDegrees() {
    return longitudeE7 / 1e7;
  }

  private static BigDecimal degrees(int e7) {
    BigDecimal value = BigDecimal.valueOf(e7, SCALE).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Location that
        && latitudeE7 == that.latitudeE7
        && longitudeE7 == that.longitudeE7;
  }

  @Override
  public int hashCode() {
    return latitudeE7 * 31 + longitudeE7;
  }

  @Override
  public String toString() {
    return "Location[<withheld>]";
  }
}
