package org.oversight.register.foi;

import java.util.Locale;

/**
 * The one place where a value from a register or a request is made safe to print in a letter: every
 * such value passes through {@link #line} (text, and Markdown after it), so that a description with
 * line breaks cannot forge a paragraph and a bidirectional override cannot reorder what is shown.
 * Same rules as the core printing utility that the {@code io} work adds ({@code Printable.line}):
 * control characters, line and paragraph separators, format characters (every bidirectional
 * control) and lone surrogates are written as visible escapes ({@code \n}, {@code \u202E}).
 * Stateless and thread-safe.
 */
final class LetterText {
  private LetterText() {}

  /** One printable line. */
  static String line(String value) {
    int length = value.length();
    int first = 0;
    while (first < length) {
      char c = value.charAt(first);
      if (c >= 0x20 && c < 0x7F) {
        first++;
        continue;
      }
      int codePoint = value.codePointAt(first);
      if (isEscaped(codePoint)) {
        break;
      }
      first += Character.charCount(codePoint);
    }
    if (first == length) {
      return value;
    }
    StringBuilder out = new StringBuilder(length + 16).append(value, 0, first);
    for (int i = first; i < length; ) {
      int codePoint = value.codePointAt(i);
      int width = Character.charCount(codePoint);
      if (isEscaped(codePoint)) {
        switch (codePoint) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default ->
              out.append(
                  codePoint > 0xFFFF
                      ? String.format(Locale.ROOT, "\\u{%X}", codePoint)
                      : String.format(Locale.ROOT, "\\u%04X", codePoint));
        }
      } else {
        out.append(value, i, i + width);
      }
      i += width;
    }
    return out.toString();
  }

  /** One printable line whose Markdown structural characters are escaped. */
  static String markdown(String value) {
    String line = line(value);
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!', '{', '}' ->
            out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isEscaped(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }
}
