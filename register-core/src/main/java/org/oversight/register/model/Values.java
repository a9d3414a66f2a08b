package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The field values of one record while it is being built, by a reader, a builder or a generator. A
 * field never set reads as its default ({@link Field#defaultValue()}).
 *
 * <p>Mutable and not thread-safe; reusable with {@link #clear()}.
 *
 * @param <R> the record's Java type
 */
public final class Values<R> {
  private final RecordType<R> type;
  private final @Nullable Object[] values;

  Values(RecordType<R> type) {
    this.type = type;
    this.values = new Object[type.fields().size()];
  }

  /**
   * Returns the record type these values are for.
   *
   * @return the type, never null
   */
  public RecordType<R> type() {
    return type;
  }

  /**
   * Sets a field's value.
   *
   * @param <V> the value's Java type
   * @param field a field of this record type
   * @param value the value, or null to unset it
   * @return these values
   */
  public <V> Values<R> set(Field<R, V> field, @Nullable V value) {
    values[indexOf(field)] = value;
    return this;
  }

  void setRaw(int index, @Nullable Object value) {
    values[index] = value;
  }

  /**
   * Returns a field's value, or its default when not set.
   *
   * @param <V> the value's Java type
   * @param field a field of this record type
   * @return the value, the default, or null
   */
  @SuppressWarnings("unchecked") // set() only stores a V for a Field<R, V>
  public <V> @Nullable V get(Field<R, V> field) {
    Object value = values[indexOf(field)];
    return value == null ? field.defaultValue() : (V) value;
  }

  /**
   * Returns a field's value, or its default when not set; fails when there is neither.
   *
   * @param <V> the value's Java type
   * @param field a field of this record type
   * @return the value, never null
   * @throws IllegalStateException if the field has no value and no default
   */
  public <V> V require(Field<R, V> field) {
    V value = get(field);
    if (value == null) {
      throw new IllegalStateException(type.name() + ": " + field.name() + " was not set");
    }
    return value;
  }

  /**
   * Returns whether a field was set.
   *
   * @param field a field of this record type
   * @return true when it holds a value
   */
  public boolean isSet(Field<R, ?> field) {
    return values[indexOf(field)] != null;
  }

  /**
   * Unsets every field.
   *
   * @return these values
   */
  public Values<R> clear() {
    Arrays.fill(values, null);
    return this;
  }

  /**
   * Builds the record.
   *
   * @return the record, never null
   * @throws IllegalStateException if a required field is not set
   */
  public R build() {
    return type.construct(this);
  }

  private int indexOf(Field<R, ?> field) {
    int index = requireNonNull(field, "field").index();
    if (index < 0 || index >= values.length || type.fields().get(index) != field) {
      throw new IllegalArgumentException(field + " is not a field of " + type.name());
    }
    return index;
  }

  @Override
  public String toString() {
    // Values may be covert: name the fields set, never their values.
    StringBuilder out = new StringBuilder("Values[").append(type.name()).append(": ");
    boolean first = true;
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        out.append(first ? "" : ", ").append(type.fields().get(i).name());
        first = false;
      }
    }
    return out.append(" set]").toString();
  }
}
