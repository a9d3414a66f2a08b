package org.oversight.register.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.ValueType;

/**
 * Prints assets as an aligned table, CSV or JSON, one column per field of the asset description
 * ({@link Column#of}): a new field is a new column. Confidential fields (covert authorisation
 * references, notes) have no column: they stay in the register file.
 */
final class AssetTable {
  private static final List<Column<Asset>> COLUMNS = Column.of(Asset.TYPE);

  private AssetTable() {}

  static void print(List<Asset> assets, OutputFormat format, PrintWriter out) {
    switch (format) {
      case table -> table(assets, out);
      case csv -> csv(assets, out);
      case json -> json(assets, out);
    }
  }

  private static String text(Column<Asset> column, Asset asset) {
    String value = column.text(asset);
    return value == null ? "" : value;
  }

  private static void table(List<Asset> assets, PrintWriter out) {
    int[] widths = new int[COLUMNS.size()];
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      header[c] = COLUMNS.get(c).name();
    }
    rows.add(header);
    for (Asset asset : assets) {
      String[] row = new String[COLUMNS.size()];
      for (int c = 0; c < COLUMNS.size(); c++) {
        row[c] = printable(text(COLUMNS.get(c), asset));
      }
      rows.add(row);
    }
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          line.append("  ");
        }
        line.append(row[c]);
        if (c < row.length - 1) {
          line.append(" ".repeat(widths[c] - row[c].length()));
        }
      }
      out.println(line.toString().stripTrailing());
    }
    out.println(
        assets.size()
            + (assets.size() == 1 ? " entry, " : " entries, ")
            + assets.stream().mapToLong(Asset::quantity).sum()
            + " units");
  }

  /** Control characters would break the table's alignment or the terminal: show them escaped. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void csv(List<Asset> assets, PrintWriter out) {
    out.print(COLUMNS.stream().map(Column::name).collect(Collectors.joining(",")));
    out.print("\r\n");
    for (Asset asset : assets) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < COLUMNS.size(); c++) {
        if (c > 0) {
          line.append(',');
        }
        line.append(csvCell(text(COLUMNS.get(c), asset)));
      }
      out.print(line);
      out.print("\r\n");
    }
  }

  /**
   * One RFC 4180 cell, safe to open in a spreadsheet: a cell that a spreadsheet would take as a
   * formula (starting with {@code = + - @}, or a tab or carriage return) gets a leading apostrophe.
   */
  static String csvCell(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.indexOf(',') >= 0
        || safe.indexOf('"') >= 0
        || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  private static void json(List<Asset> assets, PrintWriter out) {
    out.println("[");
    for (int i = 0; i < assets.size(); i++) {
      Asset asset = assets.get(i);
      StringBuilder line = new StringBuilder("  {");
      boolean first = true;
      for (Column<Asset> column : COLUMNS) {
        String value = column.text(asset);
        if (value == null) {
          continue;
        }
        if (!first) {
          line.append(", ");
        }
        first = false;
        line.append(jsonString(column.name())).append(": ").append(jsonValue(column, value));
      }
      line.append(i < assets.size() - 1 ? "}," : "}");
      out.println(line);
    }
    out.println("]");
  }

  /** Numbers and booleans as themselves, lists as arrays of strings, the rest as strings. */
  private static String jsonValue(Column<Asset> column, String text) {
    ValueType<?> type = column.field().type();
    if (type instanceof ValueType.Flag
        || type instanceof ValueType.WholeNumber
        || type instanceof ValueType.Degrees) {
      return text;
    }
    if (type instanceof ValueType.Capabilities || type instanceof ValueType.IdList) {
      StringBuilder array = new StringBuilder("[");
      int from = 0;
      while (!text.isEmpty() && from <= text.length()) {
        int end = text.indexOf(';', from);
        String element = text.substring(from, end < 0 ? text.length() : end);
        array.append(array.length() > 1 ? ", " : "").append(jsonString(element));
        from = end < 0 ? text.length() + 1 : end + 1;
      }
      return array.append(']').toString();
    }
    return jsonString(text);
  }

  static String jsonString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
