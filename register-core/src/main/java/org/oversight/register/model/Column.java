package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of a flat view of a record (a table, a CSV file, a spreadsheet to import): a field, or
 * a field of a nested record named with a dot ({@code location.latitude}). The columns of a record
 * type come from its description, so a new field becomes a new column with no other change.
 * Confidential fields have no column: an authorisation reference or notes are never printed or
 * exported.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <R> the record's Java type
 */
public final class Column<R> {
  private final String name;
  private final String label;
  private final List<Field<?, ?>> path;
  private final Function<R, @Nullable Object> value;

  private Column(
      String name, String label, List<Field<?, ?>> path, Function<R, @Nullable Object> value) {
    this.name = name;
    this.label = label;
    this.path = List.copyOf(path);
    this.value = value;
  }

  /**
   * Returns the columns of a record type: each non-confidential field in description order, a
   * nested record's fields in its place with dotted names. Lists of records have no column.
   *
   * @param <R> the record's Java type
   * @param type the record type
   * @return an unmodifiable list, never null
   */
  public static <R> List<Column<R>> of(RecordType<R> type) {
    List<Column<R>> columns = new ArrayList<>();
    for (Field<R, ?> field : requireNonNull(type, "type").fields()) {
      add(columns, "", "", List.of(), field, r -> r);
    }
    return List.copyOf(columns);
  }

  private static <R, P, V> void add(
      List<Column<R>> columns,
      String prefix,
      String labelPrefix,
      List<Field<?, ?>> parents,
      Field<P, V> field,
      Function<R, @Nullable P> parent) {
    if (field.isConfidential() || field.type() instanceof ValueType.RecordList<?>) {
      return;
    }
    List<Field<?, ?>> path = new ArrayList<>(parents);
    path.add(field);
    Function<R, @Nullable V> get =
        r -> {
          P p = parent.apply(r);
          return p == null ? null : field.get(p);
        };
    if (field.type() instanceof ValueType.Nested<?> nested) {
      addNested(
          columns,
          prefix + field.name() + ".",
          labelPrefix + field.label() + " ",
          path,
          nested,
          get);
      return;
    }
    columns.add(
        new Column<>(
            prefix + field.name(),
            labelPrefix + field.label(),
            path,
            r -> {
              V v = get.apply(r);
              return v == null ? null : field.type().text(v);
            }));
  }

  @SuppressWarnings("unchecked") // a nested field's value is of its nested type
  private static <R, N> void addNested(
      List<Column<R>> columns,
      String prefix,
      String labelPrefix,
      List<Field<?, ?>> path,
      ValueType.Nested<N> nested,
      Function<R, ?> get) {
    for (Field<N, ?> inner : nested.type().fields()) {
      add(columns, prefix, labelPrefix, path, inner, r -> (N) get.apply(r));
    }
  }

  /**
   * Returns the column's name: the field's JSON name, dotted for a nested field.
   *
   * @return the name, such as {@code location.latitude}, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the column's heading in plain English.
   *
   * @return the label, such as {@code location latitude}, never null
   */
  public String label() {
    return label;
  }

  /**
   * Returns the fields from the record to the value, outermost first.
   *
   * @return an unmodifiable list of one or more fields, never null
   */
  public List<Field<?, ?>> path() {
    return path;
  }

  /**
   * Returns the field whose value the column shows.
   *
   * @return the last field of the path, never null
   */
  public Field<?, ?> field() {
    return path.get(path.size() - 1);
  }

  /**
   * Returns a record's value in this column as plain text (codes as written, dates ISO, lists
   * separated by {@code ;}), not yet escaped for printing.
   *
   * @param record the record
   * @return the text, or null when the record has no value here
   */
  public @Nullable String text(R record) {
    Object v = value.apply(record);
    return v == null ? null : v.toString();
  }

  @Override
  public String toString() {
    return name;
  }
}
