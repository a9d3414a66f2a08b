package org.oversight.register.json;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.RegisterContents;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads and writes a register document: the reference data format of CONTRACT §1, {@code
 * schemaVersion} 1.
 *
 * <p>Reading streams the document token by token (no tree is built, so a file of a million assets
 * loads in little more memory than the register itself), checks every rule of the format and of
 * {@link org.oversight.register.RegisterValidator}, and reports every problem found in one pass as
 * a {@link RegisterFormatException}, each located by line, column and JSON pointer. A syntax error
 * stops reading at the first one. Read limits ({@link Options}) make hostile input fail fast in
 * bounded memory. Equal manufacturer, brand, model and site strings, dates, capability sets and
 * reference lists are shared while reading.
 *
 * <p>Writing is canonical: a fixed field order, two-space indentation, ISO dates, money amounts as
 * decimal strings, absent optional fields omitted, a final newline; writing the same register twice
 * gives the same bytes. {@link #write(RegisterContents, Path)} replaces a file atomically.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegisterJson {
  private static final RegisterJson STANDARD = new RegisterJson(Options.defaults());

  private final Options options;
  private final JsonFactory factory;

  private RegisterJson(Options options) {
    this.options = options;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxNestingDepth())
                    .maxStringLength(options.maxStringLength())
                    .maxNameLength(options.maxNameLength())
                    .maxNumberLength(options.maxNumberLength())
                    .maxDocumentLength(options.maxDocumentLength())
                    .build())
            .build();
  }

  /**
   * Returns the reader and writer with the default {@link Options}.
   *
   * @return the shared instance, never null
   */
  public static RegisterJson standard() {
    return STANDARD;
  }

  /**
   * Returns a reader and writer with the given read limits.
   *
   * @param options the read limits
   * @return a new instance, never null
   * @throws NullPointerException if {@code options} is null
   */
  public static RegisterJson withOptions(Options options) {
    return new RegisterJson(requireNonNull(options, "options"));
  }

  /**
   * Returns the read limits in force.
   *
   * @return the options, never null
   */
  public Options options() {
    return options;
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the register document as writers write it, schema
   * version 2. Generated from the record descriptions ({@link
   * org.oversight.register.model.RecordType}); a test holds the checked-in file to them.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    return schema(SchemaVersion.CURRENT.number());
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of one schema version of the register document.
   *
   * @param schemaVersion 1 or 2
   * @return the schema text, never null
   * @throws IllegalArgumentException if the version is not one this library reads
   */
  public static String schema(int schemaVersion) {
    if (schemaVersion < 1 || schemaVersion > SchemaVersion.CURRENT.number()) {
      throw new IllegalArgumentException(
          "schemaVersion " + schemaVersion + " is not one of " + SchemaVersion.supported());
    }
    String resource = "register-v" + schemaVersion + ".schema.json";
    try (InputStream in = RegisterJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- reading contents

  /**
   * Reads a register document from a file (UTF-8) without building the indexed register.
   *
   * @param file the file
   * @return the contents, in document order and valid, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   * @throws IOException if the file cannot be read
   */
  public RegisterContents readContents(Path file) throws RegisterFormatException, IOException {
    try (InputStream in = Files.newInputStream(requireNonNull(file, "file"))) {
      return readContents(in);
    }
  }

  /**
   * Reads a register document from a stream of UTF-8 bytes without building the indexed register.
   * Columns count bytes. The stream is not closed.
   *
   * @param in the bytes
   * @return the contents, in document order and valid, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   * @throws IOException if the stream cannot be read
   */
  public RegisterContents readContents(InputStream in) throws RegisterFormatException, IOException {
    requireNonNull(in, "in");
    return parse(() -> factory.createParser(ObjectReadContext.empty(), InputText.checked(in)));
  }

  /**
   * Reads a register document from characters without building the indexed register. Columns count
   * characters. The reader is not closed.
   *
   * @param in the characters
   * @return the contents, in document order and valid, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   * @throws IOException if the reader fails
   */
  public RegisterContents readContents(Reader in) throws RegisterFormatException, IOException {
    requireNonNull(in, "in");
    return parse(() -> factory.createParser(ObjectReadContext.empty(), InputText.checked(in)));
  }

  /**
   * Parses a register document given as JSON text, without building the indexed register. (To read
   * a file, pass its {@link Path}.)
   *
   * @param json the document's text
   * @return the contents, in document order and valid, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   */
  public RegisterContents parseContents(String json) throws RegisterFormatException {
    requireNonNull(json, "json");
    try {
      return parse(
          () ->
              factory.createParser(
                  ObjectReadContext.empty(), InputText.checked(new StringReader(json))));
    } catch (IOException e) {
      throw new AssertionError("a string cannot fail to be read", e);
    }
  }

  /**
   * Reads a register document from UTF-8 bytes without building the indexed register.
   *
   * @param json the document's bytes
   * @return the contents, in document order and valid, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   */
  public RegisterContents readContents(byte[] json) throws RegisterFormatException {
    requireNonNull(json, "json");
    try {
      return parse(
          () ->
              factory.createParser(
                  ObjectReadContext.empty(), InputText.checked(new ByteArrayInputStream(json))));
    } catch (IOException e) {
      throw new AssertionError("a byte array cannot fail to be read", e);
    }
  }

  // ---------------------------------------------------------------- reading registers

  /**
   * Reads a register from a file (UTF-8), with the standard vendor directory and advanced-CCTV
   * policy.
   *
   * @param file the file
   * @return the register, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   * @throws IOException if the file cannot be read
   */
  public AssetRegister read(Path file) throws RegisterFormatException, IOException {
    return build(readContents(file));
  }

  /**
   * Reads a register from a stream of UTF-8 bytes. The stream is not closed.
   *
   * @param in the bytes
   * @return the register, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   * @throws IOException if the stream cannot be read
   */
  public AssetRegister read(InputStream in) throws RegisterFormatException, IOException {
    return build(readContents(in));
  }

  /**
   * Reads a register from characters. The reader is not closed.
   *
   * @param in the characters
   * @return the register, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   * @throws IOException if the reader fails
   */
  public AssetRegister read(Reader in) throws RegisterFormatException, IOException {
    return build(readContents(in));
  }

  /**
   * Parses a register given as JSON text. (To read a file, pass its {@link Path}.)
   *
   * @param json the document's text
   * @return the register, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   */
  public AssetRegister parse(String json) throws RegisterFormatException {
    return build(parseContents(json));
  }

  private static AssetRegister build(RegisterContents contents) {
    // The reader has already checked everything, but the register checks again: no route builds
    // an AssetRegister from unchecked data. Valid records take the validator's fast path, so the
    // second check costs little next to parsing.
    return AssetRegister.of(contents);
  }

  /** Opens a parser; separate so that every source shares one error translation. */
  private interface ParserSource {
    JsonParser open();
  }

  private RegisterContents parse(ParserSource source) throws RegisterFormatException, IOException {
    return parseDocument(source).contents();
  }

  private Document parseDocument(ParserSource source) throws RegisterFormatException, IOException {
    try (JsonParser parser = source.open()) {
      DocumentReader reader = new DocumentReader(parser, options);
      RegisterContents contents = reader.read();
      return new Document(reader.schemaVersion(), contents);
    } catch (InputText.Invalid e) {
      // Found while the parser was being created (it reads the first bytes to detect the
      // encoding), so there is no place in the document's structure to add.
      throw new RegisterFormatException(List.of(e.problem()));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * A register document as read: the schema version it declared, and its contents.
   *
   * @param schemaVersion the version the document declared, 1 or 2
   * @param contents the contents, valid, never null
   */
  public record Document(int schemaVersion, RegisterContents contents) {
    /**
     * Creates a value.
     *
     * @param schemaVersion the version the document declared
     * @param contents the contents
     */
    public Document {
      requireNonNull(contents, "contents");
    }
  }

  /**
   * Reads a register document from a file, keeping the schema version it declared: for {@code
   * register migrate}, which rewrites a schema version 1 file as version 2.
   *
   * @param file the file
   * @return the version and the contents, never null
   * @throws RegisterFormatException with every problem, if the document is not a valid register
   * @throws IOException if the file cannot be read
   */
  public Document readDocument(Path file) throws RegisterFormatException, IOException {
    try (InputStream in = Files.newInputStream(requireNonNull(file, "file"))) {
      return parseDocument(
          () -> factory.createParser(ObjectReadContext.empty(), InputText.checked(in)));
    }
  }

  // ---------------------------------------------------------------- single records

  /**
   * Parses one record of any described type from JSON text, with the same reader, rules and
   * messages as a register document: {@code parseRecord(Asset.TYPE, "{...}")}. Identifiers that
   * refer to records of a list the record does not hold (an asset's {@code dpiaIds}) are checked
   * for their form only: the caller checks them against the register.
   *
   * @param <R> the record's Java type
   * @param type the record's description
   * @param json the record as a JSON object
   * @return the record, valid by its description, never null
   * @throws RegisterFormatException with every problem, pointers relative to the record
   */
  public <R> R parseRecord(RecordType<R> type, String json) throws RegisterFormatException {
    requireNonNull(type, "type");
    requireNonNull(json, "json");
    try (JsonParser parser =
        factory.createParser(
            ObjectReadContext.empty(), InputText.checked(new StringReader(json)))) {
      return RecordDocument.read(parser, type, options);
    } catch (InputText.Invalid e) {
      throw new RegisterFormatException(List.of(e.problem()));
    }
  }

  /**
   * Reads records of one type from JSON Lines: one JSON object per line, each as {@link
   * #writeRecord} writes it, through one parser for the whole text. Each record is checked as
   * {@link #parseRecord} checks one (identifiers that refer to records of other lists for their
   * form only), and a record whose id an earlier line already used is a problem. Blank lines are
   * allowed; two records on one line are not. Problems give the line and column in the whole text
   * and a pointer relative to the record on that line. Reading many records this way costs far less
   * than {@link #parseRecord} for each: the parser and the reader are set up once, and equal values
   * are shared across records as in a register document.
   *
   * @param <R> the records' Java type
   * @param type the records' description
   * @param jsonLines the text, read to its end and closed
   * @return the records in the order read, never null; empty for a text with no records
   * @throws RegisterFormatException with every problem, up to {@link Options#maxProblems()}
   * @throws IOException if the reader fails
   */
  public <R> List<R> readRecords(RecordType<R> type, Reader jsonLines)
      throws RegisterFormatException, IOException {
    requireNonNull(type, "type");
    requireNonNull(jsonLines, "jsonLines");
    try (JsonParser parser =
        factory.createParser(ObjectReadContext.empty(), InputText.checked(jsonLines))) {
      return RecordLines.read(parser, type, options);
    } catch (InputText.Invalid e) {
      throw new RegisterFormatException(List.of(e.problem()));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Writes one record as the register file writes it inside a document, on one line, every field
   * included (confidential ones too: this is the owner's own copy).
   *
   * @param <R> the record's Java type
   * @param type the record's description
   * @param record the record
   * @return a JSON object on one line, no final newline, never null
   */
  public <R> String writeRecord(RecordType<R> type, R record) {
    return RecordDocument.write(type, record, true);
  }

  /**
   * Writes one record for export, on one line (a JSON Lines row): every field but the confidential
   * ones, which never leave the register file.
   *
   * @param <R> the record's Java type
   * @param type the record's description
   * @param record the record
   * @return a JSON object on one line, no final newline, never null
   */
  public <R> String writeRecordForExport(RecordType<R> type, R record) {
    return RecordDocument.write(type, record, false);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a register in canonical form to a string.
   *
   * @param register the register
   * @return the document, ending with a newline, never null
   */
  public String writeString(AssetRegister register) {
    return writeString(register.contents());
  }

  /**
   * Writes register contents in canonical form to a string, in the order of their lists.
   *
   * @param contents the contents
   * @return the document, ending with a newline, never null
   */
  public String writeString(RegisterContents contents) {
    StringWriter out = new StringWriter();
    try {
      write(contents, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a register in canonical form. The writer is flushed, not closed.
   *
   * @param register the register
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(AssetRegister register, Writer out) throws IOException {
    write(register.contents(), out);
  }

  /**
   * Writes register contents in canonical form, in the order of their lists. The writer is flushed,
   * not closed.
   *
   * @param contents the contents
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(RegisterContents contents, Writer out) throws IOException {
    requireNonNull(contents, "contents");
    requireNonNull(out, "out");
    CanonicalWriter.document(contents, out);
    out.flush();
  }

  /**
   * Writes a register in canonical form as UTF-8. The stream is flushed, not closed.
   *
   * @param register the register
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(AssetRegister register, OutputStream out) throws IOException {
    write(register.contents(), out);
  }

  /**
   * Writes register contents in canonical form as UTF-8. The stream is flushed, not closed.
   *
   * @param contents the contents
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(RegisterContents contents, OutputStream out) throws IOException {
    requireNonNull(out, "out");
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    write(contents, w);
  }

  /**
   * Writes a register to a file, atomically: see {@link #write(RegisterContents, Path)}.
   *
   * @param register the register
   * @param file the file to create or replace
   * @throws IOException if writing fails; the previous file is then left as it was
   */
  public void write(AssetRegister register, Path file) throws IOException {
    write(register.contents(), file);
  }

  /**
   * Writes register contents to a file, atomically: the document goes to a temporary file in the
   * same directory, which is flushed and forced to disk and then moved over {@code file} with an
   * atomic move. If anything fails the temporary file is deleted and the previous file, if any, is
   * left exactly as it was. A file system that cannot move atomically fails with {@link
   * java.nio.file.AtomicMoveNotSupportedException} rather than risk a half-written register.
   *
   * <p>The temporary file is readable by its owner only from the moment it is created, and is named
   * {@code .NAME.oversight-tmp-RANDOM}; if a write is killed, the next write of the same file
   * removes what it left. A symbolic link is written through (the file it leads to is replaced, in
   * that file's directory, and the link stays); anything else that is not a regular file (a
   * directory, a device, a FIFO) is refused. A new file gets the permissions the umask allows; a
   * replaced file keeps its own.
   *
   * @param contents the contents
   * @param file the file to create or replace
   * @throws java.nio.file.FileSystemException if {@code file} is not a regular file or its links
   *     loop
   * @throws IOException if writing fails; the previous file is then left as it was
   */
  public void write(RegisterContents contents, Path file) throws IOException {
    requireNonNull(contents, "contents");
    writeAtomically(file, out -> write(contents, out));
  }

  /** The atomic-replace protocol, separate so that a test can make the write fail mid-way. */
  static void writeAtomically(Path file, AtomicFile.TextAction action) throws IOException {
    AtomicFile.write(requireNonNull(file, "file"), action);
  }

  /**
   * Read limits, so that hostile input fails fast in bounded memory. The defaults suit registers of
   * millions of assets; the format itself needs fewer than 10 levels of nesting.
   *
   * <p>Immutable and thread-safe.
   *
   * @param maxNestingDepth the deepest nesting of arrays and objects, default 16
   * @param maxStringLength the longest string value in characters, default 65,536
   * @param maxNameLength the longest field name in characters, default 256
   * @param maxNumberLength the longest number in characters, default 64
   * @param maxDocumentLength the longest document in bytes (characters for text sources), default 4
   *     GiB
   * @param maxProblems how many problems to report before giving up, default 1000
   */
  public record Options(
      int maxNestingDepth,
      int maxStringLength,
      int maxNameLength,
      int maxNumberLength,
      long maxDocumentLength,
      int maxProblems) {

    /**
     * Creates options.
     *
     * @param maxNestingDepth the deepest nesting of arrays and objects, at least 4
     * @param maxStringLength the longest string value in characters, at least 1
     * @param maxNameLength the longest field name in characters, at least 16
     * @param maxNumberLength the longest number in characters, at least 1
     * @param maxDocumentLength the longest document, at least 1
     * @param maxProblems how many problems to report before giving up, at least 1
     * @throws IllegalArgumentException if a limit is below its minimum
     */
    public Options {
      atLeast("maxNestingDepth", maxNestingDepth, 4);
      atLeast("maxStringLength", maxStringLength, 1);
      atLeast("maxNameLength", maxNameLength, 16);
      atLeast("maxNumberLength", maxNumberLength, 1);
      atLeast("maxDocumentLength", maxDocumentLength, 1);
      atLeast("maxProblems", maxProblems, 1);
    }

    private static void atLeast(String name, long value, long minimum) {
      if (value < minimum) {
        throw new IllegalArgumentException(
            name + " must be at least " + minimum + ", was " + value);
      }
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults, never null
     */
    public static Options defaults() {
      return new Options(16, 65_536, 256, 64, 4L << 30, 1000);
    }

    /**
     * Returns these options with another nesting limit.
     *
     * @param limit the deepest nesting of arrays and objects, at least 4
     * @return new options, never null
     */
    public Options withMaxNestingDepth(int limit) {
      return new Options(
          limit, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength, maxProblems);
    }

    /**
     * Returns these options with another string length limit.
     *
     * @param limit the longest string value in characters, at least 1
     * @return new options, never null
     */
    public Options withMaxStringLength(int limit) {
      return new Options(
          maxNestingDepth, limit, maxNameLength, maxNumberLength, maxDocumentLength, maxProblems);
    }

    /**
     * Returns these options with another field name length limit.
     *
     * @param limit the longest field name in characters, at least 16
     * @return new options, never null
     */
    public Options withMaxNameLength(int limit) {
      return new Options(
          maxNestingDepth, maxStringLength, limit, maxNumberLength, maxDocumentLength, maxProblems);
    }

    /**
     * Returns these options with another number length limit.
     *
     * @param limit the longest number in characters, at least 1
     * @return new options, never null
     */
    public Options withMaxNumberLength(int limit) {
      return new Options(
          maxNestingDepth, maxStringLength, maxNameLength, limit, maxDocumentLength, maxProblems);
    }

    /**
     * Returns these options with another document length limit.
     *
     * @param limit the longest document in bytes (characters for text sources), at least 1
     * @return new options, never null
     */
    public Options withMaxDocumentLength(long limit) {
      return new Options(
          maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, limit, maxProblems);
    }

    /**
     * Returns these options with another limit on the problems reported.
     *
     * @param limit how many problems to report before giving up, at least 1
     * @return new options, never null
     */
    public Options withMaxProblems(int limit) {
      return new Options(
          maxNestingDepth,
          maxStringLength,
          maxNameLength,
          maxNumberLength,
          maxDocumentLength,
          limit);
    }
  }
}
