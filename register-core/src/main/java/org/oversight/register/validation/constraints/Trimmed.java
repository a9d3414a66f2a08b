package org.oversight.register.validation.constraints;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A string that is not blank and neither starts nor ends with white space, so that {@code
 * "Hikvision "} cannot quietly become a second vendor. Null is valid unless {@link #required()}.
 *
 * <p>Checked by {@link org.oversight.register.RegisterValidator}, which binds the implementation.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Constraint(validatedBy = {})
public @interface Trimmed {

  /**
   * Whether null is a violation.
   *
   * @return true when the value is required
   */
  boolean required() default false;

  /**
   * The most characters allowed.
   *
   * @return the maximum length
   */
  int max() default Integer.MAX_VALUE;

  /**
   * Whether a message may repeat the value. False for values that must never reach a message or a
   * log: a covert authorisation reference, a DPIA owner's name.
   *
   * @return true when the value may be shown
   */
  boolean showValue() default true;

  /**
   * The message of a violation.
   *
   * @return the message template
   */
  String message() default "must not be blank or start or end with white space";

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
