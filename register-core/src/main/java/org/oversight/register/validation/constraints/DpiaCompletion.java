package org.oversight.register.validation.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a {@link org.oversight.register.model.Dpia}: {@code completedOn} is present unless the DPIA is
 * a draft.
 *
 * <p>Checked by {@link org.oversight.register.RegisterValidator}, which binds the implementation.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = {})
public @interface DpiaCompletion {

  /**
   * The message of a violation.
   *
   * @return the message template
   */
  String message() default "is required unless the status is DRAFT";

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
