package org.oversight.register.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.oversight.register.validation.Problem;

/** Reading source files: text in a declared encoding, one row at a time. */
final class Sources {
  private Sources() {}

  /** Takes the rows of a spreadsheet, row 1 first, blank rows included or left out. */
  interface RowHandler {
    /**
     * One row.
     *
     * @param row the row number as the spreadsheet shows it, from 1
     * @param cells the cells' texts, as written (not yet cleaned); shorter rows have fewer
     */
    void row(int row, List<String> cells);
  }

  /** A spreadsheet that can be read once, row by row. */
  interface Sheet {
    /**
     * Reads every row, in order.
     *
     * @throws SourceException if the file cannot be read as what it claims to be
     * @throws IOException if reading fails
     */
    void read(RowHandler handler) throws IOException, SourceException;
  }

  /** A source file that cannot be read as a spreadsheet: one located problem, reading stops. */
  static final class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized: control flow inside one import
    final Problem problem;

    SourceException(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** Decodes UTF-8 strictly, a byte order mark left out; invalid bytes are a mapping problem. */
  static String decodeUtf8(byte[] bytes, String source) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidMappingException(
          List.of(new Problem(source, 0, 0, "", null, "the mapping is not UTF-8 text")));
    }
  }

  /** Whether a file name says XLSX. */
  static boolean isXlsx(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
  }
}
