package org.oversight.register.foi;

/**
 * How a request was answered as a whole. The templates word each one (and say "no overt information
 * held; neither confirm nor deny ..." for a part disclosure whose every answer is not held, never a
 * bare "no information held").
 *
 * <ul>
 *   <li>{@link #REFUSED}: every question withheld.
 *   <li>{@link #NO_INFORMATION_HELD}: every question not held, and no NCND.
 *   <li>{@link #PART_DISCLOSURE}: any exemption relied on (a redaction, a pointer under s21, a
 *       withheld question, or NCND) and not every question withheld. Prices left out because the
 *       requester said they may be are not an exemption and do not make a part disclosure.
 *   <li>{@link #FULL_DISCLOSURE}: otherwise.
 * </ul>
 */
public enum ResponseOutcome {
  /** Everything asked for that is held is disclosed, with no exemption relied on. */
  FULL_DISCLOSURE,
  /** Some is disclosed or confirmed not held, and exemptions are relied on for the rest. */
  PART_DISCLOSURE,
  /** Nothing asked for is held, and no exemption is relied on. */
  NO_INFORMATION_HELD,
  /** Every question is withheld. */
  REFUSED,
  /**
   * Held pending clarification (s1(3)): the organisation asked the requester for further
   * information it needs, and answers nothing until it comes; the 20 working days then start again.
   */
  CLARIFICATION_SOUGHT
}
