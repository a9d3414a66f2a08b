package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values from a register file cannot forge output: every value printed is one line with no control
 * or bidirectional character, and no CSV cell runs as a formula.
 */
class PrintingTest {
  /** A manufacturer as JSON text: a line break, an escape sequence and a right-to-left override. */
  private static final String HOSTILE_JSON = "Reveal\\nMedia \\u001b[31m\\u202Egpj.exe";

  private static final String HOSTILE_SHOWN = "Reveal\\nMedia \\u001B[31m\\u202Egpj.exe";

  @TempDir Path dir;

  @Test
  void queryTableShowsEachAssetOnOneLineWithItsControlsEscaped() throws IOException {
    Path file = register("\"Reveal Media\"", '"' + HOSTILE_JSON + '"');

    CliRun run = CliRun.of("query", file.toString(), "--category", "BODY_WORN_CAMERA");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4); // header, two body-worn cameras, the count
    assertThat(lines.get(1)).contains(HOSTILE_SHOWN);
    assertClean(run.out().replace("\n", ""));
  }

  @Test
  void queryCsvEscapesLineBreaksAndNeutralisesFullWidthFormulas() throws IOException {
    Path file = register("\"Reveal Media\"", "\"\uFF1Dcmd|' /C calc'!A0\\nnext\"");

    CliRun run =
        CliRun.of("query", file.toString(), "--format", "csv", "--category", "BODY_WORN_CAMERA");

    assertThat(run.out().split("\r\n")).hasSize(3); // header, two body-worn cameras
    assertThat(run.out()).contains(",'\uFF1Dcmd|' /C calc'!A0\\nnext,");
    assertClean(run.out().replace("\r\n", ""));
  }

  @Test
  void queryJsonEscapesBidirectionalControls() throws IOException {
    Path file = register("\"Reveal Media\"", '"' + HOSTILE_JSON + '"');

    CliRun run =
        CliRun.of("query", file.toString(), "--format", "json", "--category", "BODY_WORN_CAMERA");

    assertThat(run.out())
        .contains("\"manufacturer\": \"Reveal\\nMedia \\u001b[31m\\u202egpj.exe\"");
    assertClean(run.out().replace("\n", ""));
  }

  @Test
  void checkPrintsEveryFindingAndTheHeaderOnOneLine() throws IOException {
    Path file = register("\"Essex Police\"", "\"Essex Police\\nERROR FORGED\\u2028finding\"");

    CliRun run = CliRun.of("check", file.toString(), "--survey");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).noneMatch(line -> line.startsWith("ERROR FORGED"));
    assertThat(run.out())
        .contains("Compliance report for Essex Police\\nERROR FORGED\\u2028finding on")
        .contains("Survey summary for Essex Police\\nERROR FORGED\\u2028finding on");
    assertClean(run.out().replace("\n", ""));
  }

  @Test
  void validateReportsAFieldNameWithALineBreakOnOneLine() throws IOException {
    Path file = register("\"organisation\"", "\"x\\ny\\u202E\": 1, \"organisation\"");

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(lines).anyMatch(line -> line.contains(": /x\\ny\\u202E: "));
    assertClean(run.err().replace("\n", ""));
  }

  @Test
  void validateShowsAFileNameWithALineBreakOnOneLine() throws IOException {
    Path file = dir.resolve("essex\n\u202Eregister.json");
    Files.copy(CliSetUp.ROOT.resolve("examples/essex-2021/register.json"), file);

    CliRun valid = CliRun.of("validate", file.toString());
    CliRun missing = CliRun.of("validate", file + "\nmissing");

    assertThat(valid.out().lines()).hasSize(1);
    assertThat(valid.out()).contains("essex\\n\\u202Eregister.json: valid (");
    assertThat(missing.err().lines()).hasSize(1);
    assertClean(valid.out().replace("\n", "") + missing.err().replace("\n", ""));
  }

  @Test
  void aBadArgumentIsEchoedOnOneLine() {
    CliRun run =
        CliRun.of("query", CliSetUp.REGISTER, "--category", "SPACE\nregister: forged\u202E");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(2);
    assertThat(run.err()).contains("SPACE\\nregister: forged\\u202E");
  }

  private Path register(String original, String replacement) throws IOException {
    String text = Files.readString(Path.of(CliSetUp.REGISTER), StandardCharsets.UTF_8);
    assertThat(text).contains(original);
    Path file = dir.resolve("register.json");
    Files.writeString(
        file,
        text.replaceFirst(
            java.util.regex.Pattern.quote(original),
            java.util.regex.Matcher.quoteReplacement(replacement)),
        StandardCharsets.UTF_8);
    return file;
  }

  /** No control character (line breaks already taken out by the caller) and no bidi control. */
  private static void assertClean(String text) {
    assertThat(text.chars())
        .noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F))
        .noneMatch(c -> c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E))
        .noneMatch(c -> c >= 0x2066 && c <= 0x2069);
  }
}
