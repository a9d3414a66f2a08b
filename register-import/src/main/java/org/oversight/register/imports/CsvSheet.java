package org.oversight.register.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.Problem;

/**
 * A CSV file read with Apache Commons CSV (RFC 4180: quoted cells may hold the delimiter, quotes
 * doubled, and line breaks), streaming one record at a time. The encoding is UTF-8 unless the
 * mapping declares windows-1252; a UTF-8 byte order mark is skipped (and means UTF-8). Bytes that
 * are not valid in the encoding become U+FFFD, which the import reports as a problem at the cell
 * that holds them (its row and column), never as a wrong character in the register. The delimiter
 * is the mapping's, or the one of {@code , ; tab} the header line uses most outside quotes.
 */
final class CsvSheet implements Sources.Sheet {
  private static final int HEADER_SCAN = 1 << 16;

  private final InputStream in;
  private final String source;
  private final Charset encoding;
  private final @Nullable Character delimiter;

  CsvSheet(InputStream in, String source, Charset encoding, @Nullable Character delimiter) {
    this.in = in;
    this.source = source;
    this.encoding = encoding;
    this.delimiter = delimiter;
  }

  @Override
  public void read(Sources.RowHandler handler) throws IOException, Sources.SourceException {
    BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
    Charset charset = encoding;
    bytes.mark(3);
    byte[] bom = bytes.readNBytes(3);
    if (bom.length == 3
        && (bom[0] & 0xff) == 0xEF
        && (bom[1] & 0xff) == 0xBB
        && (bom[2] & 0xff) == 0xBF) {
      charset = StandardCharsets.UTF_8;
    } else {
      bytes.reset();
    }
    Reader decoded =
        new InputStreamReader(
            bytes,
            charset
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    BufferedReader reader = new BufferedReader(decoded, 1 << 16);
    char separator;
    try {
      separator = delimiter != null ? delimiter : detect(reader);
    } catch (CharacterCodingException e) {
      throw new Sources.SourceException(encodingProblem(1, charset));
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(separator)
            .setIgnoreEmptyLines(false)
            .setTrim(false)
            .get();
    int row = 0;
    try (CSVParser parser = format.parse(reader)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> cells = new ArrayList<>();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException e) {
          throw problem(row + 1, e.getCause(), charset);
        }
        row = (int) record.getRecordNumber();
        cells.clear();
        for (int i = 0; i < record.size(); i++) {
          cells.add(record.get(i));
        }
        handler.row(row, cells);
      }
    } catch (CharacterCodingException e) {
      throw new Sources.SourceException(encodingProblem(row + 1, charset));
    } catch (IllegalStateException e) {
      // Commons CSV reports a malformed record (a quote not closed) this way too.
      throw new Sources.SourceException(malformed(row + 1));
    }
  }

  private Sources.SourceException problem(int row, @Nullable IOException cause, Charset charset)
      throws IOException {
    if (cause instanceof CharacterCodingException) {
      return new Sources.SourceException(encodingProblem(row, charset));
    }
    if (cause instanceof org.apache.commons.csv.CSVException) {
      // Commons CSV's own parse errors: an unclosed quote, text after one.
      return new Sources.SourceException(malformed(row));
    }
    throw cause == null ? new IOException("the CSV cannot be read") : cause;
  }

  private Problem malformed(int row) {
    return new Problem(
        source,
        row,
        0,
        "",
        null,
        "the CSV is malformed from here: a quoted cell is not closed, or text follows its closing"
            + " quote");
  }

  private Problem encodingProblem(int row, Charset charset) {
    String advice =
        charset.equals(StandardCharsets.UTF_8)
            ? " (a CSV saved by Excel on Windows is windows-1252: say \"encoding\": \"windows-1252\""
                + " in the mapping)"
            : "";
    return new Problem(
        source, row, 0, "", null, "the file is not " + charset.name() + " text from here" + advice);
  }

  /** The delimiter the header line uses most, outside quotes: comma unless another wins. */
  static char detect(BufferedReader reader) throws IOException {
    reader.mark(HEADER_SCAN);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < HEADER_SCAN; i++) {
      int c = reader.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == ',') {
          commas++;
        } else if (c == ';') {
          semicolons++;
        } else if (c == '\t') {
          tabs++;
        }
      }
    }
    reader.reset();
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    if (semicolons > commas) {
      return ';';
    }
    return ',';
  }
}
