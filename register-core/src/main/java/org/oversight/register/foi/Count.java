package org.oversight.register.foi;

/**
 * How many register entries and how many units (an entry may stand for many identical units).
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries register entries
 * @param units units, the sum of the entries' quantities
 */
public record Count(int entries, long units) {
  /** No entries. */
  public static final Count NONE = new Count(0, 0);

  /**
   * Creates a value.
   *
   * @param entries register entries, not negative
   * @param units units, not negative
   * @throws IllegalArgumentException if either is negative
   */
  public Count {
    if (entries < 0 || units < 0) {
      throw new IllegalArgumentException("counts are not negative");
    }
  }
}
