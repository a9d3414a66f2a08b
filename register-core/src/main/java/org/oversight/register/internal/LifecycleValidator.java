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
    valid &= inRange(context, "inServiceFrom", from);
    valid &= inRange(context, "inServiceUntil", until);
    if (from != null && until != null && until.isBefore(from)) {
      add(
          context,
          "inServiceUntil",
          "must not be before inServiceFrom (" + from + "), was " + until);
      valid = false;
    }
    return valid;
  }

  /** The register format writes dates as yyyy-MM-dd: years 1 to 9999. */
  private static boolean inRange(
      ConstraintValidatorContext context, String property, @Nullable LocalDate date) {
    if (date == null || (date.getYear() >= 1 && date.getYear() <= 9999)) {
      return true;
    }
    add(context, property, "must be in the years 1 to 9999, was " + date);
    return false;
  }

  private static void add(ConstraintValidatorContext context, String property, String message) {
    context
        .buildConstraintViolationWithTemplate(Messages.literal(message))
        .addPropertyNode(property)
        .addConstraintViolation();
  }
}
