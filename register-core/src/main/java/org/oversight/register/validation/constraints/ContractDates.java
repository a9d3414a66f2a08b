package org.oversight.register.validation.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a {@link org.oversight.register.model.Contract}: {@code endDate} is not before {@code
 * startDate}.
 *
 * <p>Checked by {@link org.oversight.register.RegisterValidator}, which binds the implementation.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = {})
public @interface ContractDates {

  /**
   * The message of a violation.
   *
   * @return the message template
   */
  String message() default "must not be before startDate";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
