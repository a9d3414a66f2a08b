package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

/**
 * A "do you use ..." question: whether equipment matching criteria is held or used, answered yes or
 * no (about overt use, under the NCND class rule, like every question about equipment holdings).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the question's id, unique in its request
 * @param text the question as the requester wrote it
 * @param criteria what it asks about
 * @param ncnd the officer's choice to neither confirm nor deny for it
 */
public record UsesQuestion(String id, String text, AssetCriteria criteria, boolean ncnd)
    implements FoiQuestion {

  /**
   * Creates a value.
   *
   * @param id the question's id
   * @param text the question as written
   * @param criteria what it asks about
   * @param ncnd the officer's choice to neither confirm nor deny
   * @throws InvalidFoiRequestException if the id is not an identifier or the text is blank
   */
  public UsesQuestion {
    QuestionChecks.checkIdAndText(id, text);
    requireNonNull(criteria, "criteria");
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.USES;
  }
}
