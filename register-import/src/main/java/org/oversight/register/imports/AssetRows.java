package org.oversight.register.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.Field;
import org.oversight.register.model.Location;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.model.Values;
import org.oversight.register.validation.Problem;

/**
 * Turns the rows of one spreadsheet into assets, following the asset's description: a plan made
 * once from {@link Asset#TYPE} and the mapping says, for each field (each field of a nested record
 * such as the location), which column holds it, its default and its mapped values; each row then
 * fills a {@link Values} of the record type field by field, every cell read by {@link Cells} for
 * its field's {@link ValueType}. No list of asset fields is written here: a field added to the
 * description is imported with no change.
 *
 * <p>Rows are taken one at a time and not kept; only the assets made and their row numbers are.
 * Used once, by one thread.
 */
final class AssetRows implements Sources.RowHandler {
  /** The most problems reported before the import stops reading. */
  static final int MAX_PROBLEMS = 1000;

  /** UK data: latitudes and longitudes of Great Britain, Northern Ireland and the islands. */
  private static final BigDecimal UK_LATITUDE_MIN = BigDecimal.valueOf(49);

  private static final BigDecimal UK_LATITUDE_MAX = BigDecimal.valueOf(61);
  private static final BigDecimal UK_LONGITUDE_MIN = BigDecimal.valueOf(-9);
  private static final BigDecimal UK_LONGITUDE_MAX = BigDecimal.valueOf(2);

  /** Distinct texts remembered per column, so that repeated values are read once and shared. */
  private static final int CACHE_LIMIT = 4096;

  private final ImportMapping mapping;
  private final String source;
  final Found found;
  private @Nullable RecordPlan<Asset> plan;
  private int headerRow;
  private int headerWidth;

  final List<Asset> assets = new ArrayList<>();
  final List<Integer> rows = new ArrayList<>();
  private final Map<String, Integer> idRows = new HashMap<>();

  AssetRows(ImportMapping mapping, String source, Found found) {
    this.mapping = mapping;
    this.source = source;
    this.found = found;
  }

  /** The problems of an import, each with its column's heading; in the order found. */
  static final class Found {
    final String source;
    final List<Problem> problems = new ArrayList<>();
    final List<String> columns = new ArrayList<>();

    Found(String source) {
      this.source = source;
    }

    void add(Problem problem, String column) {
      problems.add(problem);
      columns.add(column);
    }

    boolean isFull() {
      return problems.size() >= MAX_PROBLEMS;
    }

    boolean isEmpty() {
      return problems.isEmpty();
    }
  }

  /** Thrown to stop reading: the header is unusable, or the problem limit is reached. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Whether a header was found. */
  boolean hasHeader() {
    return plan != null;
  }

  /** The row an asset was read from, by its place in {@link #assets}. */
  int rowOf(int index) {
    return rows.get(index);
  }

  /** The heading of the column holding a flat field, {@code (default)}, or empty. */
  String columnName(String field) {
    String header = mapping.columns().get(field);
    if (header != null) {
      return header;
    }
    return mapping.defaults().containsKey(field) ? "(default)" : "";
  }

  /** The number of the column holding a flat field, from 1, or 0. */
  int columnNumber(String field) {
    Leaf leaf = plan == null ? null : plan.leaf(field);
    return leaf == null ? 0 : leaf.column + 1;
  }

  @Override
  public void row(int row, List<String> cells) {
    if (plan == null) {
      if (isBlank(cells)) {
        return;
      }
      header(row, cells);
      return;
    }
    if (isBlank(cells)) {
      return; // blank rows are skipped
    }
    if (cells.size() > headerWidth) {
      report(
          row,
          headerWidth + 1,
          "column " + (headerWidth + 1),
          "",
          "the row has "
              + cells.size()
              + " cells and the header "
              + headerWidth
              + ": a cell that holds the delimiter must be quoted");
      return;
    }
    RowContext context = new RowContext(row, cells);
    Asset asset = build(requireNonNull(plan), context);
    if (asset == null || context.broken) {
      return;
    }
    String id = asset.id().value();
    Integer first = idRows.putIfAbsent(id, row);
    if (first != null) {
      report(
          row,
          columnNumber(Asset.ID.name()),
          columnName(Asset.ID.name()),
          "/" + Asset.ID.name(),
          "the id \"" + id + "\" is also the id of row " + first + ": ids must be unique");
      return;
    }
    assets.add(asset);
    rows.add(row);
  }

  private static <T> T requireNonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("no header yet");
    }
    return value;
  }

  private static boolean isBlank(List<String> cells) {
    for (String cell : cells) {
      if (!Cells.isBlank(cell)) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ the header

  private void header(int row, List<String> cells) {
    headerRow = row;
    headerWidth = cells.size();
    List<String> headers = new ArrayList<>();
    for (String cell : cells) {
      headers.add(Cells.clean(cell));
    }
    Map<String, Integer> columnOf = new LinkedHashMap<>();
    boolean ok = true;
    for (Map.Entry<String, String> entry : mapping.columns().entrySet()) {
      String field = entry.getKey();
      String wanted = entry.getValue();
      List<Integer> matches = new ArrayList<>();
      for (int c = 0; c < headers.size(); c++) {
        if (headers.get(c).equalsIgnoreCase(wanted)) {
          matches.add(c);
        }
      }
      String pointer = "/" + field.replace('.', '/');
      if (matches.isEmpty()) {
        ok = false;
        report(
            row,
            0,
            wanted,
            pointer,
            "no column is headed " + quoteHeader(wanted) + "; the headers are " + list(headers));
      } else if (matches.size() > 1) {
        ok = false;
        report(
            row,
            matches.get(1) + 1,
            wanted,
            pointer,
            "columns "
                + (matches.get(0) + 1)
                + " and "
                + (matches.get(1) + 1)
                + " are both headed "
                + quoteHeader(wanted)
                + ": rename one");
      } else {
        columnOf.put(field, matches.get(0));
      }
    }
    if (!ok) {
      throw new Stop();
    }
    plan = RecordPlan.of(Asset.TYPE, "", mapping, columnOf);
  }

  private static String quoteHeader(String header) {
    StringBuilder out = new StringBuilder();
    JsonTree.quote(header.length() > 80 ? header.substring(0, 77) + "..." : header, out);
    return out.toString();
  }

  private static String list(List<String> headers) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (String header : headers) {
      if (header.isEmpty()) {
        continue;
      }
      if (shown++ == 30) {
        out.append(", ...");
        break;
      }
      out.append(out.length() == 0 ? "" : ", ").append(quoteHeader(header));
    }
    return out.length() == 0 ? "none" : out.toString();
  }

  int headerRow() {
    return headerRow;
  }

  // ------------------------------------------------------------------ rows

  /** One row being read. */
  private static final class RowContext {
    final int row;
    final List<String> cells;
    boolean broken;

    RowContext(int row, List<String> cells) {
      this.row = row;
      this.cells = cells;
    }
  }

  /** How one record type is filled from a row: a plan per field. */
  private static final class RecordPlan<R> {
    final RecordType<R> type;
    final List<FieldPlan<R>> fields = new ArrayList<>();

    private RecordPlan(RecordType<R> type) {
      this.type = type;
    }

    static <R> RecordPlan<R> of(
        RecordType<R> type, String prefix, ImportMapping mapping, Map<String, Integer> columnOf) {
      RecordPlan<R> plan = new RecordPlan<>(type);
      for (Field<R, ?> field : type.fields()) {
        if (field.isConfidential() || field.type() instanceof ValueType.RecordList<?>) {
          continue; // no column: never imported (Column.of has none either)
        }
        String name = prefix + field.name();
        if (field.type() instanceof ValueType.Nested<?> nested) {
          plan.fields.add(
              new FieldPlan<>(
                  field, null, RecordPlan.of(nested.type(), name + ".", mapping, columnOf)));
        } else {
          Integer column = columnOf.get(name);
          Object defaultValue = mapping.defaults().get(name);
          if (column == null && defaultValue == null) {
            continue; // the mapping does not hold it: the description's default, or nothing
          }
          plan.fields.add(
              new FieldPlan<>(
                  field,
                  new Leaf(
                      name,
                      column == null ? -1 : column,
                      defaultValue,
                      mapping.values().getOrDefault(name, Map.of()),
                      mapping.columns().getOrDefault(name, "(default)")),
                  null));
        }
      }
      return plan;
    }

    @Nullable Leaf leaf(String name) {
      for (FieldPlan<R> field : fields) {
        if (field.leaf != null && field.leaf.name.equals(name)) {
          return field.leaf;
        }
        if (field.nested != null) {
          Leaf inner = field.nested.leaf(name);
          if (inner != null) {
            return inner;
          }
        }
      }
      return null;
    }
  }

  /** One field: a leaf read from a cell, or a nested record. */
  private record FieldPlan<R>(
      Field<R, ?> field, @Nullable Leaf leaf, @Nullable RecordPlan<?> nested) {}

  /** Where a flat field's value comes from. */
  private static final class Leaf {
    final String name;
    final int column;
    final @Nullable Object defaultValue;
    final Map<String, Object> values;
    final String heading;
    final Map<String, Object> cache = new HashMap<>();
    final String pointer;

    Leaf(
        String name,
        int column,
        @Nullable Object defaultValue,
        Map<String, Object> values,
        String heading) {
      this.name = name;
      this.column = column;
      this.defaultValue = defaultValue;
      this.values = values;
      this.heading = heading;
      this.pointer = "/" + name.replace('.', '/');
    }
  }

  /** Fills a record from a row; null when nothing was given for it or a value was bad. */
  private <R> @Nullable R build(RecordPlan<R> plan, RowContext context) {
    Values<R> values = plan.type.newValues();
    boolean any = false;
    boolean bad = false;
    for (FieldPlan<R> field : plan.fields) {
      Object value;
      if (field.nested() != null) {
        value = build(field.nested(), context);
      } else {
        value = read(requireNonNull(field.leaf()), field.field(), context);
        if (value == BAD) {
          bad = true;
          continue;
        }
      }
      if (value != null) {
        any = true;
        set(values, field.field(), value);
      }
    }
    if (bad) {
      context.broken = true;
      return null;
    }
    if (!any && plan.type != Asset.TYPE) {
      return null; // nothing given for an optional nested record
    }
    for (FieldPlan<R> field : plan.fields) {
      if (field.field().isRequired() && !values.isSet(field.field())) {
        missing(field, context);
      }
    }
    for (Field<R, ?> field : plan.type.fields()) {
      if (field.isRequired()
          && !values.isSet(field)
          && field.defaultValue() == null
          && !planned(plan, field)) {
        // Required by the description, held by no column or default: the mapping's rules prevent
        // this for assets; a nested record's missing part is reported here.
        context.broken = true;
      }
    }
    if (context.broken) {
      return null;
    }
    R record;
    try {
      record = plan.type.construct(values);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      context.broken = true;
      return null;
    }
    if (record instanceof Location location) {
      swapped(location, context);
    }
    return record;
  }

  private static <R> boolean planned(RecordPlan<R> plan, Field<R, ?> field) {
    for (FieldPlan<R> planned : plan.fields) {
      if (planned.field() == field) {
        return true;
      }
    }
    return false;
  }

  private <R> void missing(FieldPlan<R> field, RowContext context) {
    context.broken = true;
    Leaf leaf = field.leaf();
    if (leaf != null) {
      report(
          context.row,
          leaf.column + 1,
          leaf.heading,
          leaf.pointer,
          "is blank, and the mapping has no default for it");
    } else if (field.nested() != null) {
      // Reported by the nested record's own missing parts.
      context.broken = true;
    }
  }

  @SuppressWarnings("unchecked") // the value was read for this field's type
  private static <R, V> void set(Values<R> values, Field<R, V> field, Object value) {
    values.set(field, (V) value);
  }

  /** A marker: the cell was bad (reported). */
  private static final Object BAD = new Object();

  private @Nullable Object read(Leaf leaf, Field<?, ?> field, RowContext context) {
    String raw =
        leaf.column >= 0 && leaf.column < context.cells.size()
            ? context.cells.get(leaf.column)
            : null;
    String text = Cells.clean(raw);
    if (text.isEmpty()) {
      if (leaf.defaultValue != null || leaf.column < 0) {
        return leaf.defaultValue;
      }
      // A blank list cell is an empty list: "no capabilities recorded", "no DPIA".
      if (field.type() instanceof ValueType.Capabilities) {
        return new java.util.TreeSet<>();
      }
      return field.type() instanceof ValueType.IdList ? List.of() : null;
    }
    if (field == Asset.ID && mapping.idPrefix().isPresent()) {
      text = mapping.idPrefix().get() + text;
    }
    if (text.startsWith("ERROR:#")
        || text.startsWith("#N/A")
        || text.startsWith("#REF!")
        || text.startsWith("#VALUE!")
        || text.startsWith("#DIV/0!")
        || text.startsWith("#NAME?")) {
      report(
          context.row,
          leaf.column + 1,
          leaf.heading,
          leaf.pointer,
          "the cell holds a spreadsheet error, not a value: fix the formula");
      return BAD;
    }
    if (text.indexOf('\uFFFD') >= 0) {
      report(context.row, leaf.column + 1, leaf.heading, leaf.pointer, notText());
      return BAD;
    }
    Object cached = leaf.cache.get(text);
    if (cached != null) {
      return cached;
    }
    boolean[] failed = new boolean[1];
    Object value =
        Cells.read(
            field.type(),
            text,
            mapping.listSeparator(),
            leaf.values,
            message -> {
              failed[0] = true;
              report(context.row, leaf.column + 1, leaf.heading, leaf.pointer, message);
            });
    if (failed[0] || value == null) {
      return BAD;
    }
    ValueType<?> type = field.type();
    boolean shared =
        type instanceof ValueType.Text t
            ? t.repeats()
            : !type.isFreeText()
                && !(type instanceof ValueType.Identifier<?>)
                && !(type instanceof ValueType.Degrees);
    if (shared && leaf.cache.size() < CACHE_LIMIT) {
      leaf.cache.put(text, value);
    }
    return value;
  }

  private String notText() {
    boolean utf8 = mapping.encoding().equals(java.nio.charset.StandardCharsets.UTF_8);
    return "the cell holds bytes that are not "
        + mapping.encoding().name()
        + " text"
        + (utf8
            ? " (a CSV saved by Excel on Windows is windows-1252: say \"encoding\":"
                + " \"windows-1252\" in the mapping)"
            : "");
  }

  /** UK data: a latitude in the UK's longitudes and a longitude in its latitudes is a swap. */
  private void swapped(Location location, RowContext context) {
    BigDecimal latitude = location.latitude();
    BigDecimal longitude = location.longitude();
    if (latitude.compareTo(UK_LONGITUDE_MIN) >= 0
        && latitude.compareTo(UK_LONGITUDE_MAX) <= 0
        && longitude.compareTo(UK_LATITUDE_MIN) >= 0
        && longitude.compareTo(UK_LATITUDE_MAX) <= 0) {
      String name = "location.latitude";
      report(
          context.row,
          columnNumber(name),
          columnName(name),
          "/location/latitude",
          "latitude and longitude look swapped: the latitude is in the UK's range of longitudes"
              + " (-9 to 2) and the longitude in its range of latitudes (49 to 61); check which"
              + " column is which");
      context.broken = true;
    }
  }

  void report(int row, int column, String columnName, String pointer, String message) {
    found.add(new Problem(source, row, Math.max(column, 0), pointer, null, message), columnName);
    if (found.isFull()) {
      throw new Stop();
    }
  }

  /** The columns of the asset, for the export and the mapping names. */
  static List<Column<Asset>> columns() {
    return ColumnValues.COLUMNS;
  }
}
