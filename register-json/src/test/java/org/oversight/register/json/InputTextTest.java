package org.oversight.register.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oversight.register.json.CheckedInput.at;
import static org.oversight.register.json.CheckedInput.byteProblem;
import static org.oversight.register.json.CheckedInput.bytes;
import static org.oversight.register.json.CheckedInput.trickled;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.oversight.register.validation.Problem;

/**
 * The text check on its own, below the readers: each encoding it names, each problem's exact words
 * and place in bytes and in characters, and how the checked stream and reader hand out what they
 * read.
 */
class InputTextTest {
  @Test
  void everyWideEncodingIsNamedFromItsFirstBytes() {
    assertThat(encoding(0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, '{'))
        .isEqualTo("UTF-32 (big-endian)");
    assertThat(encoding(0xFF, 0xFE, 0x00, 0x00, '{', 0x00, 0x00, 0x00))
        .isEqualTo("UTF-32 (little-endian)");
    assertThat(encoding(0xFE, 0xFF, 0x00, '{')).isEqualTo("UTF-16 (big-endian)");
    assertThat(encoding(0xFF, 0xFE, '{', 0x00)).isEqualTo("UTF-16 (little-endian)");
    assertThat(encoding(0x00, 0x00, 0x00, '{')).isEqualTo("UTF-32 (big-endian)");
    assertThat(encoding('{', 0x00, 0x00, 0x00)).isEqualTo("UTF-32 (little-endian)");
    assertThat(encoding(0x00, '{', 0x00, '}')).isEqualTo("UTF-16 (big-endian)");
    assertThat(encoding('{', 0x00, '}', 0x00)).isEqualTo("UTF-16 (little-endian)");
  }

  @Test
  void aDocumentOfTwoOrThreeBytesIsNamedToo() {
    assertThat(encoding(0xFE, 0xFF)).isEqualTo("UTF-16 (big-endian)");
    assertThat(encoding(0xFF, 0xFE)).isEqualTo("UTF-16 (little-endian)");
    assertThat(encoding(0x00, '1')).isEqualTo("UTF-16 (big-endian)");
    assertThat(encoding('1', 0x00)).isEqualTo("UTF-16 (little-endian)");
    assertThat(encoding(0xFF, 0xFE, 0x00)).isEqualTo("UTF-16 (little-endian)");
    assertThat(encoding('1', 0x00, 0x00)).isEqualTo("UTF-16 (little-endian)");
    assertThat(encoding(0x00, '1', 0x00)).isEqualTo("UTF-16 (big-endian)");
  }

  @Test
  void aWideEncodingIsPlacedAtTheStartOfTheDocument() {
    Problem problem = byteProblem(bytes(0x00, 0x00, 0x00, '{'));

    assertThat(problem).isEqualTo(at(1, 1, "the file is UTF-32 (big-endian); save it as UTF-8"));
  }

  @Test
  void aNulByteAfterTheFirstFourIsLeftToTheParser() {
    assertThat(byteProblem(bytes('{', '"', 'a', '"', 0x00, '}'))).isNull();
    assertThat(byteProblem(bytes('{', '"', 0x00))).isNull();
  }

  @Test
  void bytesThatNeverAppearInUtf8AreNamedWithTheirPlace() {
    assertThat(byteProblem(bytes('a', 'b', 0xF7, 0xBF, 0xBF, 0xBF)))
        .isEqualTo(
            at(
                1,
                3,
                "the document is not valid UTF-8: byte F7 never appears in UTF-8 (it would start a"
                    + " code point above U+10FFFF) (byte offset 2)"));
    assertThat(byteProblem(bytes('a', 'b', 0xF8, 0x80)).message())
        .isEqualTo(
            "the document is not valid UTF-8: byte F8 never appears in UTF-8 (byte offset 2)");
    assertThat(byteProblem(bytes('a', 'b', 0xFF)).message())
        .isEqualTo(
            "the document is not valid UTF-8: byte FF never appears in UTF-8 (byte offset 2)");
    assertThat(byteProblem(bytes('a', 'b', 0xBF)).message())
        .isEqualTo(
            "the document is not valid UTF-8: byte BF cannot start a character (byte offset 2)");
  }

  @Test
  void eachBadContinuationIsNamedExactly() {
    assertThat(byteProblem(bytes('a', 0xC3, 'b')).message())
        .isEqualTo(
            "the document is not valid UTF-8: a character cut short (C3 followed by 62) (byte"
                + " offset 1)");
    assertThat(byteProblem(bytes('a', 0xE0, 0x9F, 0x80)).message())
        .isEqualTo(
            "the document is not valid UTF-8: an overlong encoding (E0 9F ...), a character must"
                + " be written in the fewest bytes (byte offset 1)");
    assertThat(byteProblem(bytes('a', 0xF0, 0x8F, 0x80, 0x80)).message())
        .isEqualTo(
            "the document is not valid UTF-8: an overlong encoding (F0 8F ...), a character must"
                + " be written in the fewest bytes (byte offset 1)");
    assertThat(byteProblem(bytes('a', 0xED, 0xA0, 0x80)).message())
        .isEqualTo(
            "the document is not valid UTF-8: an encoded surrogate (ED A0 ...), half of a UTF-16"
                + " pair, which UTF-8 never holds (byte offset 1)");
    assertThat(byteProblem(bytes('a', 0xF4, 0x90, 0x80, 0x80)).message())
        .isEqualTo(
            "the document is not valid UTF-8: a code point above U+10FFFF (F4 90 ...), which"
                + " Unicode does not have (byte offset 1)");
    assertThat(byteProblem(bytes('a', 0xC1, 0x81)).message())
        .isEqualTo(
            "the document is not valid UTF-8: an overlong encoding (C1 81 for U+0041), a character"
                + " must be written in the fewest bytes (byte offset 1)");
    assertThat(byteProblem(bytes('a', 0xC0)).message())
        .isEqualTo(
            "the document is not valid UTF-8: an overlong encoding, a character must be written in"
                + " the fewest bytes (byte offset 1)");
    assertThat(byteProblem(bytes('a', 0xC0, 'b')).message())
        .isEqualTo(
            "the document is not valid UTF-8: an overlong encoding, a character must be written in"
                + " the fewest bytes (byte offset 1)");
  }

  @Test
  void theEdgesOfEachMultiByteFormAreAccepted() {
    byte[] edges =
        bytes(
            0xC2, 0x80, 0xDF, 0xBF, // U+0080, U+07FF
            0xE0, 0xA0, 0x80, 0xE1, 0x80, 0x80, 0xEC, 0xBF, 0xBF, // U+0800, U+1000, U+CFFF
            0xED, 0x80, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80, 0xEF, 0xBF, 0xBF, // to U+FFFF
            0xF0, 0x90, 0x80, 0x80, 0xF3, 0xBF, 0xBF, 0xBF, 0xF4, 0x80, 0x80, 0x80, 0xF4, 0x8F,
            0xBF, 0xBF); // U+10000, U+FFFFF, U+100000, U+10FFFF

    assertThat(byteProblem(edges)).isNull();
    assertThat(byteProblem(bytes(0xEF, 0xBB, 0xBF, '{', '}'))).isNull();
  }

  @Test
  void aCharacterCutShortIsPlacedAtItsFirstByteOnItsOwnLine() {
    Problem problem = byteProblem(bytes('a', '\n', 'b', 'c', 0xE2, 0x82, '\n', 'd'));

    assertThat(List.of(problem.line(), problem.column())).containsExactly(2, 3);
    assertThat(problem.message())
        .isEqualTo(
            "the document is not valid UTF-8: a character cut short (E2 followed by 0A) (byte"
                + " offset 4)");
  }

  @Test
  void theEndOfTheDocumentInTheMiddleOfACharacterIsPlacedAtItsFirstByte() {
    Problem problem = byteProblem(bytes('a', '\r', '\n', 'b', 0xF0, 0x9F, 0x98));

    assertThat(problem)
        .isEqualTo(
            at(
                2,
                2,
                "the document is not valid UTF-8: the document ends in the middle of a character"
                    + " (byte offset 4)"));
  }

  @Test
  void escapedSurrogatesInBytesArePlacedWhereTheEscapeGoesWrong() {
    // The high half, then something that is not a backslash: at that character.
    assertThat(byteProblem("[\"\\uD83D\"]".getBytes(UTF_8))).isEqualTo(at(1, 9, lonely("D83D")));
    // The high half, a backslash, then not "u".
    assertThat(byteProblem("[\"\\uDBFF\\n\"]".getBytes(UTF_8)))
        .isEqualTo(at(1, 10, lonely("DBFF")));
    // The high half and another high half.
    assertThat(byteProblem("[\"\\uD800\\uD800\"]".getBytes(UTF_8)))
        .isEqualTo(at(1, 14, lonely("D800")));
    // A low half alone, on the second line, at its last digit.
    assertThat(byteProblem("[\n\"\\uDFFF\"]".getBytes(UTF_8))).isEqualTo(at(2, 7, lonely("DFFF")));
    // The high half just before a non-ASCII character.
    assertThat(byteProblem("[\"\\uD800é\"]".getBytes(UTF_8))).isEqualTo(at(1, 9, lonely("D800")));
    // The text ends waiting for the low half: placed at the end.
    assertThat(byteProblem("\n\"\\ud800".getBytes(UTF_8))).isEqualTo(at(2, 8, lonely("D800")));
    assertThat(byteProblem("\"\\ud800\\".getBytes(UTF_8))).isEqualTo(at(1, 9, lonely("D800")));
    assertThat(byteProblem("\"\\ud800\\u00".getBytes(UTF_8))).isEqualTo(at(1, 12, lonely("D800")));
  }

  @Test
  void escapesThatAreNotSurrogatesPass() {
    for (String fine :
        List.of(
            "[\"\\uD7FF\\uE000\\u0041\\uFFFF\"]",
            "[\"\\uD83D\\uDE00\\udbff\\udfff\"]",
            "[\"\\\\uD800\"]",
            "[\"\\ud8\\n\"]",
            "[\"\\uD8G0\", \"\\uDC\\u0041\"]",
            "[\"\\x\\uD83D\\uDE00\"]")) {
      assertThat(byteProblem(fine.getBytes(UTF_8))).as(fine).isNull();
      assertThat(InputText.firstProblem(fine)).as(fine).isNull();
    }
  }

  @Test
  void aBrokenEscapeEndsThereAndTheNextEscapeIsJudgedAlone() {
    // "\\uDg": g is no hex digit, so nothing is escaped there (the parser reports it).
    assertThat(byteProblem("[\"\\uDgFF\\uDC00\"]".getBytes(UTF_8)))
        .isEqualTo(at(1, 14, lonely("DC00")));
  }

  @Test
  void lowerCaseHexDigitsUpToFAreHexAndWideDigitsAreNot() {
    assertThat(byteProblem("[\"\\ud8ff\"]".getBytes(UTF_8))).isEqualTo(at(1, 9, lonely("D8FF")));
    assertThat(InputText.firstProblem("[\"\\ud8ff\"]")).isEqualTo(at(1, 9, lonely("D8FF")));
    // U+FF24 is a digit to Character.digit, but no JSON escape has it.
    assertThat(InputText.firstProblem("[\"\\u\uFF24800\"]")).isNull();
  }

  @Test
  void escapedSurrogatesInCharactersArePlacedInCharacters() {
    assertThat(InputText.firstProblem("[\"é\\uD83D\"]")).isEqualTo(at(1, 10, lonely("D83D")));
    assertThat(InputText.firstProblem("\r\n\"\\uDC00\"")).isEqualTo(at(2, 7, lonely("DC00")));
    assertThat(InputText.firstProblem("\r\"\\uD800")).isEqualTo(at(2, 8, lonely("D800")));
  }

  @Test
  void loneSurrogatesInCharactersArePlacedInCharacters() {
    String high =
        "the text holds half of a UTF-16 surrogate pair (a high surrogate) without the other half";
    String low =
        "the text holds half of a UTF-16 surrogate pair (a low surrogate) without the other half";

    assertThat(InputText.firstProblem("ab\uD800")).isEqualTo(at(1, 3, high));
    assertThat(InputText.firstProblem("ab\uD800c")).isEqualTo(at(1, 3, high));
    assertThat(InputText.firstProblem("a\n\uDC00")).isEqualTo(at(2, 1, low));
    assertThat(InputText.firstProblem("\r\r\n\r\n\n x\uD83D\uDE00\uDFFF")).isEqualTo(at(5, 5, low));
    assertThat(InputText.firstProblem("\uD83D\uDE00 \uD83D\uDE00")).isNull();
    assertThat(InputText.firstProblem("")).isNull();
  }

  @Test
  void theCheckedReaderHandsOverTheGoodCharactersBeforeFailing() throws IOException {
    Reader checked = InputText.checked(new StringReader("ab\uDC00cd"));
    char[] buffer = new char[10];

    int first = checked.read(buffer, 0, 10);
    Problem problem = failsAgainAlike(() -> checked.read(buffer, 0, 10));

    assertThat(first).isEqualTo(2);
    assertThat(new String(buffer, 0, 2)).isEqualTo("ab");
    assertThat(List.of(problem.line(), problem.column())).containsExactly(1, 3);
  }

  @Test
  void theCheckedReaderReadsCharacterByCharacter() throws IOException {
    Reader checked = InputText.checked(new StringReader("aé\uD83D\uDE00"));
    List<Integer> read = new ArrayList<>();

    for (int c = checked.read(); c >= 0; c = checked.read()) {
      read.add(c);
    }

    assertThat(read).containsExactly((int) 'a', (int) 'é', 0xD83D, 0xDE00);
    assertThat(checked.markSupported()).isFalse();
    assertThatThrownBy(() -> checked.skip(1))
        .isInstanceOf(IOException.class)
        .hasMessage("a checked document is read, not skipped");
  }

  @Test
  void theCheckedReaderFailsAtTheEndOfAnUnfinishedPair() throws IOException {
    Reader checked = InputText.checked(new StringReader("a\uD800"));
    char[] buffer = new char[10];

    int first = checked.read(buffer, 0, 10);
    Problem atEnd = failsAgainAlike(() -> checked.read(buffer, 0, 10));

    assertThat(first).isEqualTo(2);
    assertThat(List.of(atEnd.line(), atEnd.column())).containsExactly(1, 2);
  }

  @Test
  void theCheckedStreamHandsOverTheGoodBytesBeforeFailing() throws IOException {
    InputStream checked = InputText.checked(new ByteArrayInputStream(bytes('a', 'b', 0xFF, 'c')));
    byte[] buffer = new byte[10];

    int first = checked.read(buffer, 0, 10);
    Problem problem = failsAgainAlike(() -> checked.read(buffer, 0, 10));

    assertThat(first).isEqualTo(2);
    assertThat(problem.message()).endsWith("(byte offset 2)");
  }

  @Test
  void theCheckedStreamReadsByteByByteAndFailsAtTheEnd() throws IOException {
    InputStream checked = InputText.checked(new ByteArrayInputStream(bytes('a', 0xC3, 0xA9)));
    List<Integer> read = new ArrayList<>();

    for (int b = checked.read(); b >= 0; b = checked.read()) {
      read.add(b);
    }
    InputStream cut = InputText.checked(new ByteArrayInputStream(bytes('a', 0xC3)));
    int a = cut.read();
    int c3 = cut.read();
    Problem atEnd = failsAgainAlike(cut::read);

    assertThat(read).containsExactly((int) 'a', 0xC3, 0xA9);
    assertThat(List.of(a, c3)).containsExactly((int) 'a', 0xC3);
    assertThat(atEnd.message())
        .isEqualTo(
            "the document is not valid UTF-8: the document ends in the middle of a character (byte"
                + " offset 1)");
    assertThat(checked.markSupported()).isFalse();
    assertThatThrownBy(() -> checked.skip(1))
        .isInstanceOf(IOException.class)
        .hasMessage("a checked document is read, not skipped");
  }

  @Test
  void aBadByteFirstInARead() throws IOException {
    InputStream checked = InputText.checked(new ByteArrayInputStream(bytes(0x80, 'a')));

    InputText.Invalid invalid =
        catchThrowableOfType(InputText.Invalid.class, () -> checked.read(new byte[4], 0, 4));

    assertThat(invalid.problem())
        .isEqualTo(
            at(
                1,
                1,
                "the document is not valid UTF-8: byte 80 cannot start a character (byte offset"
                    + " 0)"));
    assertThat(invalid.getMessage()).startsWith(invalid.problem().message());
  }

  @Test
  void aCharacterCutShortAcrossAWordOfPlainTextIsStillCutShort() {
    // The lead byte ends the first eight bytes; the next eight are plain ASCII.
    byte[] bytes =
        bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 0xC3, 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o');

    assertThat(byteProblem(bytes).message())
        .isEqualTo(
            "the document is not valid UTF-8: a character cut short (C3 followed by 68) (byte"
                + " offset 7)");
  }

  @Test
  void anEscapeAcrossAWordOfPlainTextIsStillFollowed() {
    byte[] bytes = "[\"abc\\uD800abcdefgh\"]".getBytes(UTF_8);

    assertThat(byteProblem(bytes)).isEqualTo(at(1, 12, lonely("D800")));
  }

  @Test
  void wordsOfLineBreaksAndControlCharactersAreCounted() {
    String text = "[\n\n\n\n\n\n\n\n\r\r\r\r\r\r\r\r\r\n\r\n\r\n\r\n\t\t\t\t\t\t\t\t\"\\uDC00\"]";

    assertThat(byteProblem(text.getBytes(UTF_8))).isEqualTo(at(21, 15, lonely("DC00")));
    assertThat(InputText.firstProblem(text)).isEqualTo(at(21, 15, lonely("DC00")));
  }

  @Test
  void bytesAndCharactersAgreeOnEveryPlainText() {
    String alphabet = "aZ09 {}[]\":,-.\t\n\r\\uDdCc8F0";
    qt().withFixedSeed(20_140)
        .withExamples(3000)
        .forAll(
            lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 80),
            integers().between(1, 24))
        .checkAssert(
            (picks, chunk) -> {
              StringBuilder text = new StringBuilder("abcd");
              for (int pick : picks) {
                text.append(alphabet.charAt(pick));
              }
              String string = text.toString();
              Problem fromChars = InputText.firstProblem(string);
              Problem fromBytes = trickled(string.getBytes(UTF_8), chunk);
              assertThat(fromBytes).as("%s in chunks of %d", string, chunk).isEqualTo(fromChars);
            });
  }

  @Test
  void readsIntoTheMiddleOfABufferCountFromTheirOffset() throws IOException {
    InputStream checked =
        InputText.checked(
            new CheckedInput.Trickle(
                bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 0xFF, 'i', 'j'), 3));
    byte[] buffer = new byte[20];
    List<Integer> counts = new ArrayList<>();

    InputText.Invalid invalid =
        catchThrowableOfType(
            InputText.Invalid.class,
            () -> {
              for (int n = checked.read(buffer, 7, 10); ; n = checked.read(buffer, 7, 10)) {
                counts.add(n);
              }
            });

    assertThat(counts).containsExactly(3, 3, 2);
    assertThat(invalid.problem())
        .isEqualTo(
            at(
                1,
                9,
                "the document is not valid UTF-8: byte FF never appears in UTF-8 (byte offset 8)"));
  }

  @Test
  void anOverlongLeadAtTheEndOfAReadIsNotNamedFromBytesBeyondIt() throws IOException {
    InputStream checked = InputText.checked(new ByteArrayInputStream(bytes('a', 0xC1)));
    byte[] buffer = new byte[8];
    java.util.Arrays.fill(buffer, (byte) 0x81);

    InputText.Invalid invalid =
        catchThrowableOfType(
            InputText.Invalid.class,
            () -> {
              int n = checked.read(buffer, 0, 8);
              assertThat(n).isEqualTo(1);
              checked.read(buffer, 0, 8);
            });

    assertThat(invalid.problem().message())
        .isEqualTo(
            "the document is not valid UTF-8: an overlong encoding, a character must be written in"
                + " the fewest bytes (byte offset 1)");
  }

  @Test
  void aWideEncodingIsNamedOnlyFromTheFirstRead() {
    // The parser reads thousands of bytes at once; a stream that hands them out one by one leaves
    // the NUL bytes to the parser.
    byte[] utf16 = bytes('{', 0x00, '}', 0x00);

    assertThat(trickled(utf16, 4)).isEqualTo(at(1, 1, wide("UTF-16 (little-endian)")));
    assertThat(trickled(utf16, 1)).isNull();
  }

  @Test
  void theCheckedReaderStopsAtABadEscapeOrAnUnpairedHighSurrogate() throws IOException {
    char[] buffer = new char[20];
    Reader escape = InputText.checked(new StringReader("[\"\\uD800\"] x"));
    Reader high = InputText.checked(new StringReader("ab\uD800cd"));

    int beforeEscape = escape.read(buffer, 0, 20);
    int beforeHigh = high.read(buffer, 0, 20);

    // The characters before the one that shows the problem are handed over; no more.
    assertThat(List.of(beforeEscape, beforeHigh)).containsExactly(8, 3);
    assertThat(
            catchThrowableOfType(InputText.Invalid.class, () -> escape.read(buffer, 0, 20))
                .problem())
        .isEqualTo(at(1, 9, lonely("D800")));
    assertThat(
            catchThrowableOfType(InputText.Invalid.class, () -> high.read(buffer, 0, 20)).problem())
        .isEqualTo(
            at(
                1,
                3,
                "the text holds half of a UTF-16 surrogate pair (a high surrogate) without the other"
                    + " half"));
  }

  @Test
  void aBackslashEndsAnEscapeCutShortAndStartsTheNext() {
    String text = "[\"\\uD8\\uDC00\"]";

    assertThat(byteProblem(text.getBytes(UTF_8))).isEqualTo(at(1, 12, lonely("DC00")));
    assertThat(InputText.firstProblem(text)).isEqualTo(at(1, 12, lonely("DC00")));
  }

  @Test
  void aShortFirstReadIntoTheMiddleOfABufferIsNamedFromItsOwnBytes() throws IOException {
    InputStream checked = InputText.checked(new ByteArrayInputStream(bytes('1', 0x00)));
    byte[] buffer = new byte[16];

    InputText.Invalid invalid =
        catchThrowableOfType(InputText.Invalid.class, () -> checked.read(buffer, 5, 11));

    assertThat(invalid.problem().message()).isEqualTo(wide("UTF-16 (little-endian)"));
  }

  // ------------------------------------------------------------------ helpers

  private static String wide(String encoding) {
    return "the file is " + encoding + "; save it as UTF-8";
  }

  private static String lonely(String hex) {
    return "a string holds the escape \\u"
        + hex
        + ", half of a UTF-16 surrogate pair without the other half, which no text can hold";
  }

  /**
   * The problem of a read that fails, having checked that the next read fails with the same
   * problem: a checked input that has failed stays failed.
   */
  private static Problem failsAgainAlike(ThrowingCallable read) {
    InputText.Invalid first = catchThrowableOfType(InputText.Invalid.class, read);
    InputText.Invalid again = catchThrowableOfType(InputText.Invalid.class, read);
    assertThat(first).as("failed").isNotNull();
    assertThat(again).as("failed again").isNotNull();
    assertThat(again.problem()).isEqualTo(first.problem());
    return first.problem();
  }

  /** The encoding named for a document starting with these bytes. */
  private static String encoding(int... values) {
    Problem problem = byteProblem(bytes(values));
    assertThat(problem).as("refused").isNotNull();
    String message = problem.message();
    assertThat(message).startsWith("the file is ").endsWith("; save it as UTF-8");
    return message.substring(
        "the file is ".length(), message.length() - "; save it as UTF-8".length());
  }
}
