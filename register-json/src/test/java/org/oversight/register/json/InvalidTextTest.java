package org.oversight.register.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oversight.register.json.CheckedInput.trickled;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.Problem;

/**
 * Text that is not well-formed UTF-8, or not UTF-8 at all, is refused with its place, from every
 * source (bytes, stream, file, characters, string) and in FOI requests too.
 */
class InvalidTextTest {
  private static final String HEAD = "{\n  \"schemaVersion\": 1,\n  \"organisation\": \"Essex";
  private static final String TAIL =
      """
      Police",
        "asAt": "2021-09-06",
        "assets": [],
        "dpias": [],
        "contracts": []
      }
      """;

  /** Line 3, column 25: the byte just after {@code "Essex}. */
  private static final int LINE = 3;

  private static final int COLUMN = 25;
  private static final int OFFSET = HEAD.length();

  private static final Charset UTF_16LE = Charset.forName("UTF-16LE");
  private static final Charset UTF_16BE = Charset.forName("UTF-16BE");
  private static final Charset UTF_16 = Charset.forName("UTF-16");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

  @TempDir Path directory;

  private final RegisterJson json = RegisterJson.standard();

  @Test
  void theDocumentWithoutBadBytesIsValid() throws Exception {
    RegisterContents contents = json.readContents(document());

    assertThat(contents.organisation().name()).isEqualTo("EssexPolice");
  }

  @Test
  void anOverlongEscapeCharacterIsRefusedWithItsPlace() throws Exception {
    Problem problem = onlyProblem(document(0xC0, 0x9B));

    assertThat(problem.line()).isEqualTo(LINE);
    assertThat(problem.column()).isEqualTo(COLUMN);
    assertThat(problem.pointer()).isEqualTo("/organisation");
    assertThat(problem.message())
        .isEqualTo(
            "the document is not valid UTF-8: an overlong encoding (C0 9B for U+001B), a character"
                + " must be written in the fewest bytes (byte offset "
                + OFFSET
                + ")");
  }

  @Test
  void otherOverlongFormsAreRefused() throws Exception {
    assertThat(onlyProblem(document(0xC1, 0xBF)).message()).contains("overlong encoding (C1 BF");
    assertThat(onlyProblem(document(0xE0, 0x80, 0x80)).message())
        .contains("overlong encoding (E0 80 ...)");
    assertThat(onlyProblem(document(0xF0, 0x80, 0x80, 0x80)).message())
        .contains("overlong encoding (F0 80 ...)");
    assertThat(onlyProblem(document(0xE0, 0x80, 0x80)).column()).isEqualTo(COLUMN);
  }

  @Test
  void codePointsAboveTheLastAreRefused() throws Exception {
    Problem above = onlyProblem(document(0xF4, 0x90, 0x80, 0x80));
    Problem f5 = onlyProblem(document(0xF5, 0x80, 0x80, 0x80));

    assertThat(above.message()).contains("a code point above U+10FFFF (F4 90 ...)");
    assertThat(above.column()).isEqualTo(COLUMN);
    assertThat(f5.message()).contains("byte F5 never appears in UTF-8");
  }

  @Test
  void encodedSurrogatesAreRefusedAsSuch() throws Exception {
    Problem problem = onlyProblem(document(0xED, 0xA0, 0x80));

    assertThat(problem.message()).contains("an encoded surrogate (ED A0 ...)");
    assertThat(problem.column()).isEqualTo(COLUMN);
  }

  @Test
  void strayAndCutShortBytesAreRefusedWithTheirPlace() throws Exception {
    Problem stray = onlyProblem(document(0x80));
    Problem cut = onlyProblem(document(0xE2, 0x82));

    assertThat(stray.message()).contains("byte 80 cannot start a character");
    assertThat(cut.message()).contains("a character cut short (E2 followed by 50)");
    assertThat(List.of(stray.line(), stray.column(), cut.line(), cut.column()))
        .containsExactly(LINE, COLUMN, LINE, COLUMN);
  }

  @Test
  void aDocumentEndingInTheMiddleOfACharacterIsRefused() throws Exception {
    byte[] bytes = concat(HEAD.getBytes(UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});

    Problem problem = onlyProblem(bytes);

    assertThat(problem.message()).contains("ends in the middle of a character");
    assertThat(problem.column()).isEqualTo(COLUMN);
  }

  @Test
  void anEscapedLoneSurrogateIsRefusedAndAPairIsAccepted() throws Exception {
    Problem high = onlyProblem(text("\\ud800"));
    Problem low = onlyProblem(text("\\uDC00x"));
    Problem twoHighs = onlyProblem(text("\\ud800\\ud800"));

    assertThat(high.message())
        .isEqualTo(
            "a string holds the escape \\uD800, half of a UTF-16 surrogate pair without the other"
                + " half, which no text can hold");
    assertThat(high.pointer()).isEqualTo("/organisation");
    assertThat(low.message()).contains("\\uDC00");
    assertThat(twoHighs.message()).contains("\\uD800");
    assertThat(json.readContents(text("\\ud83d\\ude00")).organisation().name())
        .isEqualTo("Essex\uD83D\uDE00Police");
    assertThat(json.readContents(text("\\\\ud800")).organisation().name())
        .isEqualTo("Essex\\ud800Police");
  }

  @Test
  void aLoneSurrogateInTextIsRefused() {
    String lone = HEAD + "\uD800" + TAIL;

    RegisterFormatException fromString =
        catchThrowableOfType(RegisterFormatException.class, () -> json.parseContents(lone));
    RegisterFormatException fromReader =
        catchThrowableOfType(
            RegisterFormatException.class, () -> json.readContents(new StringReader(lone)));

    for (RegisterFormatException e : List.of(fromString, fromReader)) {
      assertThat(e.problems()).hasSize(1);
      Problem problem = e.problems().get(0);
      assertThat(problem.message()).contains("half of a UTF-16 surrogate pair");
      assertThat(List.of(problem.line(), problem.column())).containsExactly(LINE, COLUMN);
    }
  }

  @Test
  void utf16AndUtf32FilesAreNamedAsSuch() throws Exception {
    String text = HEAD + TAIL;
    assertThat(onlyProblem(text.getBytes(UTF_16LE)).message())
        .isEqualTo("the file is UTF-16 (little-endian); save it as UTF-8");
    assertThat(onlyProblem(text.getBytes(UTF_16BE)).message())
        .isEqualTo("the file is UTF-16 (big-endian); save it as UTF-8");
    assertThat(onlyProblem(text.getBytes(UTF_16)).message()) // with a byte order mark
        .isEqualTo("the file is UTF-16 (big-endian); save it as UTF-8");
    assertThat(onlyProblem(("\uFEFF" + text).getBytes(UTF_16LE)).message())
        .isEqualTo("the file is UTF-16 (little-endian); save it as UTF-8");
    assertThat(onlyProblem(text.getBytes(UTF_32LE)).message())
        .isEqualTo("the file is UTF-32 (little-endian); save it as UTF-8");
    assertThat(onlyProblem(("\uFEFF" + text).getBytes(UTF_32BE)).message())
        .isEqualTo("the file is UTF-32 (big-endian); save it as UTF-8");
    Problem problem = onlyProblem(text.getBytes(UTF_16LE));
    assertThat(List.of(problem.line(), problem.column())).containsExactly(1, 1);
  }

  @Test
  void aUtf8ByteOrderMarkIsAcceptedAndSkipped() throws Exception {
    byte[] withMark = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, document());

    assertThat(json.readContents(withMark)).isEqualTo(json.readContents(document()));
  }

  @Test
  void anEarlierSyntaxErrorIsStillReportedFirst() {
    byte[] bytes =
        concat(
            "{\"schemaVersion\": 1,, \"organisation\": \"".getBytes(UTF_8),
            new byte[] {(byte) 0xC0, (byte) 0x9B, '"', '}'});

    assertThat(onlyProblem(bytes).message()).doesNotContain("UTF-8");
  }

  @Test
  void theCheckAgreesWithTheJdksStrictDecoderInChunksOfAnySize() {
    qt().withFixedSeed(20_131)
        .withExamples(3000)
        .forAll(
            lists().of(integers().between(0, 255)).ofSizeBetween(0, 12), integers().between(1, 5))
        .checkAssert(
            (values, chunk) -> {
              // Biased towards the bytes of multi-byte sequences.
              byte[] bytes =
                  abcdThen(values, v -> v < 96 ? 0x80 + v % 64 : v < 160 ? 0xC0 + v % 64 : v);
              boolean jdk = strictlyDecodes(bytes);
              boolean ours = trickled(bytes, chunk) == null;
              assertThat(ours).as("accepted %s", hex(bytes)).isEqualTo(jdk);
            });
  }

  @Test
  void theFirstProblemIsPlacedWhereTheJdksDecoderFindsIt() {
    qt().withFixedSeed(20_132)
        .withExamples(3000)
        .forAll(
            lists().of(integers().between(0, 255)).ofSizeBetween(0, 60), integers().between(1, 40))
        .checkAssert(
            (values, chunk) -> {
              // Mostly ASCII with line breaks, so that whole words of eight bytes occur.
              byte[] bytes =
                  abcdThen(
                      values, v -> v < 150 ? 'a' + v % 26 : v < 175 ? '\n' : v < 180 ? '\r' : v);
              int at = firstMalformed(bytes);
              Problem problem = trickled(bytes, chunk);
              if (at < 0) {
                assertThat(problem).as("accepted %s", hex(bytes)).isNull();
              } else {
                assertThat(problem).as("refused %s", hex(bytes)).isNotNull();
                assertThat(problem.message()).endsWith("(byte offset " + at + ")");
                assertThat(List.of(problem.line(), problem.column()))
                    .as("place in %s", hex(bytes))
                    .isEqualTo(place(bytes, at));
              }
            });
  }

  @Test
  void fromAFileToo() throws Exception {
    Path file = directory.resolve("register.json");
    Files.write(file, document(0xC0, 0x9B));

    RegisterFormatException e =
        catchThrowableOfType(RegisterFormatException.class, () -> json.readContents(file));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString())
        .startsWith("3:25: /organisation: the document is not valid UTF-8: an overlong encoding");
  }

  @Test
  void foiRequestsAreCheckedToo() throws Exception {
    String request =
        "{\"reference\": \"1\", \"receivedOn\": \"2021-09-06\", \"regime\": \"FOIA\", \"questions\":"
            + " [{\"id\": \"1\", \"text\": \"All ";
    String rest = "cameras\", \"assets\": {\"manufacturer\": \"Hikvision\"}}]}";
    Path overlong = directory.resolve("overlong.json");
    Files.write(
        overlong,
        concat(
            request.getBytes(UTF_8), new byte[] {(byte) 0xC0, (byte) 0x8A}, rest.getBytes(UTF_8)));
    Path wide = directory.resolve("wide.json");
    Files.write(wide, (request + rest).getBytes(UTF_16LE));
    Path fine = directory.resolve("fine.json");
    Files.write(fine, (request + rest).getBytes(UTF_8));

    assertThatCode(() -> FoiJson.readRequest(fine)).doesNotThrowAnyException();
    assertThat(foiProblem(() -> FoiJson.readRequest(overlong)).message())
        .contains("overlong encoding (C0 8A for U+000A)");
    assertThat(foiProblem(() -> FoiJson.readRequest(wide)).message())
        .isEqualTo("the file is UTF-16 (little-endian); save it as UTF-8");
    assertThat(foiProblem(() -> FoiJson.readRequest(request + "\uDC00" + rest)).message())
        .contains("half of a UTF-16 surrogate pair");
    assertThat(foiProblem(() -> FoiJson.readRequest(request + "\\ud800" + rest)).message())
        .contains("\\uD800");
  }

  // ------------------------------------------------------------------ helpers

  private interface Reading {
    void run() throws Exception;
  }

  private static Problem foiProblem(Reading reading) {
    RegisterFormatException e = catchThrowableOfType(RegisterFormatException.class, reading::run);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  /** The one problem, the same whether read from bytes or a stream. */
  private Problem onlyProblem(byte[] bytes) {
    RegisterFormatException fromBytes =
        catchThrowableOfType(RegisterFormatException.class, () -> json.readContents(bytes));
    RegisterFormatException fromStream =
        catchThrowableOfType(
            RegisterFormatException.class,
            () -> json.readContents(new ByteArrayInputStream(bytes)));
    assertThat(fromBytes).as("refused").isNotNull();
    assertThat(fromBytes.problems()).hasSize(1);
    assertThat(fromStream.problems()).isEqualTo(fromBytes.problems());
    return fromBytes.problems().get(0);
  }

  private static byte[] document(int... bad) {
    byte[] middle = new byte[bad.length];
    for (int i = 0; i < bad.length; i++) {
      middle[i] = (byte) bad[i];
    }
    return concat(HEAD.getBytes(UTF_8), middle, TAIL.getBytes(UTF_8));
  }

  private static byte[] text(String middle) {
    return (HEAD + middle + TAIL).getBytes(UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static boolean strictlyDecodes(byte[] bytes) {
    try {
      Charset.forName("UTF-8")
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Where the JDK's strict decoder finds the first malformed input, or -1. */
  private static int firstMalformed(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result =
        UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, CharBuffer.allocate(bytes.length), true);
    return result.isError() ? in.position() : -1;
  }

  /** Line and column of byte {@code at}: a line ends at LF, CR LF or a lone CR. */
  private static List<Integer> place(byte[] bytes, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= at || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      } else if (bytes[i] == '\r') {
        lineStart = i + 1;
      }
    }
    return List.of(line, at - lineStart + 1);
  }

  /**
   * "abcd", then one byte for each value as {@code bias} maps it; never a backslash, as escapes
   * have their own tests.
   */
  private static byte[] abcdThen(List<Integer> values, IntUnaryOperator bias) {
    byte[] bytes = new byte[4 + values.size()];
    System.arraycopy("abcd".getBytes(UTF_8), 0, bytes, 0, 4);
    for (int i = 0; i < values.size(); i++) {
      int b = bias.applyAsInt(values.get(i));
      bytes[4 + i] = (byte) (b == '\\' ? 'x' : b);
    }
    return bytes;
  }

  private static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append(String.format("%02X ", b & 0xFF));
    }
    return out.toString().trim();
  }
}
