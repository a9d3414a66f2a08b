package org.oversight.register.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.Problem;

/**
 * The problems of an import as a CSV file for the data steward to work through in a spreadsheet:
 * one row per problem, columns {@code source,row,column,field,message} (the column is the header's
 * text), every cell formula-safe as {@link AssetExport#cell} makes it. Stateless.
 */
public final class ProblemReport {
  /** The report's header row. */
  public static final List<String> HEADER = List.of("source", "row", "column", "field", "message");

  private ProblemReport() {}

  /**
   * Writes the report: the header, then one row per problem. The writer is flushed, not closed.
   *
   * @param problems the import's problems, or null for an import that had none (header only)
   * @param out where to write
   * @throws IOException if writing fails
   */
  public static void write(@Nullable InvalidSpreadsheetException problems, Writer out)
      throws IOException {
    out.append(String.join(",", HEADER)).append("\r\n");
    if (problems != null) {
      for (int i = 0; i < problems.problems().size(); i++) {
        Problem problem = problems.problems().get(i);
        out.append(AssetExport.cell(problem.source()))
            .append(',')
            .append(problem.line() > 0 ? Integer.toString(problem.line()) : "")
            .append(',')
            .append(AssetExport.cell(problems.columnNames().get(i)))
            .append(',')
            .append(AssetExport.cell(InvalidSpreadsheetException.field(problem)))
            .append(',')
            .append(AssetExport.cell(Printing.line(problem.message())))
            .append("\r\n");
      }
    }
    out.flush();
  }
}
