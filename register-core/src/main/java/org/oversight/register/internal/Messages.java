package org.oversight.register.internal;

import jakarta.validation.ConstraintValidatorContext;

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

  /** Quotes a value for a message, shortening long ones. */
  static String quote(String value) {
    String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
    return '"' + shown.replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
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
