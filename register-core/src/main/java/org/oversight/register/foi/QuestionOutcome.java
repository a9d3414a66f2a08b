package org.oversight.register.foi;

/** How one question was answered. */
public enum QuestionOutcome {
  /** The information is disclosed (possibly with fields redacted). */
  DISCLOSED("Disclosed"),
  /** No information is held. */
  NOT_HELD("Not held"),
  /** The information is published elsewhere; the answer points to it (s21, FOISA s25). */
  PUBLISHED_ELSEWHERE("Published elsewhere"),
  /** The information is withheld under the exemptions given. */
  WITHHELD("Withheld");

  private final String label;

  QuestionOutcome(String label) {
    this.label = label;
  }

  /**
   * Returns the outcome as a letter shows it, such as {@code "Not held"}.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }
}
