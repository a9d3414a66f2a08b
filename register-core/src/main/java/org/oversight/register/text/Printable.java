package org.oversight.register.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Makes any value safe to print on one line of a terminal, a log, a text letter or a spreadsheet.
 *
 * <p>A value from a register or a request is someone else's text. Printed as it is, a line break in
 * it forges a line (a second "problem", a paragraph of a letter), an escape sequence drives the
 * terminal, and a right-to-left override (U+202E) shows characters in another order than they are
 * stored. {@link #line} writes every such character as a visible escape instead:
 *
 * <ul>
 *   <li>{@code \n}, {@code \r} and {@code \t} for line feed, carriage return and tab;
 *   <li>{@code \}{@code uXXXX} (four upper-case hex digits) for every other control character (C0,
 *       DEL, C1 including NEL U+0085), the line and paragraph separators U+2028 and U+2029, every
 *       format character (Unicode category Cf: the bidirectional embeddings, overrides and isolates
 *       U+202A-U+202E and U+2066-U+2069, the marks U+200E, U+200F and U+061C, zero-width
 *       characters, the byte order mark, soft hyphen), and half of a surrogate pair without the
 *       other half;
 *   <li>{@code \}{@code u{XXXXX}} for such a character beyond U+FFFF (the tag characters).
 * </ul>
 *
 * Everything else, letters of every script, accents, emoji and the backslash itself, is kept as it
 * is: the output is for people to read, not to be parsed back, so a backslash in a Windows path is
 * not doubled. The result never contains a line break, a control character or a bidirectional
 * formatting character, whatever the input.
 *
 * <p>{@link #csvCell} does the same for one cell of CSV (RFC 4180), and also stops a spreadsheet
 * from running the cell as a formula (see there).
 *
 * <p>Use it at the point where text is printed, on each value or on a whole line built from values
 * (a line that the code builds holds no control characters of its own, so escaping the whole line
 * changes only the values in it). For example, an FOI letter renderer that puts a requester's
 * question into a paragraph: {@code out.append("Question 1: \"").append(Printable.line(text))}.
 * Stateless and thread-safe.
 */
public final class Printable {
  private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

  private Printable() {}

  /**
   * Whether {@link #line} writes this code point as an escape: a control character (category Cc), a
   * format character (Cf, which holds every bidirectional control), a line or paragraph separator
   * (Zl, Zp), or a surrogate code point (only ever seen alone).
   *
   * @param codePoint any code point
   * @return true if it is escaped
   */
  public static boolean isEscaped(int codePoint) {
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

  /**
   * Returns the value as one printable line: every character that {@link #isEscaped} names is
   * written as a visible escape ({@code \n}, {@code \}{@code u202E}, ...), everything else is kept.
   *
   * @param value any text
   * @return one line with no control, separator, format or lone surrogate character, never null;
   *     the same string if nothing needed escaping
   * @throws NullPointerException if {@code value} is null
   */
  public static String line(CharSequence value) {
    requireNonNull(value, "value");
    int length = value.length();
    int first = 0;
    while (first < length) {
      char c = value.charAt(first);
      if (c >= 0x20 && c < 0x7F) {
        first++;
        continue;
      }
      int codePoint = Character.codePointAt(value, first);
      if (isEscaped(codePoint)) {
        break;
      }
      first += Character.charCount(codePoint);
    }
    if (first == length) {
      return value.toString();
    }
    StringBuilder out = new StringBuilder(length + 16);
    out.append(value, 0, first);
    for (int i = first; i < length; ) {
      int codePoint = Character.codePointAt(value, i);
      int width = Character.charCount(codePoint);
      if (isEscaped(codePoint)) {
        escape(codePoint, out);
      } else {
        out.append(value, i, i + width);
      }
      i += width;
    }
    return out.toString();
  }

  private static void escape(int codePoint, StringBuilder out) {
    switch (codePoint) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (codePoint > 0xFFFF) {
          out.append(String.format(Locale.ROOT, "\\u{%X}", codePoint));
        } else {
          out.append(String.format(Locale.ROOT, "\\u%04X", codePoint));
        }
      }
    }
  }

  /**
   * Returns the value as one CSV cell (RFC 4180) that is safe to open in a spreadsheet: first made
   * one line by {@link #line}; then, if it starts with a character that makes a spreadsheet read a
   * formula ({@code = + - @}, tab, carriage return, or the full-width {@code ＝ ＋ － ＠} that some
   * spreadsheets take for them), given a leading apostrophe, so that it is shown as text; then
   * quoted if it holds a comma or a double quote (doubled inside the quotes).
   *
   * @param value any text
   * @return the cell, never null; never holds a line break or control character, and its content
   *     never starts with a formula character
   * @throws NullPointerException if {@code value} is null
   */
  public static String csvCell(CharSequence value) {
    String cell = line(value);
    if (value.length() > 0 && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      cell = "'" + cell;
    }
    if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0) {
      return '"' + cell.replace("\"", "\"\"") + '"';
    }
    return cell;
  }
}
