package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.constraints.Identifier;

/** Validates {@link Identifier}. */
public final class IdentifierValidator implements ConstraintValidator<Identifier, String> {

  /** The longest identifier. */
  public static final int MAX_LENGTH = 64;

  /** Creates the validator. */
  public IdentifierValidator() {}

  /**
   * Returns whether the text is a valid identifier.
   *
   * @param value the text
   * @return true when it is 1-64 characters of {@code A-Z a-z 0-9 . _ : -}
   */
  public static boolean isIdentifier(String value) {
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null || isIdentifier(value)) {
      return true;
    }
    Messages.report(
        context,
        Messages.quote(value)
            + " is not an identifier: use 1 to 64 characters of A-Z a-z 0-9 . _ : -");
    return false;
  }
}
