package org.oversight.register.refdata;

import java.util.List;
import org.oversight.register.validation.InvalidInputException;
import org.oversight.register.validation.Problem;

/**
 * Thrown when a user's reference data file (vendors, restriction lists) cannot be loaded. Carries
 * every bad line as a {@link Problem} reading {@code NAME:LINE: message}, the form compilers use,
 * so that an editor can jump to the line. An {@link InvalidInputException}, like every other kind
 * of bad input.
 */
public final class ReferenceDataException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param problems the bad lines, at least one, each with its source and line
   * @throws IllegalArgumentException if there are none
   */
  public ReferenceDataException(List<Problem> problems) {
    super("the reference data", problems);
  }
}
