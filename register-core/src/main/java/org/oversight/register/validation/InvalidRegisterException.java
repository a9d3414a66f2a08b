package org.oversight.register.validation;

import java.util.List;

/**
 * Thrown when a register is built from contents that break its rules. Carries every problem found,
 * not just the first.
 */
public final class InvalidRegisterException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidRegisterException(List<Problem> problems) {
    super("the register", problems);
  }
}
