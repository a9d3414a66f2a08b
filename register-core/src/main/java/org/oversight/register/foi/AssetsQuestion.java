package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

/**
 * A question about equipment held: the assets matching criteria.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the question's id, unique in its request
 * @param text the question as the requester wrote it
 * @param criteria what it asks for
 * @param ncnd the officer's choice to neither confirm nor deny for it
 */
public record AssetsQuestion(String id, String text, AssetCriteria criteria, boolean ncnd)
    implements FoiQuestion {

  /**
   * Creates a value.
   *
   * @param id the question's id
   * @param text the question as written
   * @param criteria what it asks for
   * @param ncnd the officer's choice to neither confirm nor deny
   * @throws InvalidFoiRequestException if the id is not an identifier or the text is blank
   */
  public AssetsQuestion {
    QuestionChecks.checkIdAndText(id, text);
    requireNonNull(criteria, "criteria");
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.ASSETS;
  }

  /**
   * Returns this question with the officer's choice to neither confirm nor deny.
   *
   * @return a new question, never null
   */
  public AssetsQuestion withNcnd() {
    return new AssetsQuestion(id, text, criteria, true);
  }
}
