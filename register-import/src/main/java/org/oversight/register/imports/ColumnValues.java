package org.oversight.register.imports;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;

/**
 * A value for some of the flat columns of an asset ({@link Column#of}), as the mapping's {@code
 * defaults} hold them. Described by {@link #TYPE}, a record type made from the asset's columns (one
 * optional field per column, named and typed as the column's field), so that register-json's reader
 * reads a default with the same rules and messages as the same field of a register file.
 */
final class ColumnValues {
  /** The columns of an asset, in description order: the names a mapping uses. */
  static final List<Column<Asset>> COLUMNS = Column.of(Asset.TYPE);

  private static final List<Field<ColumnValues, ?>> FIELDS = new ArrayList<>();

  /** One optional field per column of {@link #COLUMNS}, of the column's value type. */
  static final RecordType<ColumnValues> TYPE = describe();

  private final @Nullable Object[] values;

  private ColumnValues(@Nullable Object[] values) {
    this.values = values;
  }

  private static RecordType<ColumnValues> describe() {
    for (int i = 0; i < COLUMNS.size(); i++) {
      Column<Asset> column = COLUMNS.get(i);
      FIELDS.add(field(column.name(), column.field().type(), i).label(column.label()));
    }
    RecordType.Builder<ColumnValues> builder =
        RecordType.builder("asset columns", ColumnValues.class);
    for (Field<ColumnValues, ?> field : FIELDS) {
      builder.fields(field);
    }
    return builder
        .constructor(
            v -> {
              Object[] values = new Object[FIELDS.size()];
              for (int i = 0; i < values.length; i++) {
                values[i] = v.get(FIELDS.get(i));
              }
              return new ColumnValues(values);
            })
        .build();
  }

  @SuppressWarnings("unchecked") // the array holds a V at this index
  private static <V> Field<ColumnValues, V> field(String name, ValueType<V> type, int index) {
    return Field.optional(name, type, c -> (V) c.values[index]);
  }

  /** The value of the column at an index of {@link #COLUMNS}, or null. */
  @Nullable Object get(int index) {
    return values[index];
  }

  /** The index of a column name in {@link #COLUMNS}, or -1. */
  static int indexOf(String name) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (COLUMNS.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The column names, comma separated, for a message. */
  static String names() {
    StringBuilder out = new StringBuilder();
    for (Column<Asset> column : COLUMNS) {
      out.append(out.length() == 0 ? "" : ", ").append(column.name());
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "ColumnValues";
  }
}
