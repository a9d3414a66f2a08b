package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.register.validation.Problem;

/**
 * A Freedom of Information request: its reference, the day it was received, the regime it is made
 * under and its questions (CONTRACT §2).
 *
 * <p>Immutable and thread-safe; the question list is copied. The constructor checks that there is
 * at least one question, that question ids are unique, that every {@code dpiasFor} and {@code
 * contractsFor} names an earlier asset question, and that the request was received on a day a due
 * date can be computed for ({@link Regime#isSupportedReceiptDate}), reporting every problem at
 * once.
 *
 * @param reference the organisation's reference for the request
 * @param receivedOn the day it was received: answers are as at this day (s1(4))
 * @param regime FOIA or FOISA
 * @param questions the questions, in the order asked
 */
public record FoiRequest(
    String reference, LocalDate receivedOn, Regime regime, List<FoiQuestion> questions) {

  /**
   * Creates a value.
   *
   * @param reference the organisation's reference for the request
   * @param receivedOn the day it was received
   * @param regime FOIA or FOISA
   * @param questions the questions, in the order asked
   * @throws NullPointerException if a component is null
   * @throws InvalidFoiRequestException with every problem, if the questions break the rules or the
   *     receipt date is outside {@link Regime#FIRST_RECEIPT_DATE} to {@link
   *     Regime#LAST_RECEIPT_DATE}
   */
  public FoiRequest {
    requireNonNull(reference, "reference");
    requireNonNull(receivedOn, "receivedOn");
    requireNonNull(regime, "regime");
    questions = List.copyOf(questions);
    List<Problem> problems = problems(reference, receivedOn, questions);
    if (!problems.isEmpty()) {
      throw new InvalidFoiRequestException(problems);
    }
  }

  /**
   * Creates a FOIA request.
   *
   * @param reference the organisation's reference for the request
   * @param receivedOn the day it was received
   * @param questions the questions, in the order asked
   * @return the request, never null
   * @throws InvalidFoiRequestException with every problem, if the questions break the rules or the
   *     receipt date is outside {@link Regime#FIRST_RECEIPT_DATE} to {@link
   *     Regime#LAST_RECEIPT_DATE}
   */
  public static FoiRequest of(String reference, LocalDate receivedOn, FoiQuestion... questions) {
    return new FoiRequest(reference, receivedOn, Regime.FOIA, List.of(questions));
  }

  /**
   * Returns this request under another regime.
   *
   * @param newRegime the regime
   * @return a new request, never null
   */
  public FoiRequest withRegime(Regime newRegime) {
    return new FoiRequest(reference, receivedOn, newRegime, questions);
  }

  private static List<Problem> problems(
      String reference, LocalDate receivedOn, List<FoiQuestion> questions) {
    List<Problem> problems = new ArrayList<>();
    if (reference.isBlank()) {
      problems.add(Problem.at("/reference", null, "must not be blank"));
    }
    if (!Regime.isSupportedReceiptDate(receivedOn)) {
      problems.add(Problem.at("/receivedOn", null, Regime.unsupportedReceiptDate(receivedOn)));
    }
    if (questions.isEmpty()) {
      problems.add(Problem.at("/questions", null, "a request has at least one question"));
    }
    Map<String, QuestionKind> earlier = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      FoiQuestion question = questions.get(i);
      String path = "/questions/" + i;
      if (earlier.containsKey(question.id())) {
        problems.add(
            Problem.at(
                path + "/id", question.id(), "duplicate question id \"" + question.id() + "\""));
      }
      String list = question.kind() == QuestionKind.DPIAS ? "dpiasFor" : "contractsFor";
      List<String> refs = question.referencedQuestions();
      for (int j = 0; j < refs.size(); j++) {
        String ref = refs.get(j);
        QuestionKind kind = earlier.get(ref);
        if (kind == null) {
          problems.add(
              Problem.at(
                  path + "/" + list + "/" + j,
                  question.id(),
                  "\"" + ref + "\" is not the id of an earlier question"));
        } else if (kind != QuestionKind.ASSETS) {
          problems.add(
              Problem.at(
                  path + "/" + list + "/" + j,
                  question.id(),
                  "\"" + ref + "\" is not an asset question"));
        }
      }
      earlier.putIfAbsent(question.id(), question.kind());
    }
    return problems;
  }
}
