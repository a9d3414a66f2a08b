package org.oversight.register.imports;

import org.oversight.register.text.Printable;

/**
 * How this module prints a value someone else wrote: on one line, with line breaks, control and
 * bidirectional formatting characters shown as escapes, by the core's {@link Printable}. One place,
 * so that every value this module prints goes through it.
 */
final class Printing {
  private Printing() {}

  /** The text on one printable line. */
  static String line(String text) {
    return Printable.line(text);
  }
}
