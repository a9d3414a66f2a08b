package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The officer's working for one asset of an answer: why it was listed. Never part of a letter: the
 * JSON response carries it under its own key, and the text renderer prints it only as an appendix
 * for the officer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionId the question answered
 * @param assetId the asset listed
 * @param reasons why it matched (or why its manufacturer counts as unknown), one sentence each
 */
public record Working(String questionId, String assetId, List<String> reasons) {

  /**
   * Creates a value.
   *
   * @param questionId the question answered
   * @param assetId the asset listed
   * @param reasons why it matched
   * @throws NullPointerException if a component is null
   */
  public Working {
    requireNonNull(questionId, "questionId");
    requireNonNull(assetId, "assetId");
    reasons = List.copyOf(reasons);
  }
}
