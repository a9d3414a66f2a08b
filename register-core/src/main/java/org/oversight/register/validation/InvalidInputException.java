package org.oversight.register.validation;

import java.util.List;

/**
 * Thrown when input breaks its rules: a register document or its contents, an FOI request,
 * reference data. Carries every problem found in one pass (up to a reader's limit), each with its
 * place. The one exception shape of the library for bad input; catch it to handle them all.
 *
 * <p>Its message is the first problems, one per line, each escaped; it never quotes free text.
 */
public class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most problems the message lists. */
  private static final int SHOWN = 20;

  /** Every problem found. */
  @SuppressWarnings("serial") // an immutable List.copyOf, serializable in practice
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param what what was invalid, such as {@code "the register"}
   * @param problems the problems, at least one; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidInputException(String what, List<Problem> problems) {
    super(summary(what, problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(String what, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("invalid input has at least one problem");
    }
    StringBuilder message =
        new StringBuilder()
            .append(problems.size())
            .append(problems.size() == 1 ? " problem in " : " problems in ")
            .append(what)
            .append(':');
    int shown = 0;
    for (Problem problem : problems) {
      if (shown++ == SHOWN) {
        message.append("\n  ... and ").append(problems.size() - SHOWN).append(" more");
        break;
      }
      message.append("\n  ").append(problem);
    }
    return message.toString();
  }

  /**
   * Returns every problem found, in the order found (document order for a reader).
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }
}
