package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.cli.CliSetUp.REGISTER;
import static org.oversight.register.cli.CliSetUp.REQUEST;
import static org.oversight.register.cli.CliSetUp.foiOnTheExamples;
import static org.oversight.register.cli.CliSetUp.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.json.FoiJson;
import org.oversight.register.json.RegisterJson;

/**
 * {@code register foi}: each format prints exactly what the library renders for the same register,
 * request and date, and each failure is one line on standard error with exit 1.
 */
// Expected outputs are written line by line, each with its escapes and its file name in place.
@SuppressWarnings("StringConcatToTextBlock")
class FoiCommandTest {
  private static final LocalDate RESPONDED = LocalDate.parse(CliSetUp.RESPONDED);

  @TempDir Path dir;

  private static FoiResponse response(LocalDate on) throws Exception {
    return FoiResponder.standard()
        .respond(
            OvertRegister.of(RegisterJson.standard().read(Path.of(REGISTER))),
            FoiJson.readRequest(Path.of(REQUEST)),
            on);
  }

  @Test
  void eachFormatPrintsWhatTheLibraryRenders() throws Exception {
    FoiResponse response = response(RESPONDED);
    FoiRenderer renderer = FoiRenderer.standard();

    CliRun text = foiOnTheExamples();
    CliRun workings = foiOnTheExamples("--workings");
    CliRun markdown = foiOnTheExamples("--format", "markdown");
    CliRun json = foiOnTheExamples("--format", "json");

    assertThat(text.out()).isEqualTo(renderer.letter(response, FoiRenderer.Format.TEXT));
    assertThat(workings.out())
        .isEqualTo(
            renderer.letter(response, FoiRenderer.Format.TEXT) + renderer.workings(response));
    assertThat(markdown.out()).isEqualTo(renderer.letter(response, FoiRenderer.Format.MARKDOWN));
    assertThat(json.out()).isEqualTo(FoiJson.writeResponse(response, renderer));
    for (CliRun run : new CliRun[] {text, workings, markdown, json}) {
      assertThat(run.exitCode()).isZero();
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void workingsGoWithTheTextLetterOnly() {
    CliRun markdown = foiOnTheExamples("--format", "markdown");
    CliRun markdownWithWorkings = foiOnTheExamples("--format", "markdown", "--workings");

    assertThat(markdownWithWorkings.out()).isEqualTo(markdown.out());
  }

  @Test
  void withoutOnTheLetterIsDatedTodayInTheUk() throws Exception {
    LocalDate before = LocalDate.now(ZoneId.of("Europe/London"));
    CliRun run = CliRun.of("foi", REGISTER, REQUEST);
    LocalDate after = LocalDate.now(ZoneId.of("Europe/London"));

    assertThat(run.exitCode()).isZero();
    FoiRenderer renderer = FoiRenderer.standard();
    assertThat(run.out())
        .isIn(
            renderer.letter(response(before), FoiRenderer.Format.TEXT),
            renderer.letter(response(after), FoiRenderer.Format.TEXT));
  }

  @Test
  void templatesThatAreNotADirectoryAreRefusedBeforeAnythingIsRead() throws IOException {
    Path file = write(dir, "templates.txt", "not a directory");

    CliRun run =
        CliRun.of("foi", "missing.json", "missing-request.json", "--templates", file.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(file + ": not a directory of templates\n");
  }

  @Test
  void aTemplateThatCannotBeReadIsOneLineNamingTheTemplatesAndExit1() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates/foia"));
    // not UTF-8: a lone continuation byte
    Files.write(
        templates.resolve("letter.txt.mustache"), new byte[] {'D', 'e', 'a', 'r', (byte) 0x80});

    CliRun run = foiOnTheExamples("--templates", dir.resolve("templates").toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            dir.resolve("templates")
                + ": cannot read "
                + dir.resolve("templates").resolve("foia/letter.txt.mustache")
                + "\n");
  }

  @Test
  void aBadRegisterAndABadRequestAreBothReportedInOnePass() {
    String register = dir.resolve("register.json").toString();
    String request = dir.resolve("request.json").toString();

    CliRun run = CliRun.of("foi", register, request);

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            register + ": cannot read: no such file\n" + request + ": cannot read: no such file\n");
  }

  @Test
  void aBadRegisterAloneIsEnoughToStop() {
    String register = dir.resolve("register.json").toString();

    CliRun run = CliRun.of("foi", register, REQUEST, "--on", CliSetUp.RESPONDED);

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(register + ": cannot read: no such file\n");
  }

  @Test
  void aBadRequestAloneIsEnoughToStop() {
    String request = dir.resolve("request.json").toString();

    CliRun run = CliRun.of("foi", REGISTER, request, "--on", CliSetUp.RESPONDED);

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(request + ": cannot read: no such file\n");
  }
}
