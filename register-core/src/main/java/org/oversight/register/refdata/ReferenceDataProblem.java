package org.oversight.register.refdata;

import static java.util.Objects.requireNonNull;

/**
 * One bad line of a reference-data file (a vendor directory or restriction lists), located by file
 * name and line number.
 *
 * <p>Immutable and thread-safe. {@link #toString()} reads {@code NAME:LINE: message}, the form
 * compilers use, so that an editor can jump to the line.
 *
 * @param source the name of the file or resource, as the caller gave it
 * @param line the line number, counting from 1
 * @param message what is wrong, in one sentence
 */
public record ReferenceDataProblem(String source, int line, String message) {

  /**
   * Creates a value.
   *
   * @param source the name of the file or resource, as the caller gave it
   * @param line the line number, counting from 1
   * @param message what is wrong, in one sentence
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code line} is less than 1
   */
  public ReferenceDataProblem {
    requireNonNull(source, "source");
    requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1, was " + line);
    }
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + message;
  }
}
