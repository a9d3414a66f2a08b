package org.oversight.register.validation;

import java.util.List;

/**
 * Thrown when a register is built from data that breaks its rules. Carries every problem found, not
 * just the first.
 */
public final class InvalidRegisterException extends IllegalArgumentException {
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
  public InvalidRegisterException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid register has at least one problem");
    }
    StringBuilder message =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems")
            .append(" in the register:");
    int shown = 0;
    for (Problem problem : problems) {
      if (shown++ == 20) {
        message.append("\n  ... and ").append(problems.size() - 20).append(" more");
        break;
      }
      message.append("\n  ").append(problem);
    }
    return message.toString();
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }
}
