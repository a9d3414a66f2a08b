package org.oversight.register.validation.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On an {@link org.oversight.register.model.Asset}: at least one of {@code owned} and {@code
 * operated} is true.
 *
 * <p>Checked by {@link org.oversight.register.RegisterValidator}, which binds the implementation.
 */
@Documented
@Retention(RUNTIME)
@Target({TYPE})
@Constraint(validatedBy = {})
public @interface OwnedOrOperated {

  /**
   * The message of a violation.
   *
   * @return the message template
   */
  String message() default "at least one of owned and operated must be true";

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
