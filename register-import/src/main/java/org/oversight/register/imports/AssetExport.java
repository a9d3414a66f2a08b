package org.oversight.register.imports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.oversight.register.AssetRegister;
import org.oversight.register.compliance.RestrictionList;
import org.oversight.register.compliance.RestrictionLists;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.vendor.VendorDirectory;
import org.oversight.register.vendor.VendorGroup;
import org.oversight.register.vendor.VendorMatch;

/**
 * Writes assets out, one row or one line per asset, for spreadsheets and for engines that aggregate
 * many registers. Confidential fields (covert authorisation references, notes) are never written:
 * they stay in the register file.
 *
 * <ul>
 *   <li>{@link #csv CSV} (RFC 4180, CRLF line ends): one column per asset column ({@link
 *       Column#of}, nested fields dotted: {@code location.latitude}), in description order, so a
 *       field added to the description is a new column. Lists are joined with {@code ;}. A cell
 *       that a spreadsheet would run as a formula (starting {@code = + - @}, a tab, a carriage
 *       return, or the full-width {@code ＝ ＋ － ＠}) gets a leading apostrophe, unless it is a plain
 *       number such as the longitude {@code -2.288022}; the importer takes that apostrophe off, so
 *       an export imports back to the same register ({@link #mappingFor}).
 *   <li>{@link #jsonLines JSON Lines}: each asset as the register file writes it ({@link
 *       RegisterJson#writeRecordForExport}), followed by three members computed by this library so
 *       that an engine needs none of its vendor knowledge: {@code organisation} (its name), {@code
 *       vendorGroup} (the corporate group of the manufacturer or brand on the register's as-at
 *       date, or null when unknown) and {@code vendorsOfConcern} (the vendors on the restriction
 *       lists in force that day that the asset belongs to).
 * </ul>
 *
 * <p>Both write as they go: memory does not grow with the number of assets. Stateless.
 */
public final class AssetExport {
  private static final List<Column<Asset>> COLUMNS = ColumnValues.COLUMNS;
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** The members each JSON line adds after the asset's own. */
  public static final List<String> DERIVED_MEMBERS =
      List.of("organisation", "vendorGroup", "vendorsOfConcern");

  private AssetExport() {}

  /**
   * Writes assets as CSV with a header row. The writer is flushed, not closed.
   *
   * @param assets the assets, in the order to write
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void csv(Iterable<Asset> assets, Writer out) throws IOException {
    requireNonNull(assets, "assets");
    requireNonNull(out, "out");
    StringBuilder line = new StringBuilder(512);
    for (int c = 0; c < COLUMNS.size(); c++) {
      line.append(c == 0 ? "" : ",").append(cell(COLUMNS.get(c).name()));
    }
    out.append(line).append("\r\n");
    for (Asset asset : assets) {
      line.setLength(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        String text = COLUMNS.get(c).text(asset);
        line.append(c == 0 ? "" : ",").append(text == null ? "" : cell(text));
      }
      out.append(line).append("\r\n");
    }
    out.flush();
  }

  /**
   * One CSV cell (RFC 4180), safe to open in a spreadsheet: the value exactly, with a leading
   * apostrophe if a spreadsheet would take it for a formula (a plain number excepted), quoted when
   * it holds a comma, a quote or a line break.
   *
   * @param value the value
   * @return the cell, never null
   */
  public static String cell(String value) {
    String safe = value;
    if (!safe.isEmpty()
        && Cells.FORMULA_STARTS.indexOf(safe.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(safe).matches()) {
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

  /**
   * Writes assets of a register as JSON Lines: one object per line, the asset's fields then {@link
   * #DERIVED_MEMBERS}, as at the register's as-at date, with the standard restriction lists. The
   * writer is flushed, not closed.
   *
   * @param register the register the assets belong to (its organisation, date and vendors)
   * @param assets the assets, in the order to write
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void jsonLines(AssetRegister register, Iterable<Asset> assets, Writer out)
      throws IOException {
    requireNonNull(register, "register");
    requireNonNull(assets, "assets");
    requireNonNull(out, "out");
    LocalDate date = register.asAt();
    VendorDirectory vendors = register.vendors();
    Set<VendorGroup> concern = new LinkedHashSet<>();
    for (RestrictionList list : RestrictionLists.standard().lists()) {
      if (list.isInForceOn(date)) {
        list.entries().forEach(e -> concern.add(vendors.vendorNamed(e.vendor())));
      }
    }
    StringBuilder organisation = new StringBuilder();
    JsonTree.quote(register.organisation().name(), organisation);
    RegisterJson json = RegisterJson.standard();
    StringBuilder line = new StringBuilder(512);
    List<String> matched = new ArrayList<>();
    for (Asset asset : assets) {
      line.setLength(0);
      String record = json.writeRecordForExport(Asset.TYPE, asset);
      line.append(record, 0, record.length() - 1);
      line.append(", \"organisation\": ").append(organisation);
      VendorMatch match = vendors.resolve(asset.manufacturer(), asset.brand(), date);
      line.append(", \"vendorGroup\": ");
      if (match.isUnknown()) {
        line.append("null");
      } else {
        JsonTree.quote(match.group().orElseThrow().name(), line);
      }
      matched.clear();
      for (VendorGroup vendor : concern) {
        if (vendors.matches(asset.manufacturer(), asset.brand(), vendor, date)) {
          matched.add(vendor.name());
        }
      }
      line.append(", \"vendorsOfConcern\": [");
      for (int i = 0; i < matched.size(); i++) {
        if (i > 0) {
          line.append(", ");
        }
        JsonTree.quote(matched.get(i), line);
      }
      line.append("]}\n");
      out.append(line);
    }
    out.flush();
  }

  /**
   * Returns the mapping that imports this class's CSV back: every column mapped to the header of
   * its own name, for a register of the given organisation and date.
   *
   * @param contents the register whose organisation and as-at date the mapping names
   * @return the mapping document, JSON text, never null
   */
  public static String mappingFor(RegisterContents contents) {
    requireNonNull(contents, "contents");
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"mappingVersion\": ").append(ImportMapping.VERSION).append(",\n");
    out.append("  \"organisation\": ")
        .append(
            RegisterJson.standard()
                .writeRecord(
                    org.oversight.register.model.Organisation.TYPE, contents.organisation()))
        .append(",\n");
    out.append("  \"asAt\": \"").append(contents.asAt()).append("\",\n");
    out.append("  \"columns\": {");
    for (int c = 0; c < COLUMNS.size(); c++) {
      String name = COLUMNS.get(c).name();
      out.append(c == 0 ? "\n    " : ",\n    ");
      JsonTree.quote(name, out);
      out.append(": ");
      JsonTree.quote(name, out);
    }
    out.append("\n  }\n}\n");
    return out.toString();
  }
}
