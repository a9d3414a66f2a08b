package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.report.ReportHtml;
import org.oversight.register.report.ReportOptions;
import org.oversight.register.report.TransparencyReport;

class ReportCommandTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path ESSEX = ROOT.resolve("examples/essex-2021/register.json");
  private static final Path COUNCIL = ROOT.resolve("examples/council-2024/register.json");

  @TempDir Path dir;

  @Test
  void writesTheSamePageAsTheJavaApiOnTheRegistersAsAtDate() throws Exception {
    Path out = dir.resolve("essex.html");

    CliRun run = CliRun.of("report", ESSEX.toString(), "--html", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            out
                + ": transparency report on 2021-09-06 ("
                + units(ESSEX, LocalDate.of(2021, 9, 6))
                + " units in service)\n");
    AssetRegister register = RegisterJson.standard().read(ESSEX);
    assertThat(Files.readAllBytes(out))
        .isEqualTo(
            ReportHtml.bytes(TransparencyReport.of(OvertRegister.of(register), register.asAt())));
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).doesNotContain("Latitude");
  }

  @Test
  void publishLocationsDrawsTheMapAndOnSetsTheDay() throws Exception {
    Path out = dir.resolve("council.html");

    CliRun run =
        CliRun.of(
            "report",
            COUNCIL.toString(),
            "--html",
            out.toString(),
            "--on",
            "2023-01-01",
            "--publish-locations");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("on 2023-01-01").contains("locations published");
    AssetRegister register = RegisterJson.standard().read(COUNCIL);
    assertThat(Files.readAllBytes(out))
        .isEqualTo(
            ReportHtml.bytes(
                TransparencyReport.of(
                    OvertRegister.of(register),
                    LocalDate.of(2023, 1, 1),
                    ReportOptions.builder().publishLocations().build())));
  }

  @Test
  void theOpenDataImportExampleBecomesAReportWithItsCamerasOnTheMap() throws Exception {
    Path examples = ROOT.resolve("examples/open-data-cameras");
    Path council = dir.resolve("council.json");
    Path out = dir.resolve("council.html");

    CliRun imported =
        CliRun.of(
            "import",
            examples.resolve("cameras.csv").toString(),
            "--mapping",
            examples.resolve("mapping.json").toString(),
            "--out",
            council.toString());
    CliRun report =
        CliRun.of("report", council.toString(), "--html", out.toString(), "--publish-locations");

    assertThat(imported.exitCode()).isZero();
    assertThat(report.exitCode()).isZero();
    assertThat(report.err()).isEmpty();
    AssetRegister register = RegisterJson.standard().read(council);
    long located =
        OvertRegister.of(register).assets().stream()
            .filter(asset -> asset.location() != null)
            .mapToLong(asset -> asset.quantity())
            .sum();
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(located).isPositive();
    assertThat(page)
        .contains("<figure class=\"map\">")
        .contains("data-figure=\"located-units\">" + located + "</span>");
  }

  @Test
  void replacesAnExistingFileAndLeavesNoTemporaryFile() throws Exception {
    Path out = dir.resolve("report.html");
    Files.writeString(out, "old");

    assertThat(CliRun.of("report", ESSEX.toString(), "--html", out.toString()).exitCode()).isZero();

    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void aMissingHtmlOptionIsBadUsage() {
    CliRun run = CliRun.of("report", ESSEX.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(run.err()).contains("--html");
  }

  @Test
  void anUnwritableOutputIsOneLineAndExitOne() {
    Path out = dir.resolve("no-such-folder/report.html");

    CliRun run = CliRun.of("report", ESSEX.toString(), "--html", out.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.err()).isEqualTo(out + ": cannot write: no such directory\n");
  }

  @Test
  void aBadRegisterIsReportedAndNothingIsWritten() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"schemaVersion\": 2}");
    Path out = dir.resolve("report.html");

    CliRun run = CliRun.of("report", bad.toString(), "--html", out.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.err()).startsWith(bad.toString());
    assertThat(out).doesNotExist();
  }

  @Test
  void theReadmesReportCommandsWork() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    java.util.regex.Matcher command =
        java.util.regex.Pattern.compile(
                "java -jar register-cli/target/register\\.jar ((?:report|import) [^\n`]+)")
            .matcher(readme);
    int found = 0;
    while (command.find()) {
      String[] args = command.group(1).trim().split(" +");
      for (int i = 0; i < args.length; i++) {
        if (args[i].startsWith("examples/")) {
          args[i] = ROOT.resolve(args[i]).toString();
        } else if (args[i].endsWith(".html") || args[i].endsWith(".json")) {
          args[i] = dir.resolve(args[i]).toString();
        }
      }
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(command.group(1)).isZero();
      found++;
    }
    assertThat(found).as("report and import commands in the README").isGreaterThanOrEqualTo(4);
    assertThat(Files.readString(dir.resolve("council.html"))).contains("map-table");
    assertThat(Files.readString(dir.resolve("open-data.html"))).contains("map-table");
  }

  private static long units(Path file, LocalDate date) throws Exception {
    return TransparencyReport.of(OvertRegister.of(RegisterJson.standard().read(file)), date)
        .totalUnits();
  }

  @Test
  void oneUnitIsSaidInTheSingularAndThePageIsReadableByAll() throws Exception {
    Path register = dir.resolve("one.json");
    Files.writeString(register, StoreOutputsTest.ONE_OF_EACH, StandardCharsets.UTF_8);
    Path out = dir.resolve("one.html");

    CliRun run = CliRun.of("report", register.toString(), "--html", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(out + ": transparency report on 2024-05-01 (1 unit in service)\n");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aDirectoryAsTheOutputIsRefusedInOneLine() throws Exception {
    Path out = Files.createDirectories(dir.resolve("report.html"));

    CliRun run = CliRun.of("report", ESSEX.toString(), "--html", out.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(out + ": cannot write: is a directory\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }
}
