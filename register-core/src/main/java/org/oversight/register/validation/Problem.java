package org.oversight.register.validation;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a register's data: where it is, and what is wrong.
 *
 * <p>{@code path} locates the value from the top of the register in the register format's own
 * names, with list positions in brackets: {@code assets[3].quantity}, {@code dpias[0].completedOn},
 * {@code assets[1].dpiaIds[0]}, {@code organisation}. Positions are those of the lists the register
 * was built from, so a reader can map a problem back to its place in a file ({@link
 * #jsonPointer()}). {@code recordId} is the id of the asset, DPIA or contract concerned, when the
 * problem is inside one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path where the problem is, never null; empty for the register as a whole
 * @param recordId the id of the asset, DPIA or contract concerned, or null
 * @param message what is wrong, one line, never null
 */
public record Problem(String path, @Nullable String recordId, String message) {

  /**
   * Creates a value.
   *
   * @param path where the problem is, never null; empty for the register as a whole
   * @param recordId the id of the asset, DPIA or contract concerned, or null
   * @param message what is wrong, one line, never null
   * @throws NullPointerException if a required component is null
   */
  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /**
   * Returns the path as a JSON pointer (RFC 6901) into a register document: {@code
   * assets[3].dpiaIds[0]} becomes {@code /assets/3/dpiaIds/0}.
   *
   * @return the pointer, never null; the empty string for the whole document
   */
  public String jsonPointer() {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder pointer = new StringBuilder(path.length() + 4);
    pointer.append('/');
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      switch (c) {
        case '.', '[' -> pointer.append('/');
        case ']' -> {}
        case '~' -> pointer.append("~0");
        case '/' -> pointer.append("~1");
        default -> pointer.append(c);
      }
    }
    return pointer.toString();
  }

  /**
   * Returns {@code where: message}, naming the record when there is one, for example {@code
   * assets[3].quantity (asset CAM-0004): must be at least 1}.
   *
   * @return one line, never null
   */
  @Override
  public String toString() {
    String where = path.isEmpty() ? "register" : path;
    return recordId == null ? where + ": " + message : where + " (" + recordId + "): " + message;
  }
}
