package org.oversight.register.foi;

import java.util.List;
import org.oversight.register.validation.Problem;

/**
 * Thrown when a request breaks the request format's rules. Carries every problem found, each with
 * its path in the request ({@code questions[2].dpiasFor[0]}), so that a reader can point at it.
 */
public final class InvalidFoiRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  @SuppressWarnings("serial") // an immutable List.copyOf, serializable in practice
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidFoiRequestException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid request has at least one problem");
    }
    StringBuilder message = new StringBuilder("invalid FOI request:");
    for (Problem problem : problems) {
      message.append("\n  ").append(problem);
    }
    return message.toString();
  }

  /**
   * Returns every problem found, in the order of the request.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
