package org.oversight.register.imports;

import java.util.ArrayList;
import java.util.List;
import org.oversight.register.validation.InvalidInputException;
import org.oversight.register.validation.Problem;

/**
 * Thrown when a spreadsheet cannot be imported: carries every problem found, not only the first,
 * each placed at a row and column of the spreadsheet.
 *
 * <p>Each {@link Problem} has the spreadsheet as its source, the row as the spreadsheet shows it
 * (the header is row 1) as its line, the column's number (from 1; 0 when the value came from the
 * mapping's default) as its column, and the field as a JSON pointer into the asset ({@code
 * /location/latitude}). {@link #lines()} writes them as CONTRACT §6 has it, {@code
 * SOURCE:ROW:COLUMN: field: message}, with COLUMN the column's header ({@code (default)} for a
 * mapping default): {@code cameras.csv:14:Lat: location.latitude: must be between -90 and 90
 * degrees}. Messages never repeat free text, a position or money.
 */
public final class InvalidSpreadsheetException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The heading of each problem's column, in the order of the problems. */
  @SuppressWarnings("serial") // an immutable List.copyOf, serializable in practice
  private final List<String> columnNames;

  InvalidSpreadsheetException(List<Problem> problems, List<String> columnNames) {
    super("the spreadsheet", problems);
    if (columnNames.size() != problems.size()) {
      throw new IllegalArgumentException("one column name per problem");
    }
    this.columnNames = List.copyOf(columnNames);
  }

  /**
   * Returns the heading of the column each problem is in, in the order of {@link #problems()}: the
   * header's text, {@code (default)} for a value from the mapping's defaults, or empty when the
   * problem is not in one column.
   *
   * @return an unmodifiable list, as long as the problems, never null
   */
  public List<String> columnNames() {
    return columnNames;
  }

  /**
   * Returns the field a problem is about, in the mapping's flat names: {@code location.latitude}.
   *
   * @param problem one of {@link #problems()}
   * @return the field name, or empty when the problem is about no one field
   */
  public static String field(Problem problem) {
    String pointer = problem.pointer();
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder field = new StringBuilder();
    for (String segment : pointer.substring(1).split("/", -1)) {
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        break; // an element of a list: the field is the list
      }
      field
          .append(field.length() == 0 ? "" : ".")
          .append(segment.replace("~1", "/").replace("~0", "~"));
    }
    return field.toString();
  }

  /**
   * Returns every problem as one line, {@code SOURCE:ROW:COLUMN: field: message}, each escaped so
   * that it stays one line.
   *
   * @return the lines, in the order of {@link #problems()}, never null
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < problems().size(); i++) {
      lines.add(line(problems().get(i), columnNames.get(i)));
    }
    return lines;
  }

  /** One problem as {@code SOURCE:ROW:COLUMN: field: message}. */
  static String line(Problem problem, String columnName) {
    StringBuilder out = new StringBuilder();
    if (!problem.source().isEmpty()) {
      out.append(Printing.line(problem.source())).append(':');
    }
    if (problem.line() > 0) {
      out.append(problem.line()).append(':');
      if (!columnName.isEmpty()) {
        out.append(Printing.line(columnName)).append(':');
      }
    }
    if (out.length() > 0) {
      out.append(' ');
    }
    String field = field(problem);
    if (!field.isEmpty()) {
      out.append(Printing.line(field)).append(": ");
    }
    return out.append(Printing.line(problem.message())).toString();
  }
}
