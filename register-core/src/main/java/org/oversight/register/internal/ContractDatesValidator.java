package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Contract;
import org.oversight.register.validation.constraints.ContractDates;

/** Validates {@link ContractDates}. */
public final class ContractDatesValidator implements ConstraintValidator<ContractDates, Contract> {

  /** Creates the validator. */
  public ContractDatesValidator() {}

  @Override
  public boolean isValid(@Nullable Contract contract, ConstraintValidatorContext context) {
    if (contract == null
        || contract.startDate() == null
        || contract.endDate() == null
        || !contract.endDate().isBefore(contract.startDate())) {
      return true;
    }
    Messages.reportOn(
        context,
        "endDate",
        "must not be before startDate (" + contract.startDate() + "), was " + contract.endDate());
    return false;
  }
}
