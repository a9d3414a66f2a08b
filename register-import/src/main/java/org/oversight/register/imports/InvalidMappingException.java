package org.oversight.register.imports;

import java.util.List;
import org.oversight.register.validation.InvalidInputException;
import org.oversight.register.validation.Problem;

/**
 * Thrown when an import mapping breaks its rules. Carries every problem found, each located by
 * line, column and JSON pointer in the mapping file.
 */
public final class InvalidMappingException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one; copied
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidMappingException(List<Problem> problems) {
    super("the mapping", problems);
  }
}
