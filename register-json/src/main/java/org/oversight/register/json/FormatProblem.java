package org.oversight.register.json;

import static java.util.Objects.requireNonNull;

import org.oversight.register.text.Printable;

/**
 * One problem in a document: where it is (line, column, JSON pointer) and what is wrong.
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the 1-based line, or 0 if unknown
 * @param column the 1-based column, or 0 if unknown
 * @param pointer the JSON pointer (RFC 6901) of the offending value; empty for the whole document
 * @param message what is wrong, one line
 */
public record FormatProblem(int line, int column, String pointer, String message) {

  /**
   * Creates a problem.
   *
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param pointer the JSON pointer of the offending value
   * @param message what is wrong
   * @throws NullPointerException if {@code pointer} or {@code message} is null
   */
  public FormatProblem {
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
  }

  /**
   * Returns {@code LINE:COLUMN: POINTER: message}, the form the command line prints after the file
   * name. The pointer and message are made one printable line ({@link Printable#line}): a field
   * name or value with a line break, an escape sequence or a bidirectional override in it cannot
   * forge a second problem or reorder what a terminal shows.
   *
   * @return one line, never null
   */
  @Override
  public String toString() {
    return Printable.line(
        line + ":" + column + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
  }
}
