package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.validation.constraints.DpiaCompletion;

/** Validates {@link DpiaCompletion}. */
public final class DpiaCompletionValidator implements ConstraintValidator<DpiaCompletion, Dpia> {

  /** Creates the validator. */
  public DpiaCompletionValidator() {}

  @Override
  public boolean isValid(@Nullable Dpia dpia, ConstraintValidatorContext context) {
    if (dpia == null || dpia.completedOn() != null || dpia.status() == DpiaStatus.DRAFT) {
      return true;
    }
    Messages.reportOn(context, "completedOn", "is required when the status is " + dpia.status());
    return false;
  }
}
