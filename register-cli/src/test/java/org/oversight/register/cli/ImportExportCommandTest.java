package org.oversight.register.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.cli.CliSetUp.REGISTER;
import static org.oversight.register.cli.CliSetUp.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.RegisterContents;

/**
 * {@code register import} and {@code register export}: exit codes, outputs, and what is written.
 */
class ImportExportCommandTest {
  private static final Path EXAMPLE = Path.of("../examples/open-data-cameras");
  private static final String CAMERAS = EXAMPLE.resolve("cameras.csv").toString();
  private static final String BROKEN = EXAMPLE.resolve("cameras-broken.csv").toString();
  private static final String MAPPING = EXAMPLE.resolve("mapping.json").toString();

  @TempDir Path dir;

  /** Runs {@code import} of {@code source} with the example mapping. */
  private static CliRun importing(String source, String... options) {
    String[] args = new String[4 + options.length];
    args[0] = "import";
    args[1] = source;
    args[2] = "--mapping";
    args[3] = MAPPING;
    System.arraycopy(options, 0, args, 4, options.length);
    return CliRun.of(args);
  }

  /**
   * The example cameras a month on: one site renamed (ECC-1 changed), one camera replaced (ECC-21
   * removed, ECC-22 added).
   */
  private Path nextCameras() throws IOException {
    return write(
        dir,
        "next.csv",
        Files.readString(Path.of(CAMERAS), UTF_8)
            .replace("Riverside walk", "Riverside walk (east)")
            .replace("21,Springfield", "22,Springfield"));
  }

  @Test
  void importsTheExampleOpenDataCameraList() throws Exception {
    Path out = dir.resolve("register.json");

    CliRun run = importing(CAMERAS, "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("imported 6 assets; wrote " + out);
    RegisterContents register = RegisterJson.standard().readContents(out);
    assertThat(register.assets()).hasSize(6);
  }

  @Test
  void brokenSpreadsheetPrintsEveryProblemWritesNothingAndExitsOne() throws Exception {
    Path out = dir.resolve("register.json");
    Path report = dir.resolve("problems.csv");

    CliRun run = importing(BROKEN, "--out", out.toString(), "--report", report.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(out).doesNotExist();
    assertThat(run.err().lines())
        .containsExactly(
            BROKEN
                + ":3:type: category: \"Bullet\" is not one of FIXED_CAMERA, PTZ_CAMERA,"
                + " ANPR_CAMERA, BODY_WORN_CAMERA, VEHICLE_CAMERA, DRONE, HELICOPTER_CAMERA,"
                + " THERMAL_CAMERA, VIDEO_MANAGEMENT_SYSTEM, VIDEO_ANALYTICS_SOFTWARE,"
                + " FACIAL_RECOGNITION_SYSTEM, OTHER (or add it to the mapping's values)",
            BROKEN
                + ":4:lat: location.latitude: latitude and longitude look swapped: the latitude is"
                + " in the UK's range of longitudes (-9 to 2) and the longitude in its range of"
                + " latitudes (49 to 61); check which column is which",
            BROKEN
                + ":5:installed: inServiceFrom: \"31/02/2021\" is not a real date (dates are read"
                + " day first: dd/MM/yyyy)",
            BROKEN
                + ":6:camera_id: id: the id \"ECC-17\" is also the id of row 2: ids must be unique",
            BROKEN + ": 4 problems; nothing was written");
    assertThat(Files.readAllLines(report, UTF_8))
        .hasSize(5)
        .first()
        .isEqualTo("source,row,column,field,message");
  }

  @Test
  void mergeIntoAnExistingRegisterPrintsWhatChanged() throws Exception {
    Path register = dir.resolve("register.json");
    assertThat(importing(CAMERAS, "--out", register.toString()).exitCode()).isZero();
    Path next = nextCameras();

    CliRun run =
        importing(
            next.toString(), "--into", register.toString(), "--out", register.toString(), "--diff");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("1 added, 1 changed, 1 removed, 4 unchanged")
        .contains("  + ECC-22")
        .contains("  ~ ECC-1 site: \"Riverside walk\" -> \"Riverside walk (east)\"")
        .contains("  - ECC-21");
    assertThat(RegisterJson.standard().readContents(register).assets()).hasSize(6);
  }

  @Test
  void badMappingIsALocatedProblemAndBadUsageExitsTwo() throws IOException {
    Path mapping = write(dir, "mapping.json", "{\"mappingVersion\": 2}");

    CliRun bad =
        CliRun.of(
            "import",
            CAMERAS,
            "--mapping",
            mapping.toString(),
            "--out",
            dir.resolve("x.json").toString());
    CliRun usage = CliRun.of("import", CAMERAS, "--out", dir.resolve("x.json").toString());
    CliRun help = CliRun.of("import", "--help");

    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err())
        .contains(mapping + ":1:20: /mappingVersion: mappingVersion 2 is not supported");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--mapping").contains("--into").contains("--report");
  }

  @Test
  void xlsxImportsWithNothingOnStandardError() throws IOException {
    Path workbook = dir.resolve("cameras.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      var sheet = book.createSheet("Cameras");
      var header = sheet.createRow(0);
      String[] headings = {
        "camera_id", "location", "area_name", "make", "type", "lon", "lat", "installed"
      };
      for (int c = 0; c < headings.length; c++) {
        header.createCell(c).setCellValue(headings[c]);
      }
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(5);
      row.createCell(1).setCellValue("Town hall");
      row.createCell(4).setCellValue("Dome");
      row.createCell(5).setCellValue(-0.47);
      row.createCell(6).setCellValue(51.73);
      row.createCell(7).setCellValue(43831);
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }
    Path out = dir.resolve("register.json");

    CliRun run = importing(workbook.toString(), "--out", out.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(RegisterJson.standard().readContents(out).assets().get(0).id().value())
        .isEqualTo("ECC-5");
  }

  @Test
  void xlsxImportAsItsOwnProcessPrintsNothingOnStandardError() throws Exception {
    Path workbook = dir.resolve("cameras.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      var sheet = book.createSheet("Cameras");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("camera_id");
      header.createCell(1).setCellValue("type");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("A1");
      row.createCell(1).setCellValue("PTZ");
      try (OutputStream out = Files.newOutputStream(workbook)) {
        book.write(out);
      }
    }
    Path mapping =
        write(
            dir,
            "mapping.json",
            """
        {"mappingVersion": 1, "organisation": {"name": "Example Council"}, "asAt": "2024-01-01",
         "columns": {"id": "camera_id", "category": "type"},
         "values": {"category": {"PTZ": "PTZ_CAMERA"}},
         "defaults": {"deployment": "OVERT", "owned": true, "operated": true,
                      "status": "IN_SERVICE", "inServiceFrom": "2020-01-01", "capabilities": []}}
        """);

    ProcessExitCodeTest.Result result =
        ProcessExitCodeTest.run(
            "import",
            workbook.toString(),
            "--mapping",
            mapping.toString(),
            "--out",
            dir.resolve("register.json").toString());

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
  }

  @Test
  void exportWritesCsvAndJsonLinesAndOvertLeavesCovertAssetsOut() throws IOException {
    Path csv = dir.resolve("assets.csv");

    CliRun toFile = CliRun.of("export", REGISTER, "--format", "csv", "--out", csv.toString());
    CliRun owners = CliRun.of("export", REGISTER, "--format", "jsonl");
    CliRun overt = CliRun.of("export", REGISTER, "--format", "jsonl", "--overt");

    assertThat(toFile.exitCode()).isZero();
    assertThat(Files.readString(csv, UTF_8)).startsWith("id,description,manufacturer,");
    assertThat(owners.exitCode()).isZero();
    assertThat(owners.out()).contains("\"deployment\": \"COVERT\"").doesNotContain("RIPA");
    assertThat(overt.out()).doesNotContain("\"deployment\": \"COVERT\"");
    assertThat(overt.out().lines()).allSatisfy(line -> assertThat(line).startsWith("{\"id\": "));
  }

  @Test
  void exportThatCannotBeWrittenExitsOne() {
    CliRun run =
        CliRun.of(
            "export",
            REGISTER,
            "--format",
            "csv",
            "--out",
            dir.resolve("no/such/directory/assets.csv").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write (nothing was changed)");
  }

  @Test
  void aMergeWithoutDiffPrintsTheSummaryIndented() throws Exception {
    Path register = dir.resolve("register.json");
    importing(CAMERAS, "--out", register.toString());
    Path next = nextCameras();
    Path merged = dir.resolve("merged.json");

    CliRun run =
        importing(next.toString(), "--into", register.toString(), "--out", merged.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            next
                + " into "
                + register
                + ": 1 added, 1 changed, 1 removed, 4 unchanged; wrote "
                + merged
                + "\n  added: ECC-22\n  changed: ECC-1 (site)\n  removed: ECC-21\n");
  }

  @Test
  void aSuccessfulImportWithReportWritesAReportWithNoProblems() throws Exception {
    Path out = dir.resolve("register.json");
    Path report = dir.resolve("problems.csv");

    CliRun run = importing(CAMERAS, "--out", out.toString(), "--report", report.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(CAMERAS + ": imported 6 assets; wrote " + out + "\n");
    assertThat(Files.readString(report, UTF_8)).isEqualTo("source,row,column,field,message\r\n");
  }

  @Test
  void aReportThatCannotBeWrittenStopsTheImport() {
    Path out = dir.resolve("register.json");
    Path report = dir.resolve("no/such/dir/problems.csv");

    CliRun run = importing(CAMERAS, "--out", out.toString(), "--report", report.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(report + ": cannot write the report\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void oneProblemIsSaidInTheSingular() throws Exception {
    Path source =
        write(
            dir,
            "cameras.csv",
            """
        camera_id,location,area_name,make,type,lon,lat,installed
        3,Bus station,Central,Axis,Bullet,-0.4678,51.7361,14/09/2020
        """);

    CliRun run = importing(source.toString(), "--out", dir.resolve("r.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines())
        .hasSize(2)
        .last()
        .isEqualTo(source + ": 1 problem; nothing was written");
  }

  @Test
  void eachUnreadableInputIsOneLineAndExit1() throws Exception {
    String out = dir.resolve("register.json").toString();
    Path missing = dir.resolve("missing");
    Path badRegister = write(dir, "bad.json", "[]");

    CliRun source = importing(missing + ".csv", "--out", out);
    CliRun mapping = CliRun.of("import", CAMERAS, "--mapping", missing + ".json", "--out", out);
    CliRun into = importing(CAMERAS, "--into", missing + ".json", "--out", out);
    CliRun invalidInto = importing(CAMERAS, "--into", badRegister.toString(), "--out", out);

    assertThat(source.err()).isEqualTo(missing + ".csv: cannot read: no such file\n");
    assertThat(mapping.err()).isEqualTo(missing + ".json: cannot read: no such file\n");
    assertThat(into.err()).isEqualTo(missing + ".json: cannot read: no such file\n");
    assertThat(invalidInto.err()).startsWith(badRegister + ":1:1: ");
    for (CliRun run : new CliRun[] {source, mapping, into, invalidInto}) {
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
    }
    assertThat(Path.of(out)).doesNotExist();
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneLine() {
    Path out = dir.resolve("no/such/dir/register.json");

    CliRun run = importing(CAMERAS, "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(out + ": cannot write (nothing was changed)\n");
  }

  @Test
  void importQuietensLog4jsStatusLoggerUnlessTheUserSetIt() {
    String key = "log4j2.statusLoggerLevel";
    String before = System.getProperty(key);
    try {
      System.clearProperty(key);
      importing(CAMERAS, "--out", dir.resolve("a.json").toString());
      String quietened = System.getProperty(key);
      System.setProperty(key, "WARN");
      importing(CAMERAS, "--out", dir.resolve("b.json").toString());

      assertThat(quietened).isEqualTo("OFF");
      assertThat(System.getProperty(key)).isEqualTo("WARN");
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }

  @Test
  void exportToStandardOutputIsWhatTheFileWouldHold() throws IOException {
    Path csv = dir.resolve("assets.csv");
    Path jsonl = dir.resolve("assets.jsonl");

    CliRun csvOut = CliRun.of("export", REGISTER, "--format", "csv");
    CliRun jsonlOut = CliRun.of("export", REGISTER, "--format", "jsonl", "--overt");
    CliRun.of("export", REGISTER, "--format", "csv", "--out", csv.toString());
    CliRun toFile =
        CliRun.of("export", REGISTER, "--format", "jsonl", "--overt", "--out", jsonl.toString());

    assertThat(csvOut.exitCode()).isZero();
    assertThat(csvOut.out()).isEqualTo(Files.readString(csv, UTF_8));
    assertThat(jsonlOut.out()).isEqualTo(Files.readString(jsonl, UTF_8));
    assertThat(toFile.out()).isEmpty();
    assertThat(toFile.err()).isEmpty();
    assertThat(csvOut.out().lines()).hasSize(8);
    assertThat(jsonlOut.out().lines()).hasSize(4);
  }

  @Test
  void exportOverAnExistingDirectoryFailsAndLeavesNoTemporaryFile() throws IOException {
    Path target = Files.createDirectories(dir.resolve("assets.csv"));
    Files.writeString(target.resolve("keep"), "kept");

    CliRun run = CliRun.of("export", REGISTER, "--format", "csv", "--out", target.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(target + ": cannot write (nothing was changed)\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void exportOfAnUnreadableRegisterIsExit1() {
    Path missing = dir.resolve("missing.json");

    CliRun run = CliRun.of("export", missing.toString(), "--format", "csv");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(missing + ": cannot read: no such file\n");
  }

  @Test
  void exportToAFailingStandardOutputSaysSoAndExits1() {
    java.io.StringWriter err = new java.io.StringWriter();
    StandardOutput out = new StandardOutput(new CliPartsTest.Failing("Broken pipe"));

    int code =
        RegisterCli.run(
            new String[] {"export", REGISTER, "--format", "csv"},
            new java.io.PrintWriter(new java.io.OutputStreamWriter(out, UTF_8), true),
            new java.io.PrintWriter(err),
            out::failure);

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            """
            standard output: cannot write
            register: cannot write to standard output: Broken pipe
            """);
  }
}
