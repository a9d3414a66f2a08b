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
    if (value == null || Capability.isValidCode(value.code())) {
      return true;
    }
    Messages.report(context, message(value.code()));
    return false;
  }
}
