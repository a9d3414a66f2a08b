package org.oversight.register.testkit;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.oversight.register.foi.DisclosedRecord;
import org.oversight.register.foi.QuestionAnswer;
import org.oversight.register.foi.QuestionOutcome;

/** AssertJ assertions about the answer to one question of an FOI response. */
public final class QuestionAnswerAssert
    extends AbstractAssert<QuestionAnswerAssert, QuestionAnswer> {

  QuestionAnswerAssert(QuestionAnswer actual) {
    super(actual, QuestionAnswerAssert.class);
  }

  private QuestionAnswerAssert hasOutcome(QuestionOutcome expected) {
    isNotNull();
    if (actual.outcome() != expected) {
      failWithMessage(
          "%nExpecting the answer to question %s to be %s but it is %s",
          actual.questionId(), expected, actual.outcome());
    }
    return this;
  }

  /**
   * Verifies that the answer is "not held".
   *
   * @return this
   */
  public QuestionAnswerAssert isNotHeld() {
    return hasOutcome(QuestionOutcome.NOT_HELD);
  }

  /**
   * Verifies that information is disclosed.
   *
   * @return this
   */
  public QuestionAnswerAssert isDisclosed() {
    return hasOutcome(QuestionOutcome.DISCLOSED);
  }

  /**
   * Verifies that the answer points to where the information is published.
   *
   * @return this
   */
  public QuestionAnswerAssert isPublishedElsewhere() {
    return hasOutcome(QuestionOutcome.PUBLISHED_ELSEWHERE);
  }

  /**
   * Verifies that the information is withheld.
   *
   * @return this
   */
  public QuestionAnswerAssert isWithheld() {
    return hasOutcome(QuestionOutcome.WITHHELD);
  }

  /**
   * Verifies exactly which records are disclosed, in order.
   *
   * @param ids the records' ids
   * @return this
   */
  public QuestionAnswerAssert disclosesExactly(String... ids) {
    isNotNull();
    List<String> disclosed = actual.records().stream().map(DisclosedRecord::id).toList();
    if (!disclosed.equals(List.of(ids))) {
      failWithMessage(
          "%nExpecting the answer to question %s to disclose %s but it discloses %s",
          actual.questionId(), List.of(ids), disclosed);
    }
    return this;
  }
}
