package org.oversight.register.json;

import java.util.List;

/**
 * Thrown when a register document cannot be read: it is not JSON, or its content breaks the
 * format's rules. Carries every problem found, each located by line, column and JSON pointer.
 */
public final class RegisterFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Every problem found. */
  @SuppressWarnings("serial") // an immutable List.copyOf, serializable in practice
  private final List<FormatProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RegisterFormatException(List<FormatProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<FormatProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception has at least one problem");
    }
    return problems.size() == 1
        ? problems.get(0).toString()
        : problems.get(0) + " (and " + (problems.size() - 1) + " more)";
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<FormatProblem> problems() {
    return problems;
  }
}
