package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

/**
 * The identifier of an asset, unique within a register: 1 to 64 characters of {@code A-Z a-z 0-9 .
 * _ : -}.
 *
 * <p>Immutable and thread-safe. Compared by value; the natural order is the order of {@link
 * String#compareTo}, which is the order in which a register lists its assets.
 *
 * @param value the identifier text, never null
 */
public record AssetId(String value) implements Comparable<AssetId> {

  /**
   * Creates a value.
   *
   * @param value the identifier text, never null
   * @throws NullPointerException if a required component is null
   */
  public AssetId {
    requireNonNull(value, "value");
  }

  /**
   * Returns the identifier with the given text. Its form is checked by the register validator.
   *
   * @param value the identifier text
   * @return the identifier, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static AssetId of(String value) {
    return new AssetId(value);
  }

  @Override
  public int compareTo(AssetId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
