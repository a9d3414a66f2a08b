package org.oversight.register.foi;

import java.util.List;

/**
 * A question for the DPIAs covering the processing by the assets of earlier asset questions.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param id the question's id, unique in its request
 * @param text the question as the requester wrote it
 * @param about the earlier asset questions, at least one
 * @param ncnd the officer's choice to neither confirm nor deny for it
 */
public record DpiasQuestion(String id, String text, List<String> about, boolean ncnd)
    implements FoiQuestion {

  /**
   * Creates a value.
   *
   * @param id the question's id
   * @param text the question as written
   * @param about the earlier asset questions, at least one
   * @param ncnd the officer's choice to neither confirm nor deny
   * @throws InvalidFoiRequestException if the id, the text or the list breaks a rule
   */
  public DpiasQuestion {
    QuestionChecks.checkIdAndText(id, text);
    about = QuestionChecks.about("dpiasFor", about);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.DPIAS;
  }

  @Override
  public List<String> referencedQuestions() {
    return about;
  }
}
