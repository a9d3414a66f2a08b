package org.oversight.register.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.oversight.register.text.Printable;

/** Builds violation messages that carry the offending value safely. */
final class Messages {
  private Messages() {}

  /** Escapes text so that the message interpolator takes it literally. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '\\' || c == '$') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Quotes a value for a message, shortening long ones: one line, with every control, separator or
   * bidirectional character escaped ({@link Printable#line}).
   */
  static String quote(String value) {
    int cut = value.length() > 80 && Character.isHighSurrogate(value.charAt(76)) ? 76 : 77;
    String shown = value.length() > 80 ? value.substring(0, cut) + "..." : value;
    return '"' + Printable.line(shown).replace("\"", "\\\"") + '"';
  }

  /** Replaces the default violation with one message, optionally on a property. */
  static void report(ConstraintValidatorContext context, String message) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
  }

  /** Replaces the default violation with one message on the named property. */
  static void reportOn(ConstraintValidatorContext context, String property, String message) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(literal(message))
        .addPropertyNode(property)
        .addConstraintViolation();
  }
}
