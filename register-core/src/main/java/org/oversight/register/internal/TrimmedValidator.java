package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.constraints.Trimmed;

/** Validates {@link Trimmed}. */
public final class TrimmedValidator implements ConstraintValidator<Trimmed, String> {
  private boolean required;
  private int max = Integer.MAX_VALUE;
  private boolean showValue = true;

  /** Creates the validator. */
  public TrimmedValidator() {}

  @Override
  public void initialize(Trimmed annotation) {
    required = annotation.required();
    max = annotation.max();
    showValue = annotation.showValue();
  }

  /**
   * Returns what is wrong with a string, or null if nothing is.
   *
   * @param value the string
   * @param max the most characters allowed
   * @param showValue whether the message may repeat the value
   * @return a message, or null
   */
  public static @Nullable String problem(String value, int max, boolean showValue) {
    if (value.isBlank()) {
      return "must not be blank";
    }
    if (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1))
        || Character.isSpaceChar(value.charAt(0))
        || Character.isSpaceChar(value.charAt(value.length() - 1))) {
      return showValue
          ? Messages.quote(value) + " must not start or end with white space"
          : "must not start or end with white space";
    }
    if (value.length() > max) {
      return "must be at most " + max + " characters, was " + value.length();
    }
    return null;
  }

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    if (value == null) {
      if (required) {
        Messages.report(context, "is required");
        return false;
      }
      return true;
    }
    String problem = problem(value, max, showValue);
    if (problem == null) {
      return true;
    }
    Messages.report(context, problem);
    return false;
  }
}
