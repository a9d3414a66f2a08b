package org.oversight.register.foi;

import java.util.List;

/**
 * A question for the contracts the assets of earlier asset questions were supplied under.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param id the question's id, unique in its request
 * @param text the question as the requester wrote it
 * @param about the earlier asset questions, at least one
 * @param withoutPrices the requester said prices may be left out: they are, and no exemption is
 *     claimed for them
 * @param ncnd the officer's choice to neither confirm nor deny for it
 */
public record ContractsQuestion(
    String id, String text, List<String> about, boolean withoutPrices, boolean ncnd)
    implements FoiQuestion {

  /**
   * Creates a value.
   *
   * @param id the question's id
   * @param text the question as written
   * @param about the earlier asset questions, at least one
   * @param withoutPrices whether prices may be left out
   * @param ncnd the officer's choice to neither confirm nor deny
   * @throws InvalidFoiRequestException if the id, the text or the list breaks a rule
   */
  public ContractsQuestion {
    QuestionChecks.checkIdAndText(id, text);
    about = QuestionChecks.about("contractsFor", about);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.CONTRACTS;
  }

  @Override
  public List<String> referencedQuestions() {
    return about;
  }

  /**
   * Returns this question with prices left out at the requester's word.
   *
   * @return a new question, never null
   */
  public ContractsQuestion leavingOutPrices() {
    return new ContractsQuestion(id, text, about, true, ncnd);
  }
}
