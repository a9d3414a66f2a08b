package org.oversight.register.imports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Asset;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.Problem;

/**
 * Imports a spreadsheet (CSV or XLSX) into a register through an {@link ImportMapping}: every row
 * that is not blank becomes one asset, every cell read for its field's type and checked by its
 * rules, then the whole register checked by {@link RegisterValidator} and each of its problems
 * placed back at the row and column it came from. All problems are reported together, in row order,
 * as an {@link InvalidSpreadsheetException} (up to 1,000); a register is returned only when there
 * are none.
 *
 * <pre>{@code
 * ImportMapping mapping = ImportMapping.read(Path.of("mapping.json"));
 * RegisterContents register = SpreadsheetImport.of(mapping).read(Path.of("cameras.csv"));
 * }</pre>
 *
 * <p>Rows stream: a source of any length is read in memory for the assets it makes, not for its
 * rows. Immutable and thread-safe; each import is independent.
 */
public final class SpreadsheetImport {
  private final ImportMapping mapping;

  private SpreadsheetImport(ImportMapping mapping) {
    this.mapping = mapping;
  }

  /**
   * Returns an import through a mapping.
   *
   * @param mapping the mapping
   * @return the import, never null
   */
  public static SpreadsheetImport of(ImportMapping mapping) {
    return new SpreadsheetImport(requireNonNull(mapping, "mapping"));
  }

  /**
   * Returns the mapping.
   *
   * @return the mapping, never null
   */
  public ImportMapping mapping() {
    return mapping;
  }

  /**
   * Imports a file as a new register of the mapping's organisation and as-at date: XLSX when its
   * name ends {@code .xlsx}, CSV otherwise. Problems name the file as given.
   *
   * @param source the file
   * @return the register's contents, valid, with no DPIAs or contracts, never null
   * @throws InvalidSpreadsheetException with every problem
   * @throws IOException if the file cannot be read
   */
  public RegisterContents read(Path source) throws IOException {
    AssetRows rows = rows(source);
    RegisterContents contents =
        new RegisterContents(
            mapping.organisation(), mapping.asAt(), rows.assets, List.of(), List.of());
    return checked(contents, rows);
  }

  /**
   * Imports CSV text (in the mapping's encoding) as a new register.
   *
   * @param csv the bytes, not closed
   * @param source the name problems are located in
   * @return the register's contents, valid, never null
   * @throws InvalidSpreadsheetException with every problem
   * @throws IOException if the stream cannot be read
   */
  public RegisterContents read(InputStream csv, String source) throws IOException {
    AssetRows rows = rows(csvSheet(csv, source), source);
    RegisterContents contents =
        new RegisterContents(
            mapping.organisation(), mapping.asAt(), rows.assets, List.of(), List.of());
    return checked(contents, rows);
  }

  /**
   * Imports a file into an existing register, merging by id ({@link RegisterMerge}).
   *
   * @param source the file
   * @param existing the register's current contents
   * @return what changed and the merged contents, valid, never null
   * @throws InvalidSpreadsheetException with every problem, the merged register's included
   * @throws IOException if the file cannot be read
   */
  public RegisterMerge readInto(Path source, RegisterContents existing) throws IOException {
    requireNonNull(existing, "existing");
    AssetRows rows = rows(source);
    RegisterMerge merge = RegisterMerge.of(existing, rows.assets, mapping);
    checked(merge.contents(), rows);
    return merge;
  }

  /**
   * Imports CSV text into an existing register, merging by id.
   *
   * @param csv the bytes, not closed
   * @param source the name problems are located in
   * @param existing the register's current contents
   * @return what changed and the merged contents, valid, never null
   * @throws InvalidSpreadsheetException with every problem
   * @throws IOException if the stream cannot be read
   */
  public RegisterMerge readInto(InputStream csv, String source, RegisterContents existing)
      throws IOException {
    requireNonNull(existing, "existing");
    AssetRows rows = rows(csvSheet(csv, source), source);
    RegisterMerge merge = RegisterMerge.of(existing, rows.assets, mapping);
    checked(merge.contents(), rows);
    return merge;
  }

  private AssetRows rows(Path source) throws IOException {
    requireNonNull(source, "source");
    String name = source.toString();
    if (Sources.isXlsx(name)) {
      return rows(new XlsxSheet(source, name, mapping.sheet().orElse(null)), name);
    }
    try (InputStream in = Files.newInputStream(source)) {
      return rows(csvSheet(in, name), name);
    }
  }

  private Sources.Sheet csvSheet(InputStream csv, String source) {
    requireNonNull(csv, "csv");
    requireNonNull(source, "source");
    return new CsvSheet(csv, source, mapping.encoding(), mapping.delimiter().orElse(null));
  }

  private AssetRows rows(Sources.Sheet sheet, String source) throws IOException {
    AssetRows.Found found = new AssetRows.Found(source);
    AssetRows rows = new AssetRows(mapping, source, found);
    try {
      sheet.read(rows);
    } catch (Sources.SourceException e) {
      found.add(e.problem, "");
    } catch (AssetRows.Stop e) {
      // The header cannot be used, or too many problems: what was found is the answer.
    }
    if (!rows.hasHeader() && found.isEmpty()) {
      found.add(new Problem(source, 0, 0, "", null, "the spreadsheet has no header row"), "");
    }
    if (!found.isEmpty() && (!rows.hasHeader() || found.isFull())) {
      throw failure(found);
    }
    return rows;
  }

  /** Checks the register made, placing each problem at the row and column it came from. */
  private RegisterContents checked(RegisterContents contents, AssetRows rows) {
    AssetRows.Found found = rows.found;
    Map<String, Integer> rowOfId = new HashMap<>();
    for (int i = 0; i < rows.assets.size(); i++) {
      rowOfId.put(rows.assets.get(i).id().value(), rows.rowOf(i));
    }
    String source = found.source;
    for (Problem problem : RegisterValidator.standard().validate(contents)) {
      String pointer = problem.pointer();
      if (!pointer.startsWith("/assets/")) {
        found.add(problem.inSource(mapping.source()), "");
        continue;
      }
      int slash = pointer.indexOf('/', "/assets/".length());
      int index =
          Integer.parseInt(
              pointer.substring("/assets/".length(), slash < 0 ? pointer.length() : slash));
      Asset asset = contents.assets().get(index);
      Integer row = rowOfId.get(asset.id().value());
      String relative = slash < 0 ? "" : pointer.substring(slash);
      if (row == null) {
        // An asset the spreadsheet did not touch, in the existing register.
        found.add(new Problem("", 0, 0, pointer, asset.id().value(), problem.message()), "");
        continue;
      }
      String field = InvalidSpreadsheetException.field(Problem.at(relative, null, ""));
      found.add(
          new Problem(source, row, rows.columnNumber(field), relative, null, problem.message()),
          rows.columnName(field));
    }
    if (!found.isEmpty()) {
      throw failure(found);
    }
    return contents;
  }

  private static InvalidSpreadsheetException failure(AssetRows.Found found) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.problems.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> found.problems.get(i).line())
            .thenComparingInt(i -> found.problems.get(i).column()));
    List<Problem> problems = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (int i : order) {
      problems.add(found.problems.get(i));
      columns.add(found.columns.get(i));
    }
    if (found.isFull()) {
      problems.add(
          new Problem(
              found.source,
              0,
              0,
              "",
              null,
              "too many problems: stopped after " + AssetRows.MAX_PROBLEMS));
      columns.add("");
    }
    return new InvalidSpreadsheetException(problems, columns);
  }
}
