package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.compliance.ComplianceReport;
import org.oversight.register.compliance.SurveySummary;
import org.oversight.register.json.RegisterJson;

/**
 * {@code register check}, {@code validate}, {@code validate-request} and {@code schema}: whole
 * outputs, and how an input that cannot be read is said.
 */
class CheckAndValidateCommandTest {
  @TempDir Path dir;

  private static AssetRegister essex() throws Exception {
    return RegisterJson.standard().read(Path.of(CliSetUp.REGISTER));
  }

  @Test
  void checkPrintsTheComplianceReportOnTheRegistersAsAtDate() throws Exception {
    CliRun run = CliRun.of("check", CliSetUp.REGISTER);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(ComplianceReport.of(essex(), LocalDate.of(2021, 9, 6)).toText())
        .doesNotContain("Survey summary");
  }

  @Test
  void checkOnADateWithTheSurveyPrintsBothForThatDateWithABlankLineBetween() throws Exception {
    LocalDate on = LocalDate.of(2022, 6, 1);

    CliRun run = CliRun.of("check", CliSetUp.REGISTER, "--on", "2022-06-01", "--survey");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            ComplianceReport.of(essex(), on).toText()
                + "\n"
                + SurveySummary.of(essex(), on).toText());
    assertThat(ComplianceReport.of(essex(), on).toText())
        .isNotEqualTo(ComplianceReport.of(essex(), LocalDate.of(2021, 9, 6)).toText());
  }

  @Test
  void checkOfAnUnreadableRegisterIsExit1() {
    String missing = dir.resolve("missing.json").toString();

    CliRun run = CliRun.of("check", missing);

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(missing + ": cannot read: no such file\n");
  }

  @Test
  void aDirectoryGivenAsTheRegisterIsSaidToBeOne() {
    CliRun run = CliRun.of("validate", dir.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(dir + ": cannot read: is a directory\n");
  }

  @Test
  void aRequestWithOneQuestionIsSaidInTheSingular() throws IOException {
    Path request =
        Files.writeString(
            dir.resolve("request.json"),
            "{\"reference\": \"R-1\", \"receivedOn\": \"2024-03-04\", \"questions\": ["
                + "{\"id\": \"1\", \"text\": \"All Hikvision cameras\","
                + " \"assets\": {\"manufacturer\": \"Hikvision\"}}]}",
            StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate-request", request.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            request
                + ": valid (1 question: 1 computed, 0 answered by the officer; received on"
                + " 2024-03-04)\n");
  }

  @Test
  void schemaPrintsTheRegistersSchemaExactly() {
    CliRun run = CliRun.of("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(RegisterJson.schema());
  }
}
