package org.oversight.register.json;

import java.util.List;
import org.oversight.register.validation.InvalidInputException;
import org.oversight.register.validation.Problem;

/**
 * Thrown when a register document cannot be read: it is not JSON, or its content breaks the
 * format's rules. Carries every problem found, each located by line, column and JSON pointer, in
 * document order. An {@link InvalidInputException}, like every other kind of bad input.
 */
public final class RegisterFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public RegisterFormatException(List<Problem> problems) {
    super("the register document", problems);
  }
}
