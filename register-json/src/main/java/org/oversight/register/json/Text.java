package org.oversight.register.json;

import org.oversight.register.text.Printable;

/** Text for one-line messages and JSON pointers. */
final class Text {
  private static final int LONGEST_SHOWN = 80;

  private Text() {}

  /**
   * Quotes a value from the document for a message: one line, at most 80 characters shown, quotes
   * and backslashes escaped as in JSON, and every control, separator or bidirectional character
   * written as a visible escape ({@link Printable#line}).
   */
  static String quote(String value) {
    int cut = LONGEST_SHOWN - 3;
    if (value.length() > LONGEST_SHOWN && Character.isHighSurrogate(value.charAt(cut - 1))) {
      cut--;
    }
    String shown = value.length() > LONGEST_SHOWN ? value.substring(0, cut) + "..." : value;
    return '"' + Printable.line(shown.replace("\\", "\\\\").replace("\"", "\\\"")) + '"';
  }

  /**
   * Quotes a text that has the shape of a code or identifier (letters, digits, {@code - _ . :}, at
   * most 64 characters); anything else is described, not repeated, since a wrong value may be free
   * text typed in the wrong place, covert or personal.
   */
  static String quoteCode(String value) {
    boolean codeLike = !value.isEmpty() && value.length() <= 64;
    for (int i = 0; codeLike && i < value.length(); i++) {
      char c = value.charAt(i);
      codeLike =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '.'
              || c == ':';
    }
    return codeLike ? '"' + value + '"' : "the value";
  }

  static String pointerSegment(String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return name;
    }
    return name.replace("~", "~0").replace("/", "~1");
  }
}
