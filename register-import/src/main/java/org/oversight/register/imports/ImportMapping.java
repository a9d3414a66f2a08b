package org.oversight.register.imports;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Organisation;

/**
 * How the columns of one spreadsheet become the assets of a register: the document of CONTRACT §6,
 * {@code mappingVersion} 1. It names the organisation and the as-at date of the register made, the
 * column that holds each asset field ({@code columns}, by the field's flat name such as {@code
 * location.latitude}, as {@link org.oversight.register.model.Column#of} gives it), constant values
 * for fields no column holds or for blank cells ({@code defaults}), what cell texts mean per field
 * ({@code values}), an id prefix, the separator of list cells, and for the source the sheet, the
 * encoding and the delimiter.
 *
 * <p>The field names and their types come from the asset's description, so a field added to it can
 * be mapped with no change here. Defaults and mapped values are written as the register file writes
 * the field ({@code "owned": true}, {@code "capabilities": ["RECORDING"]}) and checked by
 * register-json's reader with the same rules and messages. The JSON Schema is {@link #schema()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportMapping {
  /** The mapping version this library reads. */
  public static final int VERSION = 1;

  /** The encoding of the text of a CSV source when the mapping names none. */
  public static final Charset DEFAULT_ENCODING = StandardCharsets.UTF_8;

  /** Windows-1252, which Excel on Windows writes a "CSV" in: declared as {@code windows-1252}. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final String source;
  private final Organisation organisation;
  private final LocalDate asAt;
  private final @Nullable String idPrefix;
  private final Map<String, String> columns;
  private final Map<String, Object> defaults;
  private final Map<String, Map<String, Object>> values;
  private final String listSeparator;
  private final @Nullable String sheet;
  private final Charset encoding;
  private final @Nullable Character delimiter;

  ImportMapping(
      String source,
      Organisation organisation,
      LocalDate asAt,
      @Nullable String idPrefix,
      Map<String, String> columns,
      Map<String, Object> defaults,
      Map<String, Map<String, Object>> values,
      String listSeparator,
      @Nullable String sheet,
      Charset encoding,
      @Nullable Character delimiter) {
    this.source = source;
    this.organisation = organisation;
    this.asAt = asAt;
    this.idPrefix = idPrefix;
    this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
    Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    this.values = Collections.unmodifiableMap(copy);
    this.listSeparator = listSeparator;
    this.sheet = sheet;
    this.encoding = encoding;
    this.delimiter = delimiter;
  }

  /**
   * Reads a mapping file (UTF-8, with or without a byte order mark).
   *
   * @param file the file
   * @return the mapping, never null
   * @throws InvalidMappingException with every problem, each located in the file
   * @throws IOException if the file cannot be read
   */
  public static ImportMapping read(Path file) throws IOException {
    requireNonNull(file, "file");
    byte[] bytes = Files.readAllBytes(file);
    return parse(Sources.decodeUtf8(bytes, file.toString()), file.toString());
  }

  /**
   * Reads a mapping from its JSON text.
   *
   * @param json the document
   * @param source the name problems are located in, such as the file name
   * @return the mapping, never null
   * @throws InvalidMappingException with every problem, each located in the document
   */
  public static ImportMapping parse(String json, String source) {
    return new MappingReader(requireNonNull(source, "source")).read(requireNonNull(json, "json"));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the mapping document, generated from the asset's
   * description and the register's own schema; a test holds the checked-in file to them.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    try (InputStream in = ImportMapping.class.getResourceAsStream("mapping-v1.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the mapping schema is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the name problems in the mapping are located in.
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * Returns the organisation whose register the import makes.
   *
   * @return the organisation, never null
   */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * Returns the date the imported data is correct as at.
   *
   * @return the date, never null
   */
  public LocalDate asAt() {
    return asAt;
  }

  /**
   * Returns the text put before every id read from the id column, if any. With {@code --into}, only
   * existing assets whose id starts with it can be removed by an import.
   *
   * @return the prefix, or empty
   */
  public Optional<String> idPrefix() {
    return Optional.ofNullable(idPrefix);
  }

  /**
   * Returns the header of the column that holds each mapped field, by the field's flat name.
   *
   * @return an unmodifiable map in the mapping's order, never null
   */
  public Map<String, String> columns() {
    return columns;
  }

  /**
   * Returns the constant value of each field that has one, by the field's flat name: used when no
   * column holds the field, or the row's cell is blank.
   *
   * @return an unmodifiable map of values of each field's type, never null
   */
  public Map<String, Object> defaults() {
    return defaults;
  }

  /**
   * Returns what cell texts mean, per field: field name, then the cell text as a key (white space
   * trimmed and collapsed, lower case), then the value.
   *
   * @return an unmodifiable map, never null
   */
  public Map<String, Map<String, Object>> values() {
    return values;
  }

  /**
   * Returns the separator of the elements of a list cell (capabilities, DPIA ids); {@code ;} unless
   * the mapping says otherwise.
   *
   * @return the separator, never null or empty
   */
  public String listSeparator() {
    return listSeparator;
  }

  /**
   * Returns the name of the sheet of an XLSX source to read, if the mapping names one; the first
   * sheet otherwise.
   *
   * @return the sheet name, or empty
   */
  public Optional<String> sheet() {
    return Optional.ofNullable(sheet);
  }

  /**
   * Returns the encoding of a CSV source: UTF-8 unless the mapping declares {@code windows-1252}. A
   * byte order mark means UTF-8 whatever is declared.
   *
   * @return the charset, never null
   */
  public Charset encoding() {
    return encoding;
  }

  /**
   * Returns the delimiter of a CSV source, if the mapping names one ({@code ,}, {@code ;} or tab);
   * otherwise the one the header line uses most.
   *
   * @return the delimiter, or empty
   */
  public Optional<Character> delimiter() {
    return Optional.ofNullable(delimiter);
  }

  @Override
  public String toString() {
    return "ImportMapping[" + source + ": " + columns.size() + " columns]";
  }
}
