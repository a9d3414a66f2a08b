package org.oversight.register.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.Problem;

/**
 * The small pieces every reader and writer shares, each decision pinned: how values are quoted in
 * messages and pointers, the shapes of decimals and dates, the read limits, and each way of writing
 * a register.
 */
class JsonPartsTest {
  private final RegisterJson json = RegisterJson.standard();

  @TempDir Path directory;

  @Test
  void aQuotedValueIsShownWholeUpToEightyCharacters() {
    String eighty = "a".repeat(80);
    String eightyOne = "a".repeat(81);

    assertThat(Text.quote(eighty)).isEqualTo('"' + eighty + '"');
    assertThat(Text.quote(eightyOne)).isEqualTo('"' + "a".repeat(77) + "...\"");
    assertThat(Text.quote("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
  }

  @Test
  void aLongQuotedValueIsNeverCutInsideAPair() {
    String pairAtTheCut = "a".repeat(76) + "\uD83D\uDE00" + "b".repeat(10);
    String pairBeforeTheCut = "a".repeat(75) + "\uD83D\uDE00" + "b".repeat(10);

    assertThat(Text.quote(pairAtTheCut)).isEqualTo('"' + "a".repeat(76) + "...\"");
    assertThat(Text.quote(pairBeforeTheCut))
        .isEqualTo('"' + "a".repeat(75) + "\uD83D\uDE00" + "...\"");
  }

  @Test
  void onlyCodeShapedValuesAreRepeated() {
    for (String code : List.of("AZ", "az", "09", "a-b_c.d:e", "x".repeat(64))) {
      assertThat(Text.quoteCode(code)).as(code).isEqualTo('"' + code + '"');
    }
    for (String other :
        List.of("", "x".repeat(65), "a@", "a[", "a`", "a{", "a/", "a b", "a;", "é", "A\n")) {
      assertThat(Text.quoteCode(other)).as(other).isEqualTo("the value");
    }
  }

  @Test
  void pointerSegmentsEscapeTildesAndSlashes() {
    assertThat(Text.pointerSegment("name")).isEqualTo("name");
    assertThat(Text.pointerSegment("~a")).isEqualTo("~0a");
    assertThat(Text.pointerSegment("/a")).isEqualTo("~1a");
    assertThat(Text.pointerSegment("a~b/c")).isEqualTo("a~0b~1c");
  }

  @Test
  void aDecimalHasOneToEighteenDigitsThenOneToSixAfterThePoint() {
    for (String decimal :
        List.of("0", "9", "123456789012345678", "1.5", "0.123456", "900719925474099.12")) {
      assertThat(Checks.isDecimal(decimal)).as(decimal).isTrue();
    }
    for (String other :
        List.of(
            "",
            "1234567890123456789",
            "1.1234567",
            "1.",
            ".5",
            "1.2.3",
            "/",
            ":",
            "1/",
            "1:",
            "1.:",
            "-1",
            "1e5",
            " 1")) {
      assertThat(Checks.isDecimal(other)).as(other).isFalse();
    }
  }

  @Test
  void aDateShapeIsFourDigitsDashTwoDashTwo() {
    for (String shape : List.of("2024-01-01", "0000-00-00", "9999-99-99", "2024-02-30")) {
      assertThat(Checks.looksLikeDate(shape)).as(shape).isTrue();
    }
    for (String other :
        List.of(
            "2024-01-1",
            "2024-01-011",
            "2024/01/01",
            "2024-01/01",
            "202a-01-01",
            "2024-0:-01",
            "2024-0/-01",
            "2024-01-0a",
            "/024-01-01",
            ":024-01-01",
            "2024_01-01")) {
      assertThat(Checks.looksLikeDate(other)).as(other).isFalse();
    }
  }

  @Test
  void eachReadLimitHasItsMinimum() {
    assertThatThrownBy(() -> new RegisterJson.Options(3, 1, 16, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxNestingDepth must be at least 4, was 3");
    assertThatThrownBy(() -> new RegisterJson.Options(4, 0, 16, 1, 1, 1))
        .hasMessage("maxStringLength must be at least 1, was 0");
    assertThatThrownBy(() -> new RegisterJson.Options(4, 1, 15, 1, 1, 1))
        .hasMessage("maxNameLength must be at least 16, was 15");
    assertThatThrownBy(() -> new RegisterJson.Options(4, 1, 16, 0, 1, 1))
        .hasMessage("maxNumberLength must be at least 1, was 0");
    assertThatThrownBy(() -> new RegisterJson.Options(4, 1, 16, 1, 0, 1))
        .hasMessage("maxDocumentLength must be at least 1, was 0");
    assertThatThrownBy(() -> new RegisterJson.Options(4, 1, 16, 1, 1, 0))
        .hasMessage("maxProblems must be at least 1, was 0");
    assertThat(new RegisterJson.Options(4, 1, 16, 1, 1, 1).maxProblems()).isEqualTo(1);
  }

  @Test
  void everyWayOfWritingARegisterWritesTheSameText() throws Exception {
    RegisterContents contents = RandomRegisters.generate(21, 5);
    AssetRegister register = AssetRegister.of(contents);
    String expected = json.writeString(contents);
    StringWriter text = new StringWriter();
    StringWriter fromRegister = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteArrayOutputStream bytesFromRegister = new ByteArrayOutputStream();
    BufferedWriter buffered = new BufferedWriter(text, 1 << 16);

    json.write(contents, buffered); // flushed by the writer, not by this test
    json.write(register, fromRegister);
    json.write(contents, bytes);
    json.write(register, bytesFromRegister);
    json.write(register, directory.resolve("register.json"));

    // The register lists its records in its own order (by id), the contents as given.
    String sorted = json.writeString(register);
    assertThat(sorted).isNotEqualTo(expected);
    assertThat(text).hasToString(expected);
    assertThat(bytes.toString(UTF_8)).isEqualTo(expected);
    assertThat(fromRegister).hasToString(sorted);
    assertThat(bytesFromRegister.toString(UTF_8)).isEqualTo(sorted);
    assertThat(Files.readString(directory.resolve("register.json"))).isEqualTo(sorted);
  }

  @Test
  void aDocumentSaysWhichSchemaVersionItDeclared() throws Exception {
    Path v1 = Files.writeString(directory.resolve("v1.json"), BadDocumentsTest.BASE);
    Path v2 = Files.writeString(directory.resolve("v2.json"), BadDocumentsTest.V2);

    assertThat(json.readDocument(v1).schemaVersion()).isEqualTo(1);
    assertThat(json.readDocument(v2).schemaVersion()).isEqualTo(2);
  }

  @Test
  void anEmptyRecordDocumentIsEmpty() {
    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> json.parseRecord(Asset.TYPE, " \n "));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly("1:1: the document is empty");
  }

  @Test
  void aRecordWithListsHasItsReferencesChecked() {
    String contents =
        "{\"organisation\": {\"name\": \"Essex Police\"}, \"asAt\": \"2021-09-06\", \"assets\": [{\"id\":"
            + " \"CAM-1\", \"category\": \"FIXED_CAMERA\", \"capabilities\": [], \"deployment\": \"OVERT\", \"owned\":"
            + " true, \"operated\": true, \"status\": \"PLANNED\", \"quantity\": 1, \"dpiaIds\":"
            + " [\"D-9\"]}], \"dpias\": [], \"contracts\": []}";

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> json.parseRecord(RegisterContents.TYPE, contents));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly("1:245: /assets/0/dpiaIds/0: no DPIA has the id \"D-9\"");
  }

  @Test
  void jsonLinesStopAtAValueBeyondTheReadLimit() {
    RegisterJson strict =
        RegisterJson.withOptions(RegisterJson.Options.defaults().withMaxStringLength(1000));
    String lines =
        "{\"id\": \"CAM-1\", \"category\": \"" + "X".repeat(5000) + "\"}\n{\"id\": \"CAM-2\"}\n";

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class,
            () -> strict.readRecords(Asset.TYPE, new StringReader(lines)));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly("1:29: /category: a string or number is longer than the read limit");
  }

  @Test
  void aSchemaVersionOfUpToTwelveDigitsIsShownAndALongerOneDescribed() {
    String twelve =
        BadDocumentsTest.BASE.replace("\"schemaVersion\": 1", "\"schemaVersion\": 123456789012");
    String thirteen =
        BadDocumentsTest.BASE.replace("\"schemaVersion\": 1", "\"schemaVersion\": 1234567890123");

    assertThat(
            catchThrowableOfType(RegisterFormatException.class, () -> json.parseContents(twelve))
                .problems())
        .extracting(Problem::message)
        .containsExactly(
            "schemaVersion 123456789012 is not supported: this version of the library reads"
                + " schemaVersion 1 and 2");
    assertThat(
            catchThrowableOfType(RegisterFormatException.class, () -> json.parseContents(thirteen))
                .problems())
        .extracting(Problem::message)
        .containsExactly(
            "schemaVersion a 13-digit number is not supported: this version of the library reads"
                + " schemaVersion 1 and 2");
  }

  @Test
  void anEmptyRequestIsEmpty() {
    RegisterFormatException e =
        catchThrowableOfType(RegisterFormatException.class, () -> FoiJson.readRequest("  "));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly("1:1: the document is empty");
  }

  @Test
  void theJacksonModuleHasItsName() {
    assertThat(new RegisterJsonModule().getModuleName()).isEqualTo("oversight-register-json");
  }

  @Test
  void aReadOfNothingInTheMiddleOfACharacterReadsNothing() throws Exception {
    java.io.InputStream bytes =
        InputText.checked(
            new java.io.ByteArrayInputStream(new byte[] {'a', (byte) 0xC3, (byte) 0xA9}));
    java.io.Reader chars = InputText.checked(new StringReader("a\uD83D\uDE00"));
    byte[] buffer = new byte[8];
    char[] cbuf = new char[8];

    int first = bytes.read(buffer, 0, 2);
    int nothing = bytes.read(buffer, 2, 0);
    int rest = bytes.read(buffer, 2, 6);
    int firstChars = chars.read(cbuf, 0, 2);
    int noChars = chars.read(cbuf, 2, 0);
    int restChars = chars.read(cbuf, 2, 6);

    assertThat(List.of(first, nothing, rest, firstChars, noChars, restChars))
        .containsExactly(2, 0, 1, 2, 0, 1);
  }
}
