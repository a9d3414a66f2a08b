package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * The disclosure officer's answer to a question the register cannot answer: the outcome, the answer
 * in the officer's words, whether the question is about the organisation's equipment holdings (and
 * so under the NCND class rule), and the exemptions relied on.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param outcome how the question is answered
 * @param answer the answer, in the officer's words
 * @param aboutHoldings whether the question is about the organisation's equipment holdings or their
 *     use: then, for an organisation with an NCND bundle, it is answered as about overt use and the
 *     letter's NCND paragraph covers it. Defaults to true, the cautious choice
 * @param exemptions the exemptions relied on, each with its reasons; at least one when withheld
 */
public record OfficerAnswer(
    QuestionOutcome outcome,
    String answer,
    boolean aboutHoldings,
    List<OfficerExemption> exemptions) {

  /** How the question is answered. */
  public static final Field<OfficerAnswer, QuestionOutcome> OUTCOME =
      Field.required(
          "outcome", new ValueType.Choice<>(QuestionOutcome.class), OfficerAnswer::outcome);

  /** The answer, in the officer's words. */
  public static final Field<OfficerAnswer, String> ANSWER =
      Field.required("answer", ValueType.text(20000), OfficerAnswer::answer);

  /** Whether the question is about equipment holdings. */
  public static final Field<OfficerAnswer, Boolean> ABOUT_HOLDINGS =
      Field.defaulted("aboutHoldings", new ValueType.Flag(), true, OfficerAnswer::aboutHoldings)
          .label("about holdings");

  /** The exemptions relied on. */
  public static final Field<OfficerAnswer, List<OfficerExemption>> EXEMPTIONS =
      Field.defaulted(
          "exemptions",
          new ValueType.RecordList<>(OfficerExemption.TYPE),
          List.<OfficerExemption>of(),
          OfficerAnswer::exemptions);

  /** The description of an officer's answer. */
  public static final RecordType<OfficerAnswer> TYPE =
      RecordType.builder("officer answer", OfficerAnswer.class)
          .fields(OUTCOME, ANSWER, ABOUT_HOLDINGS, EXEMPTIONS)
          .constructor(
              v ->
                  new OfficerAnswer(
                      v.require(OUTCOME),
                      v.require(ANSWER),
                      v.require(ABOUT_HOLDINGS),
                      v.require(EXEMPTIONS)))
          .build();

  /**
   * Creates a value.
   *
   * @param outcome how the question is answered
   * @param answer the answer
   * @param aboutHoldings whether the question is about equipment holdings
   * @param exemptions the exemptions relied on
   * @throws InvalidFoiRequestException if a withheld answer relies on no exemption
   */
  public OfficerAnswer {
    requireNonNull(outcome, "outcome");
    requireNonNull(answer, "answer");
    exemptions = List.copyOf(exemptions);
    if (outcome == QuestionOutcome.EXCEEDS_COST_LIMIT) {
      throw new InvalidFoiRequestException(
          List.of(
              Problem.at(
                  "/outcome",
                  null,
                  "a question left to the cost limit is named in the request's costLimit.questions")));
    }
    if (outcome == QuestionOutcome.WITHHELD && exemptions.isEmpty()) {
      throw new InvalidFoiRequestException(
          List.of(
              Problem.at(
                  "/exemptions",
                  null,
                  "a withheld answer names at least one exemption, with its reasons (s17(1))")));
    }
  }

  /**
   * Creates an answer about equipment holdings that relies on no exemption.
   *
   * @param outcome how the question is answered
   * @param answer the answer
   * @return the answer, never null
   */
  public static OfficerAnswer of(QuestionOutcome outcome, String answer) {
    return new OfficerAnswer(outcome, answer, true, List.of());
  }
}
