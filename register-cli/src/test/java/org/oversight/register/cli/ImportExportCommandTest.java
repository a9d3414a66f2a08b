package org.oversight.register.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void importsTheExampleOpenDataCameraList() throws Exception {
    Path out = dir.resolve("register.json");

    CliRun run = CliRun.of("import", CAMERAS, "--mapping", MAPPING, "--out", out.toString());

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

    CliRun run =
        CliRun.of(
            "import",
            BROKEN,
            "--mapping",
            MAPPING,
            "--out",
            out.toString(),
            "--report",
            report.toString());

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
    assertThat(
            CliRun.of("import", CAMERAS, "--mapping", MAPPING, "--out", register.toString())
                .exitCode())
        .isZero();
    Path next = dir.resolve("next.csv");
    Files.writeString(
        next,
        Files.readString(Path.of(CAMERAS), UTF_8)
            .replace("Riverside walk", "Riverside walk (east)")
            .replace("21,Springfield", "22,Springfield"),
        UTF_8);

    CliRun run =
        CliRun.of(
            "import",
            next.toString(),
            "--mapping",
            MAPPING,
            "--into",
            register.toString(),
            "--out",
            register.toString(),
            "--diff");

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
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, "{\"mappingVersion\": 2}", UTF_8);

    CliRun bad = CliRun.of("import", CAMERAS, "--mapping", mapping.toString(), "--out", "x.json");
    CliRun usage = CliRun.of("import", CAMERAS, "--out", "x.json");
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

    CliRun run =
        CliRun.of("import", workbook.toString(), "--mapping", MAPPING, "--out", out.toString());

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
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(
        mapping,
        """
        {"mappingVersion": 1, "organisation": {"name": "Example Council"}, "asAt": "2024-01-01",
         "columns": {"id": "camera_id", "category": "type"},
         "values": {"category": {"PTZ": "PTZ_CAMERA"}},
         "defaults": {"deployment": "OVERT", "owned": true, "operated": true,
                      "status": "IN_SERVICE", "inServiceFrom": "2020-01-01", "capabilities": []}}
        """,
        UTF_8);

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
    String essex = "../examples/essex-2021/register.json";
    Path csv = dir.resolve("assets.csv");

    CliRun toFile = CliRun.of("export", essex, "--format", "csv", "--out", csv.toString());
    CliRun owners = CliRun.of("export", essex, "--format", "jsonl");
    CliRun overt = CliRun.of("export", essex, "--format", "jsonl", "--overt");

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
            "../examples/essex-2021/register.json",
            "--format",
            "csv",
            "--out",
            dir.resolve("no/such/directory/assets.csv").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write (nothing was changed)");
  }
}
