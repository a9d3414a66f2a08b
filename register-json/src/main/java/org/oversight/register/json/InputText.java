package org.oversight.register.json;

import static java.util.Objects.requireNonNull;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.Problem;
import tools.jackson.core.exc.StreamReadException;

/**
 * Checks that a document's text is what it claims to be before the JSON parser sees it: bytes that
 * are well-formed UTF-8 (RFC 3629: no overlong forms, no encoded surrogates, nothing above
 * U+10FFFF), not UTF-16 or UTF-32, and, in either bytes or characters, no lone surrogate written
 * raw or as a {@code \\uD800} escape. Jackson rejects some of these by itself, but not an overlong
 * form in a string ({@code C0 9B} would become an ESC that no control-character check sees), nor a
 * code point above U+10FFFF, nor a UTF-16 file (which it reads), nor an escaped lone surrogate
 * (which cannot be written back as UTF-8). A UTF-8 byte order mark at the very start is allowed and
 * skipped, as Jackson does.
 *
 * <p>The check runs as the text streams through, one comparison per ordinary byte, and reports the
 * first problem with its line, column (bytes for a byte source, characters for a character source,
 * as the parser counts them) and, for bytes, offset. A stream fails only once the parser has had
 * every byte before the bad one, so an earlier syntax error is still reported first.
 */
final class InputText {
  private InputText() {}

  /**
   * The text is not what a register document may be; carries the one problem. A stream read
   * exception, so that it comes out of the parser the way Jackson's own syntax errors do and every
   * reader reports it through {@link JacksonErrors#syntax}, which adds the JSON pointer.
   */
  static final class Invalid extends StreamReadException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // a record of strings and ints
    private final Problem problem;

    Invalid(Problem problem) {
      super(problem.message());
      this.problem = problem;
    }

    Problem problem() {
      return problem;
    }
  }

  /** Bytes checked as they are read; a bad byte makes a later read throw {@link Invalid}. */
  static InputStream checked(InputStream in) {
    return new CheckedStream(requireNonNull(in, "in"));
  }

  /** Characters checked as they are read; a bad one makes a later read throw {@link Invalid}. */
  static Reader checked(Reader in) {
    return new CheckedReader(requireNonNull(in, "in"));
  }

  /** The first problem in a whole document of characters, or null if there is none. */
  static @Nullable Problem firstProblem(CharSequence document) {
    Chars check = new Chars();
    int length = document.length();
    for (int i = 0; i < length; i++) {
      if (!check.accept(document.charAt(i))) {
        return check.problem();
      }
    }
    return check.end();
  }

  // ------------------------------------------------------------------ escapes

  /**
   * Follows backslash escapes, which only strings hold, to find a {@code \\uD800}-{@code \\uDBFF}
   * escape not followed by a {@code \\uDC00}-{@code \\uDFFF} one, or the second without the first.
   * Anything else malformed in an escape is left for the parser to report.
   */
  private static final class Escapes {
    private static final int PLAIN = 0;
    private static final int BACKSLASH = 1;
    private static final int HEX = 2;
    private static final int LOW_BACKSLASH = 3;
    private static final int LOW_U = 4;
    private static final int LOW_HEX = 5;

    private int state = PLAIN;
    private int digits;
    private int value;
    private int high;

    /** Whether an escape is under way, so that every character must be seen. */
    boolean busy() {
      return state != PLAIN;
    }

    /** Takes the next character of the text; returns a message if it completes a bad escape. */
    @Nullable String accept(int c) {
      switch (state) {
        case PLAIN -> {
          if (c == '\\') {
            state = BACKSLASH;
          }
          return null;
        }
        case BACKSLASH -> {
          state = c == 'u' ? HEX : PLAIN;
          digits = 0;
          value = 0;
          return null;
        }
        case HEX, LOW_HEX -> {
          int digit = Character.digit(c, 16);
          if (digit < 0 || c > 'f') {
            state = c == '\\' ? BACKSLASH : PLAIN;
            return null;
          }
          value = value * 16 + digit;
          if (++digits < 4) {
            return null;
          }
          boolean low = value >= 0xDC00 && value <= 0xDFFF;
          if (state == LOW_HEX) {
            state = PLAIN;
            return low ? null : lonely(high);
          }
          if (low) {
            state = PLAIN;
            return lonely(value);
          }
          if (value >= 0xD800 && value <= 0xDBFF) {
            high = value;
            state = LOW_BACKSLASH;
          } else {
            state = PLAIN;
          }
          return null;
        }
        case LOW_BACKSLASH -> {
          if (c != '\\') {
            state = PLAIN;
            return lonely(high);
          }
          state = LOW_U;
          return null;
        }
        case LOW_U -> {
          if (c != 'u') {
            state = PLAIN;
            return lonely(high);
          }
          state = LOW_HEX;
          digits = 0;
          value = 0;
          return null;
        }
        default -> throw new AssertionError(state);
      }
    }

    /** A message if the text ended waiting for the second half of a pair. */
    @Nullable String end() {
      return state == LOW_BACKSLASH || state == LOW_U || state == LOW_HEX ? lonely(high) : null;
    }

    private static String lonely(int surrogate) {
      return String.format(
          Locale.ROOT,
          "a string holds the escape \\u%04X, half of a UTF-16 surrogate pair without the other"
              + " half, which no text can hold",
          surrogate);
    }
  }

  // ------------------------------------------------------------------ bytes

  /** The UTF-8 state machine of RFC 3629 (Unicode table 3-7), with lines and columns. */
  private static final class Utf8 {
    private static final VarHandle LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH = 0x8080808080808080L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

    private final Escapes escapes = new Escapes();

    /** The document offset of {@code chunk[chunkFrom]}. */
    private long chunkStart;

    private byte[] chunk = new byte[0];
    private int chunkFrom;
    private int chunkTo;

    private int line = 1;
    private long lineStart;
    private long lastCarriageReturn = -2;

    /** Continuation bytes still expected, and the range allowed for the next one. */
    private int needed;

    private int lower = 0x80;
    private int upper = 0xBF;
    private int lead;
    private long leadOffset;
    private int leadLine;
    private long leadLineStart;

    private @Nullable Problem problem;
    private long problemOffset;

    /**
     * Checks {@code bytes[from..to)}; returns the index of the first byte not to hand on (where the
     * first problem starts, or {@code from} if it started in an earlier chunk), or {@code to}.
     *
     * <p>Eight bytes are looked at at once: a word of printable ASCII and line feeds (nearly all of
     * a register) costs a few arithmetic operations; only a word with a non-ASCII byte, another
     * control character or a backslash is looked at byte by byte.
     */
    int scan(byte[] bytes, int from, int to) {
      if (problem != null) {
        return from;
      }
      chunk = bytes;
      chunkFrom = from;
      chunkTo = to;
      int i = from;
      while (i < to) {
        if (i + 8 <= to && needed == 0 && !escapes.busy()) {
          long word = (long) LONGS.get(bytes, i);
          long below20 = ~(((word & LOW7) + 0x6060606060606060L) | word) & HIGH;
          long other = (word & HIGH) | equalBytes(word, 0x5C5C5C5C5C5C5C5CL);
          if ((other | below20) == 0) {
            i += 8;
            continue;
          }
          long lineFeeds = equalBytes(word, 0x0A0A0A0A0A0A0A0AL);
          if ((other | (below20 & ~lineFeeds)) == 0) {
            long first = chunkStart + (i - from);
            if (lastCarriageReturn != first - 1) {
              line += Long.bitCount(lineFeeds);
              lineStart = first + (63 - Long.numberOfLeadingZeros(lineFeeds)) / 8 + 1;
              i += 8;
              continue;
            }
          }
        }
        for (int end = Math.min(to, i + 8); i < end; i++) {
          int b = bytes[i];
          if (b >= 0x20 && b != '\\' && needed == 0 && !escapes.busy()) {
            continue;
          }
          if (!step(b & 0xFF, i)) {
            int good = (int) Math.max(0, problemOffset - chunkStart);
            chunkStart += to - from;
            return from + Math.min(good, to - from);
          }
        }
      }
      chunkStart += to - from;
      return to;
    }

    /** A word with 0x80 in each byte of {@code word} that equals the byte of {@code pattern}. */
    private static long equalBytes(long word, long pattern) {
      long t = word ^ pattern;
      return ~(((t & LOW7) + LOW7) | t) & HIGH;
    }

    private boolean step(int b, int index) {
      long at = chunkStart + (index - chunkFrom);
      if (needed > 0) {
        if (b < lower || b > upper) {
          return invalid(badContinuation(b), leadLine, leadLineStart, leadOffset);
        }
        lower = 0x80;
        upper = 0xBF;
        needed--;
        return true;
      }
      if (at < 4 && (b == 0 || (at == 0 && b >= 0xFE))) {
        String encoding = wideEncoding(index - (int) at);
        if (encoding != null) {
          return fail("the file is " + encoding + "; save it as UTF-8", 1, 0, 0);
        }
      }
      if (b < 0x80) {
        if (b == '\n') {
          if (lastCarriageReturn != at - 1) {
            line++;
          }
          lineStart = at + 1;
        } else if (b == '\r') {
          line++;
          lineStart = at + 1;
          lastCarriageReturn = at;
        }
        String bad = escapes.accept(b);
        return bad == null || fail(bad, line, lineStart, at);
      }
      String bad = escapes.accept(0x80);
      if (bad != null) {
        return fail(bad, line, lineStart, at);
      }
      lead = b;
      leadOffset = at;
      leadLine = line;
      leadLineStart = lineStart;
      if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        needed = 2;
        lower = b == 0xE0 ? 0xA0 : 0x80;
        upper = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        needed = 3;
        lower = b == 0xF0 ? 0x90 : 0x80;
        upper = b == 0xF4 ? 0x8F : 0xBF;
      } else if (b == 0xC0 || b == 0xC1) {
        // Always an overlong form of an ASCII character: name it, if the next byte is here.
        int next = index + 1 < chunkTo ? chunk[index + 1] & 0xFF : -1;
        String of =
            (next & 0xC0) == 0x80
                ? String.format(
                    Locale.ROOT,
                    " (%02X %02X for U+%04X)",
                    b,
                    next,
                    ((b & 0x1F) << 6) | (next & 0x3F))
                : "";
        return invalid(
            "an overlong encoding" + of + ", a character must be written in the fewest bytes",
            line,
            lineStart,
            at);
      } else if (b <= 0xBF) {
        return invalid(
            String.format(Locale.ROOT, "byte %02X cannot start a character", b),
            line,
            lineStart,
            at);
      } else {
        return invalid(
            String.format(
                Locale.ROOT,
                "byte %02X never appears in UTF-8%s",
                b,
                b <= 0xF7 ? " (it would start a code point above U+10FFFF)" : ""),
            line,
            lineStart,
            at);
      }
      return true;
    }

    private String badContinuation(int b) {
      if ((b & 0xC0) != 0x80) {
        return String.format(Locale.ROOT, "a character cut short (%02X followed by %02X)", lead, b);
      }
      if (lead == 0xE0 || lead == 0xF0) {
        return String.format(
            Locale.ROOT,
            "an overlong encoding (%02X %02X ...), a character must be written in the fewest bytes",
            lead,
            b);
      }
      if (lead == 0xED) {
        return String.format(
            Locale.ROOT,
            "an encoded surrogate (ED %02X ...), half of a UTF-16 pair, which UTF-8 never holds",
            b);
      }
      return String.format(
          Locale.ROOT,
          "a code point above U+10FFFF (%02X %02X ...), which Unicode does not have",
          lead,
          b);
    }

    /**
     * The encoding the first bytes of the document show, if it is UTF-16 or UTF-32 and they are in
     * this chunk (they always are: the parser asks for thousands of bytes at once).
     */
    private @Nullable String wideEncoding(int documentStart) {
      if (chunkStart > 0 || documentStart < chunkFrom) {
        return null;
      }
      int n = Math.min(4, chunkTo - documentStart);
      int[] first = new int[4];
      for (int i = 0; i < n; i++) {
        first[i] = chunk[documentStart + i] & 0xFF;
      }
      return InputText.wideEncoding(first, n);
    }

    private boolean invalid(String detail, int atLine, long atLineStart, long at) {
      return fail(
          "the document is not valid UTF-8: "
              + detail
              + String.format(Locale.ROOT, " (byte offset %d)", at),
          atLine,
          atLineStart,
          at);
    }

    private boolean fail(String message, int atLine, long atLineStart, long at) {
      problem =
          new Problem(
              "",
              atLine,
              (int) Math.min(Integer.MAX_VALUE, at - atLineStart + 1),
              "",
              null,
              message);
      problemOffset = at;
      return false;
    }

    Problem problem() {
      return requireNonNull(problem, "problem");
    }

    /** The problem the end of the text makes, if any (a cut-short character or escape pair). */
    @Nullable Problem end() {
      if (problem == null && needed > 0) {
        invalid(
            "the document ends in the middle of a character", leadLine, leadLineStart, leadOffset);
      }
      if (problem == null) {
        String bad = escapes.end();
        if (bad != null) {
          fail(bad, line, lineStart, chunkStart);
        }
      }
      return problem;
    }
  }

  /**
   * The encoding that the first bytes of a JSON document show, if it is UTF-16 or UTF-32: a byte
   * order mark, or the NUL bytes that an ASCII character such as <code>{</code> has beside it in
   * those encodings (RFC 4627 section 3).
   */
  private static @Nullable String wideEncoding(int[] b, int n) {
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
      return "UTF-32 (big-endian)";
    }
    if (n >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32 (little-endian)";
    }
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
      return "UTF-16 (big-endian)";
    }
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
      return "UTF-16 (little-endian)";
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return "UTF-32 (big-endian)";
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return "UTF-32 (little-endian)";
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return "UTF-16 (big-endian)";
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return "UTF-16 (little-endian)";
    }
    return null;
  }

  private static final class CheckedStream extends FilterInputStream {
    private final Utf8 check = new Utf8();
    private boolean failed;

    CheckedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (failed) {
        throw new Invalid(check.problem());
      }
      int n = super.read(b, off, len);
      if (n < 0) {
        Problem atEnd = check.end();
        if (atEnd != null) {
          failed = true;
          throw new Invalid(atEnd);
        }
        return n;
      }
      int good = check.scan(b, off, off + n) - off;
      if (good < n) {
        failed = true;
        if (good <= 0) {
          throw new Invalid(check.problem());
        }
        // Hand over the good bytes first, so that the parser reports an earlier problem first.
        return good;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a checked document is read, not skipped");
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** The character check: lone surrogates, raw or escaped; lines and columns in characters. */
  private static final class Chars {
    private final Escapes escapes = new Escapes();
    private long offset;
    private int line = 1;
    private long lineStart;
    private long lastCarriageReturn = -2;
    private boolean pendingHigh;
    private @Nullable Problem problem;

    boolean accept(char c) {
      long at = offset++;
      if (pendingHigh) {
        pendingHigh = false;
        if (Character.isLowSurrogate(c)) {
          return true;
        }
        return fail(lone(Character.MIN_HIGH_SURROGATE), at - 1);
      }
      if (c >= 0x20 && c != '\\' && !Character.isSurrogate(c) && !escapes.busy()) {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        pendingHigh = true;
        return true;
      }
      if (Character.isLowSurrogate(c)) {
        return fail(lone(Character.MIN_LOW_SURROGATE), at);
      }
      if (c == '\n') {
        if (lastCarriageReturn != at - 1) {
          line++;
        }
        lineStart = at + 1;
      } else if (c == '\r') {
        line++;
        lineStart = at + 1;
        lastCarriageReturn = at;
      }
      String bad = escapes.accept(c);
      return bad == null || fail(bad, at);
    }

    private static String lone(char kind) {
      return kind == Character.MIN_HIGH_SURROGATE
          ? "the text holds half of a UTF-16 surrogate pair (a high surrogate) without the other half"
          : "the text holds half of a UTF-16 surrogate pair (a low surrogate) without the other half";
    }

    private boolean fail(String message, long at) {
      problem =
          new Problem(
              "", line, (int) Math.min(Integer.MAX_VALUE, at - lineStart + 1), "", null, message);
      return false;
    }

    Problem problem() {
      return requireNonNull(problem, "problem");
    }

    @Nullable Problem end() {
      if (problem != null) {
        return problem;
      }
      if (pendingHigh) {
        fail(lone(Character.MIN_HIGH_SURROGATE), offset - 1);
        return problem;
      }
      String bad = escapes.end();
      if (bad != null) {
        fail(bad, offset);
      }
      return problem;
    }
  }

  private static final class CheckedReader extends FilterReader {
    private final Chars check = new Chars();
    private boolean failed;

    CheckedReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      if (failed) {
        throw new Invalid(check.problem());
      }
      int n = super.read(cbuf, off, len);
      if (n < 0) {
        Problem atEnd = check.end();
        if (atEnd != null) {
          failed = true;
          throw new Invalid(atEnd);
        }
        return n;
      }
      for (int i = 0; i < n; i++) {
        if (!check.accept(cbuf[off + i])) {
          failed = true;
          if (i == 0) {
            throw new Invalid(check.problem());
          }
          return i;
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a checked document is read, not skipped");
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
