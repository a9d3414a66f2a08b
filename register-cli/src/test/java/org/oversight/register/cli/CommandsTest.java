package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.cli.CliSetUp.REGISTER;
import static org.oversight.register.cli.CliSetUp.REQUEST;
import static org.oversight.register.cli.CliSetUp.foiOnTheExamples;
import static org.oversight.register.cli.CliSetUp.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
  @TempDir Path dir;

  @Test
  void validateReportsAValidRegister() {
    CliRun run = CliRun.of("validate", REGISTER);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(REGISTER + ": valid (7 assets, 3 DPIAs, 2 contracts; as at 2021-09-06)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validatePrintsEveryProblemLocatedAndExits1() throws IOException {
    Path bad =
        write(
            dir,
            "bad.json",
            "{\"schemaVersion\": 1,\n \"organisation\": \"x\",\n \"asAt\": \"2021-02-30\",\n"
                + " \"assets\": [{\"id\": \"A\", \"category\": \"DRONE\", \"capabilities\": [],"
                + " \"deployment\": \"HIDDEN\", \"owned\": true, \"operated\": true,"
                + " \"status\": \"PLANNED\"}]}\n");

    CliRun run = CliRun.of("validate", bad.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .containsExactly(
            bad + ":3:10: /asAt: \"2021-02-30\" is not a real date",
            bad + ":4:80: /assets/0/deployment: \"HIDDEN\" is not one of OVERT, COVERT");
  }

  @Test
  void anUnreadableFileExits1WithOneLine() {
    CliRun run = CliRun.of("validate", dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(dir.resolve("missing.json") + ": cannot read: no such file\n");
  }

  @Test
  void usageErrorsExit2WithAHint() {
    assertThat(CliRun.of().exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.of("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Try 'register --help' for more.");
    CliRun badOption = CliRun.of("query", REGISTER, "--category", "SPACESHIP");
    assertThat(badOption.exitCode()).isEqualTo(2);
    assertThat(badOption.err()).contains("register query: ").contains("SPACESHIP");
    CliRun badDate = CliRun.of("query", REGISTER, "--as-at", "yesterday");
    assertThat(badDate.exitCode()).isEqualTo(2);
    CliRun badCapability = CliRun.of("query", REGISTER, "--capability", "X-lower");
    assertThat(badCapability.exitCode()).isEqualTo(2);
    assertThat(badCapability.err())
        .startsWith("register query: --capability: \"X-lower\" is not a capability code");
    assertThat(CliRun.of("query", REGISTER, "--overt", "--covert").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("foi", REGISTER).exitCode()).isEqualTo(2);
  }

  @Test
  void queryIsTheOwnersViewByGroup() {
    CliRun run = CliRun.of("query", REGISTER, "--manufacturer", "HikVision");

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("id ").contains("manufacturer").contains("quantity");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("COV-CAM-07 "))
        .anyMatch(l -> l.startsWith("COV-CAM-08 "));
    assertThat(lines.get(lines.size() - 1)).isEqualTo("2 entries, 9 units");
    assertThat(run.out()).doesNotContain("RIPA");
  }

  @Test
  void queryOvertHidesCovertAssets() {
    CliRun run = CliRun.of("query", REGISTER, "--manufacturer", "Hikvision", "--overt");

    assertThat(run.out().lines().toList()).hasSize(2).last().isEqualTo("0 entries, 0 units");
  }

  @Test
  void queryFiltersCombine() {
    CliRun run =
        CliRun.of(
            "query",
            REGISTER,
            "--category",
            "BODY_WORN_CAMERA",
            "--as-at",
            "2021-09-06",
            "--format",
            "csv");

    assertThat(run.out().split("\r\n"))
        .hasSize(2)
        .satisfies(
            rows -> {
              assertThat(rows[0]).startsWith("id,description,manufacturer,brand,model,category,");
              assertThat(rows[1])
                  .startsWith("BWV-2020,Body-worn video camera issued")
                  .contains(",BODY_WORN_CAMERA,");
            });
  }

  @Test
  void queryJsonListsAssetsWithoutAuthorisationReferences() {
    CliRun run = CliRun.of("query", REGISTER, "--covert", "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("[\n  {\"id\": \"COV-")
        .endsWith("]\n")
        .doesNotContain("authorisationRef");
  }

  @Test
  void foiPrintsTheLetter() {
    CliRun run = foiOnTheExamples();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Date: 20 September 2021\n")
        .contains("which we received on 6 September 2021")
        .contains("Response due by: 4 October 2021")
        .contains("sections 23(5), 24(2) and 31(3)")
        .contains("correct as at 6 September 2021")
        .doesNotContain("Officer's workings")
        .doesNotContain("COV-")
        .doesNotContain("RIPA");
  }

  @Test
  void foiAppendsTheWorkingsAndWarnsTheOfficerOnStandardError() {
    CliRun run = CliRun.of("foi", REGISTER, REQUEST, "--on", "2021-11-01", "--workings");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Officer's workings for request 16076 (not for the requester)");
    assertThat(run.err())
        .contains("warning: The response is dated after the due date, 4 October 2021.");
    String letter = run.out().substring(0, run.out().indexOf("Officer's workings"));
    assertThat(letter).doesNotContain("after the due date");
  }

  @Test
  void foiTakesAnOrganisationsOwnTemplates() throws IOException {
    write(dir, "templates/foia/wording.properties", "signature = Information Rights Team\n");

    CliRun run = foiOnTheExamples("--templates", dir.resolve("templates").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Yours sincerely,\n\nInformation Rights Team\nEssex Police\n");
  }

  @Test
  void foiRendersMarkdownAndJson() {
    assertThat(CliRun.of("foi", REGISTER, REQUEST, "--format", "markdown").out()).startsWith("# ");
    CliRun json = CliRun.of("foi", REGISTER, REQUEST, "--format", "json");
    assertThat(json.out())
        .startsWith("{\n  \"reference\" : \"16076\"")
        .contains("\"dueOn\" : \"2021-10-04\"")
        .contains("\"outcome\" : \"PART_DISCLOSURE\"");
  }

  @Test
  void foiReportsABadRequestLocated() throws IOException {
    Path request =
        write(
            dir,
            "request.json",
            "{\"reference\": \"1\", \"receivedOn\": \"2021-09-06\",\n"
                + " \"questions\": [{\"id\": \"1\", \"text\": \"t\", \"dpiasFor\": [\"9\"]}]}");

    CliRun run = CliRun.of("foi", REGISTER, request.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(request + ":2:54: /questions/0/dpiasFor/0: no question has the id \"9\"\n");
  }

  @Test
  void checkPrintsFindingsAndExits0() {
    CliRun run = CliRun.of("check", REGISTER, "--survey");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Compliance report for Essex Police on 2021-09-06")
        .contains("RESTRICTED_VENDOR asset COV-CAM-07")
        .contains("UNKNOWN_MANUFACTURER asset COV-FR-01")
        .doesNotContain("RIPA");
  }

  @Test
  void schemaPrintsTheJsonSchema() {
    CliRun run = CliRun.of("schema");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"$schema\"").contains("2020-12").contains("\"assets\"");
  }

  @Test
  void everyCommandExplainsItself() {
    for (String command : List.of("validate", "query", "foi", "check", "schema")) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: register " + command);
    }
    assertThat(CliRun.of("--version").out()).startsWith("register ");
  }

  @Test
  void csvCellsCannotBecomeFormulas() {
    assertThat(AssetTable.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(AssetTable.csvCell("+1")).isEqualTo("'+1");
    assertThat(AssetTable.csvCell("-1")).isEqualTo("'-1");
    assertThat(AssetTable.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AssetTable.csvCell("Hikvision, Ltd")).isEqualTo("\"Hikvision, Ltd\"");
    assertThat(AssetTable.csvCell("plain")).isEqualTo("plain");
  }

  @Test
  void csvNeutralisesAFormulaFromTheRegister() throws IOException {
    String register =
        Files.readString(Path.of(REGISTER)).replace("\"Reveal Media\"", "\"=cmd|' /C calc'!A0\"");
    Path file = write(dir, "formula.json", register);

    CliRun run =
        CliRun.of("query", file.toString(), "--format", "csv", "--category", "BODY_WORN_CAMERA");

    assertThat(run.out()).contains(",'=cmd|' /C calc'!A0,").doesNotContain(",=cmd");
  }
}
