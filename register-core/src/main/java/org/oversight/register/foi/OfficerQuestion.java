package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

/**
 * A question the register cannot answer ("how long was the footage kept", "on which dates was it
 * deployed"), answered by the disclosure officer in the request file: the letter places the
 * officer's answer in order with the computed ones. The NCND class rule still applies: a question
 * {@linkplain OfficerAnswer#aboutHoldings() about equipment holdings} is answered as about overt
 * use by an organisation with an NCND bundle.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the question's id, unique in its request
 * @param text the question as the requester wrote it
 * @param answer the officer's answer
 * @param ncnd the officer's choice to neither confirm nor deny for it
 */
public record OfficerQuestion(String id, String text, OfficerAnswer answer, boolean ncnd)
    implements FoiQuestion {

  /**
   * Creates a value.
   *
   * @param id the question's id
   * @param text the question as written
   * @param answer the officer's answer
   * @param ncnd the officer's choice to neither confirm nor deny
   * @throws InvalidFoiRequestException if the id is not an identifier or the text is blank
   */
  public OfficerQuestion {
    QuestionChecks.checkIdAndText(id, text);
    requireNonNull(answer, "answer");
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.OFFICER;
  }
}
