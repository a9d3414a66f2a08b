package org.oversight.register.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.oversight.register.validation.Problem;

/**
 * The problems of one document, up to a limit: past it, one last problem says reading stopped, and
 * reading stops. Used by one thread.
 */
final class ProblemList {
  private static final Comparator<Problem> IN_DOCUMENT_ORDER =
      Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

  private final List<Problem> problems = new ArrayList<>();
  private final int max;

  ProblemList(int max) {
    this.max = max;
  }

  void add(long place, String pointer, String message) {
    int line = JsonReading.Place.line(place);
    int column = JsonReading.Place.column(place);
    if (problems.size() >= max) {
      problems.add(
          new Problem("", line, column, pointer, null, "too many problems: stopped after " + max));
      throw new Stop();
    }
    problems.add(new Problem("", line, column, pointer, null, message));
  }

  void addLast(long place, String pointer, String message) {
    problems.add(
        new Problem(
            "",
            JsonReading.Place.line(place),
            JsonReading.Place.column(place),
            pointer,
            null,
            message));
  }

  void addLast(Problem problem) {
    problems.add(problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  int size() {
    return problems.size();
  }

  /** The problems in document order (a stable sort: equal places keep the order found). */
  List<Problem> sorted() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(IN_DOCUMENT_ORDER);
    return sorted;
  }

  /** Thrown to stop reading once the limit is reached. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
