package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/** The checks every kind of {@link FoiQuestion} makes of the members they share. */
final class QuestionChecks {
  private QuestionChecks() {}

  /** Checks the members every question has; a problem is relative to the question. */
  static void checkIdAndText(String id, String text) {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    List<Problem> problems = new ArrayList<>();
    String idProblem = ValueType.Identifier.problem(id);
    if (idProblem != null) {
      problems.add(Problem.at("/id", null, idProblem));
    }
    String textProblem = ValueType.text(4000).problem(text);
    if (textProblem != null) {
      problems.add(Problem.at("/text", null, textProblem));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFoiRequestException(problems);
    }
  }

  /** Copies a list of earlier questions, which must not be empty. */
  static List<String> about(String name, List<String> ids) {
    List<String> copy = List.copyOf(ids);
    if (copy.isEmpty()) {
      throw new InvalidFoiRequestException(
          List.of(Problem.at("/" + name, null, "must name at least one earlier asset question")));
    }
    return copy;
  }
}
