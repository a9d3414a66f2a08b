package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * The officer's decision that complying with the whole request would cost more than the appropriate
 * limit (FOIA s12(1) and the Fees Regulations 2004; FOISA s12(1) and the Fees Regulations 2004
 * (Scotland)): the estimate, the questions left unanswered because of it, and the advice on how to
 * narrow them (FOIA s16, FOISA s15). The other questions are answered, as advice and assistance on
 * what can be provided within the limit (the section 45 code of practice).
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param estimateHours the estimated staff time, in hours, to comply with the whole request
 * @param questions the questions left unanswered, at least one, in any order
 * @param advice how the requester could narrow those questions, in the officer's words
 */
public record CostLimit(int estimateHours, List<String> questions, String advice) {

  /** The most hours an estimate may give: 100,000. */
  public static final int MAX_HOURS = 100_000;

  /** The estimated hours. */
  public static final Field<CostLimit, Integer> ESTIMATE_HOURS =
      Field.required(
              "estimateHours", new ValueType.WholeNumber(1, MAX_HOURS), CostLimit::estimateHours)
          .label("estimate in hours");

  /** The questions left unanswered. */
  public static final Field<CostLimit, List<String>> QUESTIONS =
      Field.required(
          "questions", new ValueType.IdList("questions", "question", 256), CostLimit::questions);

  /** How to narrow them. */
  public static final Field<CostLimit, String> ADVICE =
      Field.required("advice", ValueType.text(4000), CostLimit::advice);

  /** The description of a cost-limit decision. */
  public static final RecordType<CostLimit> TYPE =
      RecordType.builder("cost limit", CostLimit.class)
          .fields(ESTIMATE_HOURS, QUESTIONS, ADVICE)
          .constructor(
              v ->
                  new CostLimit(v.require(ESTIMATE_HOURS), v.require(QUESTIONS), v.require(ADVICE)))
          .build();

  /**
   * Creates a value.
   *
   * @param estimateHours the estimated hours
   * @param questions the questions left unanswered, at least one
   * @param advice how to narrow them
   * @throws InvalidFoiRequestException if no question is named
   */
  public CostLimit {
    requireNonNull(advice, "advice");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new InvalidFoiRequestException(
          List.of(
              Problem.at(
                  "/questions",
                  null,
                  "name at least one question left unanswered because of the cost limit")));
    }
  }
}
