package org.oversight.register.imports;

/**
 * How this module prints a value someone else wrote: on one line, with line breaks, control and
 * bidirectional formatting characters shown as escapes. The one place to switch to the core's
 * shared printing utility once it is on main.
 */
final class Printing {
  private Printing() {}

  /** The text on one printable line. */
  static String line(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(escape);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static @org.jspecify.annotations.Nullable String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> {
        int type = Character.getType(c);
        if (type == Character.CONTROL
            || type == Character.FORMAT
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR) {
          yield String.format(java.util.Locale.ROOT, "\\u%04X", (int) c);
        }
        yield null;
      }
    };
  }
}
