package org.oversight.register.foi;

/** How one question was answered. The templates word each one. */
public enum QuestionOutcome {
  /** The information is disclosed (possibly with fields redacted or left out). */
  DISCLOSED,
  /** No information is held (about overt use, for a question NCND applies to). */
  NOT_HELD,
  /** The information is published elsewhere; the answer points to it (s21, FOISA s25). */
  PUBLISHED_ELSEWHERE,
  /** The information is withheld under the exemptions given. */
  WITHHELD,
  /**
   * Not answered: complying with the whole request would cost more than the appropriate limit
   * (s12), and this question is one the officer left unanswered; the letter advises how to narrow
   * it.
   */
  EXCEEDS_COST_LIMIT
}
