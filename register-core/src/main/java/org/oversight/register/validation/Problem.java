package org.oversight.register.validation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.oversight.register.text.Printable;

/**
 * One problem with input: a register, an FOI request, a mapping, reference data. Says where (the
 * source file if known, the line and column if known, the JSON pointer, the record's id if there is
 * one) and what is wrong, in one line. The one problem type of every "invalid input" exception
 * ({@link InvalidInputException}).
 *
 * <p>A message quotes codes, dates, numbers outside money and identifiers; it never repeats free
 * text, money or a position, which may be covert or personal.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file or other source the problem is in; empty when not known
 * @param line the line, from 1; 0 when not known
 * @param column the column, from 1; 0 when not known
 * @param pointer where in the document, as a JSON pointer (RFC 6901); empty for the whole document
 * @param recordId the id of the asset, DPIA or contract concerned, or null
 * @param message what is wrong, one line, never null
 */
public record Problem(
    String source,
    int line,
    int column,
    String pointer,
    @Nullable String recordId,
    String message) {

  /**
   * Creates a value.
   *
   * @param source the source, or empty
   * @param line the line, or 0
   * @param column the column, or 0
   * @param pointer the JSON pointer, empty for the whole document
   * @param recordId the record's id, or null
   * @param message what is wrong
   * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /}, or
   *     a line or column is negative
   */
  public Problem {
    requireNonNull(source, "source");
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
    if (!pointer.isEmpty() && pointer.charAt(0) != '/') {
      throw new IllegalArgumentException("a JSON pointer is empty or starts with /");
    }
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column are 0 or more");
    }
  }

  /**
   * A problem at a JSON pointer, not located in a file.
   *
   * @param pointer the JSON pointer, empty for the whole document
   * @param recordId the record's id, or null
   * @param message what is wrong
   * @return the problem, never null
   */
  public static Problem at(String pointer, @Nullable String recordId, String message) {
    return new Problem("", 0, 0, pointer, recordId, message);
  }

  /**
   * Returns the same problem at a line and column.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   * @return a new problem, never null
   */
  public Problem located(int line, int column) {
    return new Problem(source, line, column, pointer, recordId, message);
  }

  /**
   * Returns the same problem in a named source, such as a file name.
   *
   * @param source the source
   * @return a new problem, never null
   */
  public Problem inSource(String source) {
    return new Problem(source, line, column, pointer, recordId, message);
  }

  /**
   * Returns the same problem with its pointer under another, as when a record's problems are placed
   * in the document: {@code /quantity} under {@code /assets/3} is {@code /assets/3/quantity}.
   *
   * @param prefix a JSON pointer
   * @return a new problem, never null
   */
  public Problem under(String prefix) {
    return new Problem(source, line, column, prefix + pointer, recordId, message);
  }

  /**
   * Returns whether the problem has a line and column.
   *
   * @return true when located
   */
  public boolean isLocated() {
    return line > 0;
  }

  /**
   * Returns the problem as one line: {@code SOURCE:LINE:COLUMN: POINTER: message}, leaving out what
   * is not known, and naming the record when the problem is not located ({@code /assets/3/quantity
   * (CAM-0004): must be at least 1}). The pointer and message are escaped, so that the line stays
   * one line and carries no control or bidi character.
   *
   * @return one line, never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    if (!source.isEmpty()) {
      out.append(Printable.line(source)).append(':');
    }
    if (line > 0) {
      out.append(line).append(':').append(column).append(':');
    }
    if (out.length() > 0) {
      out.append(' ');
    }
    if (!pointer.isEmpty()) {
      out.append(Printable.line(pointer));
    }
    if (recordId != null && line == 0) {
      out.append(pointer.isEmpty() ? "(" : " (").append(Printable.line(recordId)).append(')');
    }
    if (!pointer.isEmpty() || (recordId != null && line == 0)) {
      out.append(": ");
    }
    return out.append(Printable.line(message)).toString();
  }
}
