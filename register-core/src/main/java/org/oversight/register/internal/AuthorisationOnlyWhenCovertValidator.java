package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.validation.constraints.AuthorisationOnlyWhenCovert;

/** Validates {@link AuthorisationOnlyWhenCovert}. */
public final class AuthorisationOnlyWhenCovertValidator
    implements ConstraintValidator<AuthorisationOnlyWhenCovert, Asset> {

  /** Creates the validator. */
  public AuthorisationOnlyWhenCovertValidator() {}

  @Override
  public boolean isValid(@Nullable Asset asset, ConstraintValidatorContext context) {
    if (asset == null || asset.authorisationRef() == null || asset.isCovert()) {
      return true;
    }
    // The message never repeats the reference itself.
    Messages.reportOn(context, "authorisationRef", "is allowed only on a COVERT asset");
    return false;
  }
}
