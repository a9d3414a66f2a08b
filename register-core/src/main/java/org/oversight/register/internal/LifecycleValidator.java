package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.validation.constraints.Lifecycle;

/** Validates {@link Lifecycle}. */
public final class LifecycleValidator implements ConstraintValidator<Lifecycle, Asset> {

  /** Creates the validator. */
  public LifecycleValidator() {}

  @Override
  public boolean isValid(@Nullable Asset asset, ConstraintValidatorContext context) {
    if (asset == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    LocalDate from = asset.inServiceFrom();
    LocalDate until = asset.inServiceUntil();
    if (from == null && asset.status() != AssetStatus.PLANNED) {
      add(context, "inServiceFrom", "is required when the status is " + asset.status());
      valid = false;
    }
    if (until == null && asset.status() == AssetStatus.DECOMMISSIONED) {
      add(context, "inServiceUntil", "is required when the status is DECOMMISSIONED");
      valid = false;
    }
    if (from != null && until != null && until.isBefore(from)) {
      add(
          context,
          "inServiceUntil",
          "must not be before inServiceFrom (" + from + "), was " + until);
      valid = false;
    }
    return valid;
  }

  private static void add(ConstraintValidatorContext context, String property, String message) {
    context
        .buildConstraintViolationWithTemplate(Messages.literal(message))
        .addPropertyNode(property)
        .addConstraintViolation();
  }
}
