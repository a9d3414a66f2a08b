package org.oversight.register;

/**
 * How many register entries answer a question, and how many units they stand for (an entry may
 * stand for many identical units).
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries the number of register entries
 * @param units the total quantity of those entries
 */
public record AssetCount(long entries, long units) {

  /** No entries and no units. */
  public static final AssetCount NONE = new AssetCount(0, 0);

  /**
   * Creates a value.
   *
   * @param entries the number of register entries
   * @param units the total quantity of those entries
   * @throws NullPointerException if a required component is null
   */
  public AssetCount {
    if (entries < 0 || units < entries) {
      throw new IllegalArgumentException(
          "need 0 <= entries <= units, was entries=" + entries + ", units=" + units);
    }
  }

  /**
   * Returns whether nothing matched.
   *
   * @return true when there are no entries
   */
  public boolean isEmpty() {
    return entries == 0;
  }
}
