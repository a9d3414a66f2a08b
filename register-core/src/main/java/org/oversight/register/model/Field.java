package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link RecordType}: its JSON name, plain-English label, value type, whether it is
 * required, its default, how a public answer treats it, and the format version it came in. The one
 * description that reading, writing, the JSON Schema, validation, table columns, public answers and
 * generators all follow.
 *
 * <p>Immutable and thread-safe once its record type is built (which happens once, in the record's
 * static initialiser).
 *
 * @param <R> the record's Java type
 * @param <V> the value's Java type
 */
public final class Field<R, V> {
  /** Whether a field must be given. */
  public enum Presence {
    /** Must be given; always written. */
    REQUIRED,
    /** May be left out, and then takes its default. */
    DEFAULTED,
    /** May be left out, and then has no value. */
    OPTIONAL
  }

  private final String name;
  private final String label;
  private final ValueType<V> type;
  private final Presence presence;
  private final @Nullable V defaultValue;
  private final boolean writeDefault;
  private final Function<R, @Nullable V> getter;
  private final Disclosure disclosure;
  private final int since;
  private final boolean confidential;
  private int index = -1;

  private Field(
      String name,
      String label,
      ValueType<V> type,
      Presence presence,
      @Nullable V defaultValue,
      boolean writeDefault,
      Function<R, @Nullable V> getter,
      Disclosure disclosure,
      int since,
      boolean confidential) {
    this.name = requireNonNull(name, "name");
    this.label = requireNonNull(label, "label");
    this.type = requireNonNull(type, "type");
    this.presence = requireNonNull(presence, "presence");
    this.defaultValue = defaultValue;
    this.writeDefault = writeDefault;
    this.getter = requireNonNull(getter, "getter");
    this.disclosure = requireNonNull(disclosure, "disclosure");
    this.since = since;
    this.confidential = confidential;
  }

  /**
   * A field that must be given.
   *
   * @param <R> the record's Java type
   * @param <V> the value's Java type
   * @param name the JSON name
   * @param type the value type
   * @param getter reads the value from a record
   * @return the field, disclosed by default, labelled by its name split into words
   */
  public static <R, V> Field<R, V> required(
      String name, ValueType<V> type, Function<R, @Nullable V> getter) {
    return new Field<>(
        name,
        words(name),
        type,
        Presence.REQUIRED,
        null,
        true,
        getter,
        Disclosure.disclosed(),
        1,
        false);
  }

  /**
   * A field that may be left out and then has no value.
   *
   * @param <R> the record's Java type
   * @param <V> the value's Java type
   * @param name the JSON name
   * @param type the value type
   * @param getter reads the value from a record
   * @return the field, disclosed by default, labelled by its name split into words
   */
  public static <R, V> Field<R, V> optional(
      String name, ValueType<V> type, Function<R, @Nullable V> getter) {
    return new Field<>(
        name,
        words(name),
        type,
        Presence.OPTIONAL,
        null,
        false,
        getter,
        Disclosure.disclosed(),
        1,
        false);
  }

  /**
   * A field that may be left out and then takes a default. A scalar default is always written; an
   * empty collection default is left out when writing.
   *
   * @param <R> the record's Java type
   * @param <V> the value's Java type
   * @param name the JSON name
   * @param type the value type
   * @param defaultValue the value when left out
   * @param getter reads the value from a record
   * @return the field, disclosed by default, labelled by its name split into words
   */
  public static <R, V> Field<R, V> defaulted(
      String name, ValueType<V> type, V defaultValue, Function<R, @Nullable V> getter) {
    boolean writeDefault = !(defaultValue instanceof Collection<?>);
    return new Field<>(
        name,
        words(name),
        type,
        Presence.DEFAULTED,
        requireNonNull(defaultValue, "defaultValue"),
        writeDefault,
        getter,
        Disclosure.disclosed(),
        1,
        false);
  }

  /**
   * Returns the same field with another label.
   *
   * @param label the field's name in plain English, lower case, such as {@code "in service from"}
   * @return a new field, never null
   */
  public Field<R, V> label(String label) {
    return copy(label, disclosure, since, confidential);
  }

  /**
   * Returns the same field with another default disclosure.
   *
   * @param disclosure how a public answer treats it
   * @return a new field, never null
   */
  public Field<R, V> disclosure(Disclosure disclosure) {
    return copy(label, disclosure, since, confidential);
  }

  /**
   * Returns the same field, as one that came in a later version of the register format.
   *
   * @param schemaVersion the first schema version that has it
   * @return a new field, never null
   */
  public Field<R, V> since(int schemaVersion) {
    return copy(label, disclosure, schemaVersion, confidential);
  }

  /**
   * Returns the same field, marked confidential: never part of a public answer, and never printed,
   * exported or logged; only the register file keeps it (a covert authorisation reference, notes).
   *
   * @return a new field, never null
   */
  public Field<R, V> confidential() {
    return copy(label, Disclosure.never(), since, true);
  }

  private Field<R, V> copy(
      String newLabel, Disclosure newDisclosure, int newSince, boolean newConfidential) {
    return new Field<>(
        name,
        newLabel,
        type,
        presence,
        defaultValue,
        writeDefault,
        getter,
        newDisclosure,
        newSince,
        newConfidential);
  }

  void bind(int index) {
    if (this.index != -1) {
      throw new IllegalStateException("field " + name + " already belongs to a record type");
    }
    this.index = index;
  }

  int index() {
    return index;
  }

  /**
   * Returns the JSON name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the name in plain English for letters, reports and column headings.
   *
   * @return the label, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the value type.
   *
   * @return the type, never null
   */
  public ValueType<V> type() {
    return type;
  }

  /**
   * Returns whether the field must be given.
   *
   * @return the presence, never null
   */
  public Presence presence() {
    return presence;
  }

  /**
   * Returns whether the field must be given.
   *
   * @return true for {@link Presence#REQUIRED}
   */
  public boolean isRequired() {
    return presence == Presence.REQUIRED;
  }

  /**
   * Returns the value a record has when the field is left out: the default, or null.
   *
   * @return the default, or null when the field is required or optional
   */
  public @Nullable V defaultValue() {
    return defaultValue;
  }

  /**
   * Returns how a public answer treats the field by default.
   *
   * @return the disclosure, never null
   */
  public Disclosure disclosure() {
    return disclosure;
  }

  /**
   * Returns the first schema version of the register format that has the field.
   *
   * @return 1 or more
   */
  public int since() {
    return since;
  }

  /**
   * Returns whether the field is confidential: kept in the register file only, never printed,
   * exported, logged or disclosed.
   *
   * @return true for a confidential field
   */
  public boolean isConfidential() {
    return confidential;
  }

  /**
   * Reads the field's value from a record.
   *
   * @param record the record
   * @return the value, or null when the record has none
   */
  public @Nullable V get(R record) {
    return getter.apply(record);
  }

  /**
   * Returns whether a writer writes the field of a record: a required field always, a defaulted
   * scalar always, an empty default collection or an absent optional value never.
   *
   * @param value the record's value of this field, or null
   * @return true when it is written
   */
  public boolean isWritten(@Nullable V value) {
    if (value == null) {
      return false;
    }
    return writeDefault || !(value instanceof Collection<?> c && c.isEmpty());
  }

  @Override
  public String toString() {
    return name;
  }

  /** {@code inServiceFrom} becomes {@code "in service from"}. */
  private static String words(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append(' ').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
