package org.oversight.register.foi;

import java.util.List;
import org.oversight.register.validation.InvalidInputException;
import org.oversight.register.validation.Problem;

/**
 * Thrown when a request breaks the request format's rules. Carries every problem found, each with
 * its path in the request ({@code questions[2].dpiasFor[0]}), so that a reader can point at it.
 */
public final class InvalidFoiRequestException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidFoiRequestException(List<Problem> problems) {
    super("the FOI request", problems);
  }
}
