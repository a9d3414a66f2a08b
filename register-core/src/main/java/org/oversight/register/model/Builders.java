package org.oversight.register.model;

import org.jspecify.annotations.Nullable;

/** What every record builder does: check a value at once, and name the record when building. */
final class Builders {
  private Builders() {}

  /**
   * Sets a field after checking its value against the field's rules; the message names the field
   * and never repeats free text.
   */
  static <R, V> void checked(Values<R> values, Field<R, V> field, @Nullable V value) {
    if (value != null) {
      StringBuilder problems = new StringBuilder();
      field
          .type()
          .check(
              value,
              (pointer, message) -> {
                if (problems.length() > 0) {
                  problems.append("; ");
                }
                problems.append(field.name()).append(pointer).append(' ').append(message);
              });
      if (problems.length() > 0) {
        throw new IllegalArgumentException(problems.toString());
      }
    }
    values.set(field, value);
  }

  /** Builds the record, naming it when a required field is missing. */
  static <R> R build(Values<R> values) {
    try {
      return values.build();
    } catch (IllegalStateException | NullPointerException e) {
      RecordType<R> type = values.type();
      String id = null;
      if (type.idField().isPresent() && values.isSet(type.idField().get())) {
        Object value = values.get(type.idField().get());
        id = String.valueOf(value);
      }
      for (Field<R, ?> field : type.fields()) {
        if (field.isRequired() && !values.isSet(field)) {
          throw new IllegalStateException(
              type.name() + (id == null ? "" : " " + id) + ": " + field.name() + " was not set", e);
        }
      }
      throw e;
    }
  }
}
