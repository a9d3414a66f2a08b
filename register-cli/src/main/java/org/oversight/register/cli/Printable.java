package org.oversight.register.cli;

/**
 * Keeps a printed value on one line: line breaks, control and bidi characters escaped. The store
 * commands print every value through here, so that one value stays one line and a name cannot
 * reorder what follows it.
 */
final class Printable {
  private Printable() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> out.append(String.format("\\u%04X", (int) c));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A value in double quotes, escaped. */
  static String quoted(String text) {
    return '"' + of(text).replace("\"", "\\\"") + '"';
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200e
        || c == 0x200f
        || c == 0x061c;
  }
}
