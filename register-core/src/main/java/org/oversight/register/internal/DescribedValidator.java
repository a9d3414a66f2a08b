package org.oversight.register.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Location;
import org.oversight.register.model.Money;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RecordType;

/**
 * Checks a record against its description for Hibernate Validator, reporting each problem as a
 * violation whose property path is the problem's JSON pointer relative to the record.
 */
public final class DescribedValidator implements ConstraintValidator<Described, Object> {
  /** The record types Hibernate Validator is told about. */
  public static final Map<Class<?>, RecordType<?>> TYPES =
      Map.of(
          Asset.class, Asset.TYPE,
          Dpia.class, Dpia.TYPE,
          Contract.class, Contract.TYPE,
          GoverningDocument.class, GoverningDocument.TYPE,
          Money.class, Money.TYPE,
          Location.class, Location.TYPE,
          Organisation.class, Organisation.TYPE,
          FoiContact.class, FoiContact.TYPE);

  /** Creates the validator; Hibernate Validator calls this. */
  public DescribedValidator() {}

  @Override
  public boolean isValid(@Nullable Object record, ConstraintValidatorContext context) {
    if (record == null) {
      return true;
    }
    RecordType<?> type = TYPES.get(record.getClass());
    if (type == null) {
      throw new IllegalStateException("no description of " + record.getClass().getName());
    }
    boolean[] valid = {true};
    context.disableDefaultConstraintViolation();
    check(type, record, context, valid);
    return valid[0];
  }

  private static <R> void check(
      RecordType<R> type, Object record, ConstraintValidatorContext context, boolean[] valid) {
    type.check(
        type.javaType().cast(record),
        (pointer, message) -> {
          valid[0] = false;
          var builder = context.buildConstraintViolationWithTemplate(literal(message));
          if (pointer.isEmpty()) {
            builder.addConstraintViolation();
          } else {
            // The pointer is carried whole as one node: the register validator reads it back.
            builder.addPropertyNode(pointer).addConstraintViolation();
          }
        });
  }

  /** Escapes text so that the message interpolator takes it literally. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' || c == '}' || c == '\\' || c == '$') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
