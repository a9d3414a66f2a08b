package org.oversight.register.internal.refdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.oversight.register.refdata.DataVersion;
import org.oversight.register.validation.Problem;

/**
 * Reads the line-based reference-data format shared by the vendor directory and the restriction
 * lists: one record a line, fields separated by {@code |} and trimmed; blank lines and lines
 * starting with {@code #} are ignored; header lines are {@code @key|value}. The format needs no
 * JSON library, so that register-core can read its own data.
 */
public final class ReferenceLines {

  /**
   * One record line.
   *
   * @param number the line number, from 1
   * @param fields the trimmed fields, the record kind first
   */
  public record Line(int number, List<String> fields) {
    /**
     * Copies the fields.
     *
     * @param number the line number, from 1
     * @param fields the trimmed fields, the record kind first
     */
    public Line {
      fields = List.copyOf(fields);
    }

    /**
     * Returns the record kind (the first field).
     *
     * @return the kind, never null
     */
    public String kind() {
      return fields.get(0);
    }

    /**
     * Returns a field, or the empty string if the line is shorter.
     *
     * @param index the field's index, 0 being the kind
     * @return the field, never null
     */
    public String field(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }
  }

  private static final java.util.Set<String> KNOWN_HEADERS =
      java.util.Set.of("format", "version", "date");

  private final String source;
  private final Map<String, Integer> headerLines = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final List<Line> lines = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private ReferenceLines(String source) {
    this.source = source;
  }

  /**
   * Reads every line of a reader; the reader is not closed.
   *
   * @param reader the text
   * @param source the file or resource name used in problems
   * @return the parsed lines, with any problems found so far
   * @throws UncheckedIOException if the reader fails
   */
  public static ReferenceLines read(Reader reader, String source) {
    ReferenceLines result = new ReferenceLines(source);
    BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    try {
      int number = 0;
      for (String text = buffered.readLine(); text != null; text = buffered.readLine()) {
        number++;
        String trimmed = text.strip();
        if (number == 1 && trimmed.startsWith("\uFEFF")) {
          trimmed = trimmed.substring(1).strip();
        }
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        List<String> fields = new ArrayList<>();
        for (String field : trimmed.split("\\|", -1)) {
          fields.add(field.strip());
        }
        if (trimmed.startsWith("@")) {
          String key = fields.get(0).substring(1);
          if (fields.size() != 2 || key.isEmpty() || fields.get(1).isEmpty()) {
            result.problem(number, "a header line is @key|value, was \"" + trimmed + "\"");
          } else if (!KNOWN_HEADERS.contains(key)) {
            result.problem(
                number, "unknown header @" + key + "; the headers are @format, @version and @date");
          } else if (result.headers.putIfAbsent(key, fields.get(1)) != null) {
            result.problem(number, "header @" + key + " is given twice");
          } else {
            result.headerLines.put(key, number);
          }
        } else {
          result.lines.add(new Line(number, fields));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return result;
  }

  /**
   * Returns the record lines in file order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /**
   * Returns a header's value.
   *
   * @param key the key, without {@code @}
   * @return the value, or null if absent
   */
  public @Nullable String header(String key) {
    return headers.get(key);
  }

  /**
   * Checks the {@code @format} header, if present, names the expected format.
   *
   * @param expected for example {@code oversight-vendors/1}
   */
  public void expectFormat(String expected) {
    String format = headers.get("format");
    if (format != null && !format.equals(expected)) {
      problem(
          headerLines.getOrDefault("format", 1),
          "unsupported format \"" + format + "\"; this library reads " + expected);
    }
  }

  /**
   * Returns the data version from the {@code @format}, {@code @version} and {@code @date} headers,
   * recording a problem if one is missing or bad.
   *
   * @param expected the format expected
   * @return the version, or null if the headers are incomplete
   */
  public @Nullable DataVersion requireVersion(String expected) {
    String version = headers.get("version");
    String date = headers.get("date");
    if (headers.get("format") == null || version == null || date == null) {
      problem(1, "reference data needs @format, @version and @date header lines");
      return null;
    }
    LocalDate parsed = date(headerLines.getOrDefault("date", 1), date, false);
    return parsed == null ? null : new DataVersion(expected, version, parsed);
  }

  /**
   * Records a problem at a line.
   *
   * @param line the line number
   * @param message what is wrong
   */
  public void problem(int line, String message) {
    problems.add(new Problem(source, line, 0, "", null, message));
  }

  /**
   * Returns the problems recorded so far, in line order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingInt(Problem::line));
    return List.copyOf(sorted);
  }

  /**
   * Parses a date written {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. A partial date
   * stands for its whole period: as a start it is the first day, as an end the last day, so that a
   * record never claims less than its source says.
   *
   * @param line the line number, for a problem
   * @param text the text; empty means no date
   * @param end whether the date ends a period
   * @return the day, or null if empty or bad (a bad one is recorded as a problem)
   */
  public @Nullable LocalDate date(int line, String text, boolean end) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (text.matches("\\d{4}")) {
        int year = Integer.parseInt(text);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(text);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // falls through to the problem below
    }
    problem(line, "\"" + text + "\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
    return null;
  }
}
