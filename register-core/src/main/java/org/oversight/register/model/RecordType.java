package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one description of a kind of record (an asset, a DPIA, a contract, money, a location, an
 * organisation and its FOI contact): its fields in the order the format writes them, how to build
 * one from field values, and the rules that span its fields.
 *
 * <p>Validation, the JSON reader and writer, the JSON Schema, table and CSV columns, public FOI
 * answers and the testkit's generators all work from these descriptions, so that a new field is
 * added in one place (see {@code docs/adding-a-field.md}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record's Java type
 */
public final class RecordType<R> {
  /** How a writer lays a record out. */
  public enum Layout {
    /** One field per line, so that a diff names the changed field (assets). */
    ONE_FIELD_PER_LINE,
    /** Fields filled to 100 columns (DPIAs, contracts, the organisation). */
    FILLED,
    /** On one line inside the record that holds it (money, a location). */
    INLINE
  }

  private final String name;
  private final Class<R> javaType;
  private final List<Field<R, ?>> fields;
  private final Map<String, Field<R, ?>> byName;
  private final Function<Values<R>, R> constructor;
  private final List<RecordRule<R>> rules;
  private final @Nullable Field<R, ?> idField;
  private final Layout layout;
  private final @Nullable Function<R, String> text;

  private RecordType(Builder<R> builder) {
    this.name = builder.name;
    this.javaType = builder.javaType;
    this.fields = List.copyOf(builder.fields);
    Map<String, Field<R, ?>> names = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      Field<R, ?> field = fields.get(i);
      if (names.put(field.name(), field) != null) {
        throw new IllegalArgumentException(name + ": field " + field.name() + " given twice");
      }
      field.bind(i);
    }
    this.byName = Collections.unmodifiableMap(names);
    this.constructor = requireNonNull(builder.constructor, "constructor");
    this.rules = List.copyOf(builder.rules);
    this.idField = builder.idField;
    this.layout = builder.layout;
    this.text = builder.text;
  }

  /**
   * Starts the description of a record type.
   *
   * @param <R> the record's Java type
   * @param name the record's name in messages and the schema, such as {@code "asset"}
   * @param javaType the record's class
   * @return a new builder, never null
   */
  public static <R> Builder<R> builder(String name, Class<R> javaType) {
    return new Builder<>(name, javaType);
  }

  /**
   * Returns the record's name, such as {@code "asset"}.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the record's class.
   *
   * @return the class, never null
   */
  public Class<R> javaType() {
    return javaType;
  }

  /**
   * Returns the fields in the order the format writes them.
   *
   * @return an unmodifiable list, never null
   */
  public List<Field<R, ?>> fields() {
    return fields;
  }

  /**
   * Returns the field with a JSON name.
   *
   * @param fieldName the name
   * @return the field, or empty when the record has none of that name
   */
  public Optional<Field<R, ?>> field(String fieldName) {
    return Optional.ofNullable(byName.get(fieldName));
  }

  /**
   * Returns the rules that span fields.
   *
   * @return an unmodifiable list, never null
   */
  public List<RecordRule<R>> rules() {
    return rules;
  }

  /**
   * Returns the field that identifies a record among its list, if the record has one.
   *
   * @return the identifier field, or empty
   */
  public Optional<Field<R, ?>> idField() {
    return Optional.ofNullable(idField);
  }

  /**
   * Returns how a writer lays the record out.
   *
   * @return the layout, never null
   */
  public Layout layout() {
    return layout;
  }

  /**
   * Returns the identifier of a record as text, if the record type has an identifier field.
   *
   * @param record the record
   * @return the identifier, or null
   */
  public @Nullable String id(R record) {
    return idField == null ? null : text(idField, record);
  }

  private static <R, V> @Nullable String text(Field<R, V> field, R record) {
    V value = field.get(record);
    return value == null ? null : field.type().text(value);
  }

  /**
   * Starts an empty set of field values for building a record.
   *
   * @return new values, none set, never null
   */
  public Values<R> newValues() {
    return new Values<>(this);
  }

  /**
   * Returns the field values of a record.
   *
   * @param record the record
   * @return new values holding each field of the record, never null
   */
  public Values<R> valuesOf(R record) {
    Values<R> values = new Values<>(this);
    for (Field<R, ?> field : fields) {
      values.setRaw(field.index(), field.get(record));
    }
    return values;
  }

  /**
   * Builds a record from field values. The record's own checks (non-null components) apply; the
   * rules of this description are checked by validation, not here.
   *
   * @param values the values, each required field set
   * @return the record, never null
   * @throws IllegalStateException if a required field is not set
   * @throws IllegalArgumentException if the values belong to another record type
   */
  public R construct(Values<R> values) {
    if (values.type() != this) {
      throw new IllegalArgumentException("values of " + values.type().name() + ", not " + name);
    }
    return constructor.apply(values);
  }

  /**
   * Returns whether a record breaks none of its fields' rules and none of its record rules.
   * Allocates nothing for a valid record: the fast path of validation.
   *
   * @param record the record
   * @return true when valid
   */
  public boolean isValid(R record) {
    for (int i = 0; i < fields.size(); i++) {
      if (!isValid(fields.get(i), record)) {
        return false;
      }
    }
    for (int i = 0; i < rules.size(); i++) {
      if (!rules.get(i).holds().test(record)) {
        return false;
      }
    }
    return true;
  }

  private static <R, V> boolean isValid(Field<R, V> field, R record) {
    V value = field.get(record);
    if (value == null) {
      return !field.isRequired();
    }
    return field.type().isValid(value);
  }

  /**
   * Reports every rule a record breaks, each at a JSON pointer relative to the record: each field's
   * rules in field order, then the rules that span fields.
   *
   * @param record the record
   * @param report takes a relative pointer and a one-line message
   */
  public void check(R record, BiConsumer<String, String> report) {
    for (Field<R, ?> field : fields) {
      check(field, record, report);
    }
    checkRules(record, report);
  }

  /**
   * Reports each record rule a record breaks, each at a JSON pointer relative to the record. For a
   * reader that has checked every field value as it read it.
   *
   * @param record the record, whose fields are each valid
   * @param report takes a relative pointer and a one-line message
   */
  public void checkRules(R record, BiConsumer<String, String> report) {
    for (RecordRule<R> rule : rules) {
      if (!rule.holds().test(record)) {
        report.accept(
            rule.field().isEmpty() ? "" : "/" + rule.field(), rule.message().apply(record));
      }
    }
  }

  /**
   * Returns every problem of a record, each as a relative pointer and a message.
   *
   * @param record the record
   * @return the problems as pointer and message pairs, in field order; empty when valid
   */
  public List<Map.Entry<String, String>> problems(R record) {
    List<Map.Entry<String, String>> problems = new ArrayList<>();
    check(record, (pointer, message) -> problems.add(Map.entry(pointer, message)));
    return problems;
  }

  private static <R, V> void check(Field<R, V> field, R record, BiConsumer<String, String> out) {
    V value = field.get(record);
    String pointer = "/" + field.name();
    if (value == null) {
      if (field.isRequired()) {
        out.accept(pointer, "is required");
      }
      return;
    }
    field.type().check(value, (rel, message) -> out.accept(pointer + rel, message));
  }

  /**
   * Returns a record as one line of plain text, for a table cell: money as {@code 125000.00 GBP}, a
   * location as {@code 51.7356,0.4685}, otherwise each written field as {@code name=value}.
   *
   * @param record the record
   * @return the text, never null
   */
  public String text(R record) {
    if (text != null) {
      return text.apply(record);
    }
    StringBuilder out = new StringBuilder();
    for (Field<R, ?> field : fields) {
      appendText(out, field, record);
    }
    return out.toString();
  }

  private static <R, V> void appendText(StringBuilder out, Field<R, V> field, R record) {
    V value = field.get(record);
    if (field.isWritten(value) && value != null) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(field.name()).append('=').append(field.type().text(value));
    }
  }

  @Override
  public String toString() {
    return "RecordType[" + name + "]";
  }

  /**
   * Builds a {@link RecordType}. Not thread-safe.
   *
   * @param <R> the record's Java type
   */
  public static final class Builder<R> {
    private final String name;
    private final Class<R> javaType;
    private final List<Field<R, ?>> fields = new ArrayList<>();
    private @Nullable Function<Values<R>, R> constructor;
    private final List<RecordRule<R>> rules = new ArrayList<>();
    private @Nullable Field<R, ?> idField;
    private Layout layout = Layout.FILLED;
    private @Nullable Function<R, String> text;

    private Builder(String name, Class<R> javaType) {
      this.name = requireNonNull(name, "name");
      this.javaType = requireNonNull(javaType, "javaType");
    }

    /**
     * Adds fields, in the order the format writes them.
     *
     * @param fields the fields
     * @return this builder
     */
    @SafeVarargs
    public final Builder<R> fields(Field<R, ?>... fields) {
      for (Field<R, ?> field : fields) {
        this.fields.add(requireNonNull(field, "field"));
      }
      return this;
    }

    /**
     * Sets the field that identifies a record among its list; it must be one of the fields.
     *
     * @param idField the field
     * @return this builder
     */
    public Builder<R> id(Field<R, ?> idField) {
      this.idField = requireNonNull(idField, "idField");
      return this;
    }

    /**
     * Sets how a record is built from its field values.
     *
     * @param constructor builds a record; reads fields with {@link Values#get} and {@link
     *     Values#require}
     * @return this builder
     */
    public Builder<R> constructor(Function<Values<R>, R> constructor) {
      this.constructor = requireNonNull(constructor, "constructor");
      return this;
    }

    /**
     * Adds a rule that spans fields.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder<R> rule(RecordRule<R> rule) {
      rules.add(requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Sets how a writer lays a record out; {@link Layout#FILLED} unless set.
     *
     * @param layout the layout
     * @return this builder
     */
    public Builder<R> layout(Layout layout) {
      this.layout = requireNonNull(layout, "layout");
      return this;
    }

    /**
     * Sets how a record reads as one line of plain text.
     *
     * @param text the text of a record
     * @return this builder
     */
    public Builder<R> text(Function<R, String> text) {
      this.text = requireNonNull(text, "text");
      return this;
    }

    /**
     * Builds the description, binding each field to it.
     *
     * @return the description, never null
     * @throws IllegalArgumentException if two fields share a name, or the id field is not one of
     *     the fields
     * @throws IllegalStateException if a field already belongs to another description, or no
     *     constructor was set
     */
    public RecordType<R> build() {
      if (constructor == null) {
        throw new IllegalStateException(name + ": no constructor");
      }
      if (idField != null && !fields.contains(idField)) {
        throw new IllegalArgumentException(name + ": the id field is not one of the fields");
      }
      for (RecordRule<R> rule : rules) {
        if (!rule.field().isEmpty()
            && fields.stream().noneMatch(f -> f.name().equals(rule.field()))) {
          throw new IllegalArgumentException(name + ": a rule names no field " + rule.field());
        }
      }
      return new RecordType<>(this);
    }
  }
}
