package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.validation.constraints.OwnedOrOperated;

/** Validates {@link OwnedOrOperated}. */
public final class OwnedOrOperatedValidator implements ConstraintValidator<OwnedOrOperated, Asset> {

  /** Creates the validator. */
  public OwnedOrOperatedValidator() {}

  @Override
  public boolean isValid(@Nullable Asset asset, ConstraintValidatorContext context) {
    if (asset == null || asset.owned() || asset.operated()) {
      return true;
    }
    Messages.reportOn(context, "owned", "at least one of owned and operated must be true");
    return false;
  }
}
