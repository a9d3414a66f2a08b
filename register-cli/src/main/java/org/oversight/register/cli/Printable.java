package org.oversight.register.cli;

/**
 * The store commands' printing: every value through core's {@link
 * org.oversight.register.text.Printable#line}, so that one value stays one line and a name cannot
 * reorder what follows it.
 */
final class Printable {
  private Printable() {}

  static String of(String text) {
    return org.oversight.register.text.Printable.line(text);
  }

  /** A value in double quotes, escaped. */
  static String quoted(String text) {
    return '"' + of(text).replace("\"", "\\\"") + '"';
  }
}
