package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The response to a request, as plain data: render it with {@link FoiRenderer}.
 *
 * <p>Computed from the overt view of a register only, so equal for any two registers that differ
 * only in covert assets and what only they refer to. Immutable and thread-safe; lists are copied.
 *
 * @param reference the request's reference
 * @param organisation the organisation answering
 * @param regime the regime the request was handled under
 * @param receivedOn the day the request was received
 * @param dueOn the 20th working day after receipt
 * @param dataCorrectAsAt the day the information is correct as at: the day of receipt (s1(4))
 * @param outcome the outcome as a whole
 * @param answers the answers, in the order of the questions
 * @param exemptions every exemption relied on, in order of first use
 * @param redactions every field withheld, in order
 * @param ncndStatement the neither-confirm-nor-deny paragraph, when the request's class calls for
 *     one; otherwise null
 * @param rights the requester's rights
 * @param costLimitPounds the regime's cost limit, in pounds
 */
public record FoiResponse(
    String reference,
    String organisation,
    Regime regime,
    LocalDate receivedOn,
    LocalDate dueOn,
    LocalDate dataCorrectAsAt,
    ResponseOutcome outcome,
    List<QuestionAnswer> answers,
    List<CitedExemption> exemptions,
    List<Redaction> redactions,
    @Nullable String ncndStatement,
    RequesterRights rights,
    int costLimitPounds) {

  /**
   * Creates a value.
   *
   * @param reference the request's reference
   * @param organisation the organisation answering
   * @param regime the regime
   * @param receivedOn the day of receipt
   * @param dueOn the due date
   * @param dataCorrectAsAt the as-at day
   * @param outcome the outcome as a whole
   * @param answers the answers
   * @param exemptions the exemptions relied on
   * @param redactions the fields withheld
   * @param ncndStatement the NCND paragraph, or null
   * @param rights the requester's rights
   * @param costLimitPounds the cost limit in pounds
   * @throws NullPointerException if a required component is null
   */
  public FoiResponse {
    requireNonNull(reference, "reference");
    requireNonNull(organisation, "organisation");
    requireNonNull(regime, "regime");
    requireNonNull(receivedOn, "receivedOn");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(dataCorrectAsAt, "dataCorrectAsAt");
    requireNonNull(outcome, "outcome");
    answers = List.copyOf(answers);
    exemptions = List.copyOf(exemptions);
    redactions = List.copyOf(redactions);
    requireNonNull(rights, "rights");
  }

  /**
   * Returns the answer to a question.
   *
   * @param questionId the question's id
   * @return the answer, never null
   * @throws IllegalArgumentException if the request had no such question
   */
  public QuestionAnswer answer(String questionId) {
    for (QuestionAnswer answer : answers) {
      if (answer.questionId().equals(questionId)) {
        return answer;
      }
    }
    throw new IllegalArgumentException("no question " + questionId);
  }

  /**
   * Returns whether the response neither confirms nor denies that further information is held.
   *
   * @return true when there is an NCND statement
   */
  public boolean isNcnd() {
    return ncndStatement != null;
  }
}
