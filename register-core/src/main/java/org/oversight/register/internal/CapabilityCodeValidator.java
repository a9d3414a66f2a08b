package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Capability;
import org.oversight.register.validation.constraints.CapabilityCode;

/** Validates {@link CapabilityCode}. */
public final class CapabilityCodeValidator
    implements ConstraintValidator<CapabilityCode, Capability> {

  /** Creates the validator. */
  public CapabilityCodeValidator() {}

  /**
   * Returns whether the code is a standard code or a well-formed custom one.
   *
   * @param code the code
   * @return true when valid
   */
  public static boolean isCapabilityCode(String code) {
    if (Capability.standardOf(code).isPresent()) {
      return true;
    }
    if (!code.startsWith(CapabilityCode.CUSTOM_PREFIX)
        || code.length() == CapabilityCode.CUSTOM_PREFIX.length()) {
      return false;
    }
    for (int i = CapabilityCode.CUSTOM_PREFIX.length(); i < code.length(); i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The message for a bad code.
   *
   * @param code the code
   * @return the message
   */
  public static String message(String code) {
    return Messages.quote(code)
        + " is not a capability code: use a standard code or X- followed by upper-case letters,"
        + " digits and hyphens";
  }

  @Override
  public boolean isValid(@Nullable Capability value, ConstraintValidatorContext context) {
    if (value == null || isCapabilityCode(value.code())) {
      return true;
    }
    Messages.report(context, message(value.code()));
    return false;
  }
}
