package org.oversight.register.json;

/** Text for one-line messages and JSON pointers. */
final class Text {
  private static final int LONGEST_SHOWN = 80;

  private Text() {}

  /** Quotes a value from the document for a message: one line, at most 80 characters shown. */
  static String quote(String value) {
    String shown =
        value.length() > LONGEST_SHOWN ? value.substring(0, LONGEST_SHOWN - 3) + "..." : value;
    StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20
              || Character.isISOControl(c)
              || Character.getType(c) == Character.LINE_SEPARATOR
              || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
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
