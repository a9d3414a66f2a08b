package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;

/**
 * The response to a request, as decisions: outcomes, the records disclosed field by field,
 * redactions, exemptions cited, the NCND decision, dates and the officer's warnings. No English:
 * {@link FoiRenderer} words it through templates, and the JSON writer writes it.
 *
 * <p>Computed from the overt view of a register only, so equal for any two registers that differ
 * only in covert assets and what only they refer to. Immutable and thread-safe; lists are copied.
 *
 * @param reference the request's reference
 * @param organisation the organisation answering, with its FOI contact and advice
 * @param kindAssumed the kind of organisation assumed because the register does not say; null when
 *     it does
 * @param regime the regime the request was handled under
 * @param requester the requester's name, or null
 * @param receivedOn the day the request was received
 * @param dueOn the 20th working day after receipt
 * @param respondedOn the date of the response (the letter's date)
 * @param reviewRequestBy the last day to ask for an internal review: 40 working days after the
 *     response
 * @param dataCorrectAsAt the day the register's data is correct as at
 * @param outcome the outcome as a whole
 * @param answers the answers, in the order of the questions
 * @param exemptions every exemption relied on, in order of first use, the NCND bundle last
 * @param redactions every field withheld, in order
 * @param ncnd the decision to neither confirm nor deny, or null when none
 * @param warnings what the officer should know, never told to the requester
 * @param costLimit the officer's decision that the whole request would cost more than the
 *     appropriate limit (s12), or null
 * @param clarification the further information sought from the requester (s1(3)), or null
 */
public record FoiResponse(
    String reference,
    Organisation organisation,
    @Nullable OrganisationKind kindAssumed,
    Regime regime,
    @Nullable String requester,
    LocalDate receivedOn,
    LocalDate dueOn,
    LocalDate respondedOn,
    LocalDate reviewRequestBy,
    LocalDate dataCorrectAsAt,
    ResponseOutcome outcome,
    List<QuestionAnswer> answers,
    List<CitedExemption> exemptions,
    List<Redaction> redactions,
    @Nullable Ncnd ncnd,
    List<OfficerWarning> warnings,
    @Nullable CostLimit costLimit,
    @Nullable Clarification clarification) {

  /**
   * Creates a value.
   *
   * @param reference the request's reference
   * @param organisation the organisation answering
   * @param kindAssumed the kind assumed, or null
   * @param regime the regime
   * @param requester the requester's name, or null
   * @param receivedOn the day of receipt
   * @param dueOn the due date
   * @param respondedOn the date of the response
   * @param reviewRequestBy the last day to ask for a review
   * @param dataCorrectAsAt the as-at day
   * @param outcome the outcome as a whole
   * @param answers the answers
   * @param exemptions the exemptions relied on
   * @param redactions the fields withheld
   * @param ncnd the NCND decision, or null
   * @param warnings the officer's warnings
   * @param costLimit the cost-limit decision, or null
   * @param clarification the further information sought, or null
   * @throws NullPointerException if a required component is null
   */
  public FoiResponse {
    requireNonNull(reference, "reference");
    requireNonNull(organisation, "organisation");
    requireNonNull(regime, "regime");
    requireNonNull(receivedOn, "receivedOn");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(respondedOn, "respondedOn");
    requireNonNull(reviewRequestBy, "reviewRequestBy");
    requireNonNull(dataCorrectAsAt, "dataCorrectAsAt");
    requireNonNull(outcome, "outcome");
    answers = List.copyOf(answers);
    exemptions = List.copyOf(exemptions);
    redactions = List.copyOf(redactions);
    warnings = List.copyOf(warnings);
  }

  /**
   * Creates a response with no cost-limit decision and no clarification.
   *
   * @param reference the request's reference
   * @param organisation the organisation answering
   * @param kindAssumed the kind assumed, or null
   * @param regime the regime
   * @param requester the requester's name, or null
   * @param receivedOn the day of receipt
   * @param dueOn the due date
   * @param respondedOn the date of the response
   * @param reviewRequestBy the last day to ask for a review
   * @param dataCorrectAsAt the as-at day
   * @param outcome the outcome as a whole
   * @param answers the answers
   * @param exemptions the exemptions relied on
   * @param redactions the fields withheld
   * @param ncnd the NCND decision, or null
   * @param warnings the officer's warnings
   * @throws NullPointerException if a required component is null
   */
  public FoiResponse(
      String reference,
      Organisation organisation,
      @Nullable OrganisationKind kindAssumed,
      Regime regime,
      @Nullable String requester,
      LocalDate receivedOn,
      LocalDate dueOn,
      LocalDate respondedOn,
      LocalDate reviewRequestBy,
      LocalDate dataCorrectAsAt,
      ResponseOutcome outcome,
      List<QuestionAnswer> answers,
      List<CitedExemption> exemptions,
      List<Redaction> redactions,
      @Nullable Ncnd ncnd,
      List<OfficerWarning> warnings) {
    this(
        reference,
        organisation,
        kindAssumed,
        regime,
        requester,
        receivedOn,
        dueOn,
        respondedOn,
        reviewRequestBy,
        dataCorrectAsAt,
        outcome,
        answers,
        exemptions,
        redactions,
        ncnd,
        warnings,
        null,
        null);
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
   * @return true when there is an NCND decision
   */
  public boolean isNcnd() {
    return ncnd != null;
  }

  /**
   * Returns whether a warning of a code was given.
   *
   * @param code the code
   * @return true when the officer is warned of it
   */
  public boolean warns(OfficerWarning.Code code) {
    return warnings.stream().anyMatch(w -> w.code() == code);
  }
}
