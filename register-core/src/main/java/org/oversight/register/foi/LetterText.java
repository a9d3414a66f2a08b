package org.oversight.register.foi;

import org.oversight.register.text.Printable;

/**
 * The one place where a value from a register or a request is made safe to print in a letter: every
 * such value passes through {@link #line} (text, and Markdown after it), so that a description with
 * line breaks cannot forge a paragraph and a bidirectional override cannot reorder what is shown.
 * It is the core printing utility, {@link Printable#line}: control characters, line and paragraph
 * separators, format characters (every bidirectional control) and lone surrogates are written as
 * visible escapes ({@code \n}, {@code \u202E}). Stateless and thread-safe.
 */
final class LetterText {
  private LetterText() {}

  /** One printable line. */
  static String line(String value) {
    return Printable.line(value);
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
}
