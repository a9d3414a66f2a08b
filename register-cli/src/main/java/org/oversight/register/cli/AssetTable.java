package org.oversight.register.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.ValueType;
import org.oversight.register.text.Printable;

/**
 * Prints assets as an aligned table, CSV or JSON, one column per field of the asset description
 * ({@link Column#of}): a new field is a new column. Confidential fields (covert authorisation
 * references, notes) have no column: they stay in the register file. Every value is made safe to
 * print ({@link Printable}): one line, no control or bidirectional character, no spreadsheet
 * formula.
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

  /**
   * An aligned table in two passes over the assets: the first measures each column, the second
   * prints, so that memory does not grow with the number of rows (a million-asset register prints
   * in the heap the register itself needs).
   */
  private static void table(List<Asset> assets, PrintWriter out) {
    int[] widths = new int[COLUMNS.size()];
    String[] row = new String[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      widths[c] = COLUMNS.get(c).name().length();
    }
    for (Asset asset : assets) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        widths[c] = Math.max(widths[c], cell(c, asset).length());
      }
    }
    for (int c = 0; c < COLUMNS.size(); c++) {
      row[c] = COLUMNS.get(c).name();
    }
    printRow(row, widths, out);
    long units = 0;
    for (Asset asset : assets) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        row[c] = cell(c, asset);
      }
      printRow(row, widths, out);
      units += asset.quantity();
    }
    out.println(
        assets.size() + (assets.size() == 1 ? " entry, " : " entries, ") + units + " units");
  }

  private static String cell(int column, Asset asset) {
    return Printable.line(text(COLUMNS.get(column), asset));
  }

  private static void printRow(String[] row, int[] widths, PrintWriter out) {
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
   * One RFC 4180 cell, safe to open in a spreadsheet and to print: see {@link Printable#csvCell}.
   */
  static String csvCell(String value) {
    return Printable.csvCell(value);
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
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      int width = Character.charCount(codePoint);
      switch (codePoint) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Lossless, and nothing a terminal would act on: controls, separators, bidirectional
          // and other format characters, lone surrogates.
          if (Printable.isEscaped(codePoint)) {
            for (char c : Character.toChars(codePoint)) {
              out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
          } else {
            out.append(value, i, i + width);
          }
        }
      }
      i += width;
    }
    return out.append('"').toString();
  }
}
