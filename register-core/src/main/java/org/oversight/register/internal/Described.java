package org.oversight.register.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The Bean Validation face of a record description: a class-level constraint, put on each record
 * class programmatically (never written in the model), whose validator checks every field and
 * record rule of the class's {@link org.oversight.register.model.RecordType}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
public @interface Described {
  /**
   * The default message, replaced by the description's own messages.
   *
   * @return the message template
   */
  String message() default "breaks a rule of its description";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
