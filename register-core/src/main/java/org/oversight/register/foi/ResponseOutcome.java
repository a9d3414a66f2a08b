package org.oversight.register.foi;

/**
 * How a request was answered as a whole.
 *
 * <ul>
 *   <li>{@link #REFUSED}: every question withheld.
 *   <li>{@link #NO_INFORMATION_HELD}: every question not held, and no NCND statement.
 *   <li>{@link #PART_DISCLOSURE}: anything withheld, redacted, pointed to elsewhere, or an NCND
 *       statement — including the Essex answer, where every question was not held and NCND applied
 *       ("Part disclosure with Section 24, 31 and 23 exemptions").
 *   <li>{@link #FULL_DISCLOSURE}: otherwise — every question disclosed or not held, with no
 *       exemption relied on.
 * </ul>
 */
public enum ResponseOutcome {
  /** Everything asked for that is held is disclosed, with no exemption relied on. */
  FULL_DISCLOSURE("Full disclosure"),
  /** Some is disclosed or confirmed not held, and exemptions are relied on for the rest. */
  PART_DISCLOSURE("Part disclosure"),
  /** Nothing asked for is held, and no exemption is relied on. */
  NO_INFORMATION_HELD("No information held"),
  /** Every question is withheld. */
  REFUSED("Refused");

  private final String label;

  ResponseOutcome(String label) {
    this.label = label;
  }

  /**
   * Returns the outcome as a letter shows it, such as {@code "Part disclosure"}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
