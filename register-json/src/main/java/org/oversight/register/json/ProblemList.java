package org.oversight.register.json;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one document, up to a limit. Used by one thread. */
final class ProblemList {
  private final List<FormatProblem> problems = new ArrayList<>();
  private final int max;

  ProblemList(int max) {
    this.max = max;
  }

  /** Adds a problem; stops reading when there are too many. */
  void add(long place, String pointer, String message) {
    int line = DocumentReader.Place.line(place);
    int column = DocumentReader.Place.column(place);
    if (problems.size() >= max) {
      problems.add(
          new FormatProblem(line, column, pointer, "too many problems: stopped after " + max));
      throw new Stop();
    }
    problems.add(new FormatProblem(line, column, pointer, message));
  }

  /** Adds the problem that ended reading, whatever the limit. */
  void addLast(FormatProblem problem) {
    problems.add(problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Every problem in document order (a stable sort keeps the order of problems at one place). */
  RegisterFormatException toException() {
    List<FormatProblem> sorted = new ArrayList<>(problems);
    sorted.sort(DocumentReader.IN_DOCUMENT_ORDER);
    return new RegisterFormatException(sorted);
  }

  /** Thrown to stop reading; carries nothing, the list says why. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
