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
 * {@code register query}: each option's decision, and the table, CSV and JSON outputs whole, on a
 * small register whose four assets differ in every way an option can ask about.
 */
// Expected outputs are written line by line, each with its escapes and its file name in place.
@SuppressWarnings("StringConcatToTextBlock")
class QueryCommandTest {
  /**
   * A-1 overt, owned and operated, in service from 2020; A-2 overt, advanced (live facial
   * recognition), operated but not owned, from 2021, located; A-3 covert, owned but not operated,
   * from 2019; A-4 body-worn, overt, owned and operated, decommissioned at the end of 2019.
   */
  static final String REGISTER =
      """
      {
        "schemaVersion": 2,
        "organisation": {"name": "Riverford City Council", "kind": "LOCAL_AUTHORITY",
                         "nation": "ENGLAND"},
        "asAt": "2021-06-01",
        "assets": [
          {"id": "A-1", "description": "Camera, \\"north\\"", "manufacturer": "Axis Communications",
           "category": "FIXED_CAMERA", "capabilities": ["RECORDING"], "deployment": "OVERT",
           "owned": true, "operated": true, "status": "IN_SERVICE", "inServiceFrom": "2020-01-01",
           "quantity": 2, "site": "High Street"},
          {"id": "A-2", "manufacturer": "Hikvision", "category": "PTZ_CAMERA",
           "capabilities": ["RECORDING", "LIVE_FACIAL_RECOGNITION"], "deployment": "OVERT",
           "owned": false, "operated": true, "status": "IN_SERVICE", "inServiceFrom": "2021-01-01",
           "quantity": 1, "location": {"latitude": 51.7365, "longitude": 0.4688},
           "dpiaIds": ["D-1"]},
          {"id": "A-3", "category": "FIXED_CAMERA", "capabilities": ["RECORDING"],
           "deployment": "COVERT", "owned": true, "operated": false, "status": "IN_SERVICE",
           "inServiceFrom": "2019-01-01", "quantity": 3, "authorisationRef": "RIPA-2019-1",
           "notes": "a confidential note"},
          {"id": "A-4", "category": "BODY_WORN_CAMERA",
           "capabilities": ["RECORDING", "AUDIO_RECORDING"], "deployment": "OVERT",
           "owned": true, "operated": true, "status": "DECOMMISSIONED",
           "inServiceFrom": "2015-01-01", "inServiceUntil": "2019-12-31", "quantity": 10}
        ],
        "dpias": [
          {"id": "D-1", "title": "Public space CCTV", "version": "1.0", "status": "APPROVED",
           "completedOn": "2020-06-01", "reviewDue": "2022-06-01",
           "owner": "Data Protection Officer", "residualRisk": "LOW", "icoConsulted": false}
        ]
      }
      """;

  @TempDir Path dir;

  private String register() throws IOException {
    Path file = dir.resolve("register.json");
    Files.writeString(file, REGISTER, StandardCharsets.UTF_8);
    return file.toString();
  }

  /** The ids the table lists, in order, and its last line. */
  private static List<String> ids(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    return lines.subList(1, lines.size() - 1).stream().map(line -> line.split(" ", 2)[0]).toList();
  }

  private CliRun query(String... options) throws IOException {
    String[] args = new String[options.length + 2];
    args[0] = "query";
    args[1] = register();
    System.arraycopy(options, 0, args, 2, options.length);
    return CliRun.of(args);
  }

  @Test
  void withNoOptionEveryAssetIsListedInIdOrder() throws IOException {
    CliRun run = query();

    assertThat(ids(run)).containsExactly("A-1", "A-2", "A-3", "A-4");
    assertThat(run.out()).endsWith("\n4 entries, 16 units\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void eachOptionNarrowsTheListItsOwnWay() throws IOException {
    assertThat(ids(query("--advanced"))).containsExactly("A-2");
    assertThat(ids(query("--owned"))).containsExactly("A-1", "A-3", "A-4");
    assertThat(ids(query("--operated"))).containsExactly("A-1", "A-2", "A-4");
    assertThat(ids(query("--overt"))).containsExactly("A-1", "A-2", "A-4");
    assertThat(ids(query("--covert"))).containsExactly("A-3");
    assertThat(ids(query("--as-at", "2020-06-01"))).containsExactly("A-1", "A-3");
    assertThat(ids(query("--category", "PTZ_CAMERA"))).containsExactly("A-2");
    assertThat(ids(query("--capability", "AUDIO_RECORDING"))).containsExactly("A-4");
    assertThat(ids(query("--manufacturer", "Hikvision"))).containsExactly("A-2");
  }

  @Test
  void aRepeatedCategoryOrCapabilityMeansAnyOfThemAndOptionsCombineWithAnd() throws IOException {
    assertThat(ids(query("--category", "PTZ_CAMERA", "--category", "BODY_WORN_CAMERA")))
        .containsExactly("A-2", "A-4");
    assertThat(
            ids(
                query(
                    "--capability", "LIVE_FACIAL_RECOGNITION", "--capability", "AUDIO_RECORDING")))
        .containsExactly("A-2", "A-4");
    assertThat(ids(query("--owned", "--overt", "--as-at", "2020-06-01"))).containsExactly("A-1");
  }

  @Test
  void theTableIsAlignedOnTheWidestValueOfEachColumnAndCountsOneEntry() throws IOException {
    CliRun run = query("--covert");

    assertThat(run.out())
        .isEqualTo(
            "id   description  manufacturer  brand  model  category      capabilities  deployment"
                + "  owned  operated  status      inServiceFrom  inServiceUntil  expectedInService"
                + "  quantity  site  area  location.latitude  location.longitude  dpiaIds"
                + "  contractIds\n"
                + "A-3"
                + " ".repeat(43)
                + "FIXED_CAMERA  RECORDING"
                + " ".repeat(5)
                + "COVERT"
                + " ".repeat(6)
                + "true"
                + " ".repeat(3)
                + "false"
                + " ".repeat(5)
                + "IN_SERVICE  2019-01-01"
                + " ".repeat(40)
                + "3\n"
                + "1 entry, 3 units\n");
    assertThat(run.out()).doesNotContain("RIPA").doesNotContain("confidential");
  }

  @Test
  void jsonPrintsNumbersAndFlagsBareListsAsArraysAndLeavesOutMissingValues() throws IOException {
    CliRun run =
        query("--format", "json", "--category", "PTZ_CAMERA", "--category", "BODY_WORN_CAMERA");

    assertThat(run.out())
        .isEqualTo(
            "[\n"
                + "  {\"id\": \"A-2\", \"manufacturer\": \"Hikvision\", \"category\":"
                + " \"PTZ_CAMERA\", \"capabilities\": [\"RECORDING\", \"LIVE_FACIAL_RECOGNITION\"],"
                + " \"deployment\": \"OVERT\", \"owned\": false, \"operated\": true, \"status\":"
                + " \"IN_SERVICE\", \"inServiceFrom\": \"2021-01-01\", \"quantity\": 1,"
                + " \"location.latitude\": 51.7365, \"location.longitude\": 0.4688, \"dpiaIds\":"
                + " [\"D-1\"], \"contractIds\": []},\n"
                + "  {\"id\": \"A-4\", \"category\": \"BODY_WORN_CAMERA\", \"capabilities\":"
                + " [\"RECORDING\", \"AUDIO_RECORDING\"], \"deployment\": \"OVERT\", \"owned\":"
                + " true, \"operated\": true, \"status\": \"DECOMMISSIONED\", \"inServiceFrom\":"
                + " \"2015-01-01\", \"inServiceUntil\": \"2019-12-31\", \"quantity\": 10,"
                + " \"dpiaIds\": [], \"contractIds\": []}\n"
                + "]\n");
  }

  @Test
  void jsonOfNoAssetIsAnEmptyArray() throws IOException {
    CliRun run = query("--format", "json", "--covert", "--as-at", "2010-01-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("[\n]\n");
  }

  @Test
  void csvQuotesACellWithACommaOrAQuoteAndEndsEveryRowWithCrLf() throws IOException {
    CliRun run = query("--format", "csv", "--owned", "--overt", "--as-at", "2020-06-01");

    assertThat(run.out())
        .isEqualTo(
            "id,description,manufacturer,brand,model,category,capabilities,deployment,owned,"
                + "operated,status,inServiceFrom,inServiceUntil,expectedInService,quantity,site,"
                + "area,location.latitude,location.longitude,dpiaIds,contractIds\r\n"
                + "A-1,\"Camera, \"\"north\"\"\",Axis Communications,,,FIXED_CAMERA,RECORDING,OVERT,"
                + "true,true,IN_SERVICE,2020-01-01,,,2,High Street,,,,,\r\n");
  }

  @Test
  void aManufacturerMissingFromTheVendorDirectoryIsMatchedAsWrittenWithAWarning()
      throws IOException {
    CliRun run = query("--manufacturer", "Acme Cameras");

    assertThat(ids(run)).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "register query: \"Acme Cameras\" is not in the vendor directory: only assets recorded"
                + " under that name match, not its brands or group\n");
  }

  @Test
  void aKnownManufacturerGivesNoWarning() throws IOException {
    CliRun run = query("--manufacturer", "Axis Communications");

    assertThat(ids(run)).containsExactly("A-1");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void badOptionsAreUsageErrorsNamingTheOption() throws IOException {
    CliRun capability = query("--capability", "RECORDING", "--capability", "x");
    CliRun both = query("--overt", "--covert");
    CliRun date = query("--as-at", "2021-13-01");
    CliRun blank = query("--manufacturer", " ");

    assertThat(capability.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(capability.err())
        .isEqualTo(
            "register query: --capability: \"x\" is not a capability code\n"
                + "Try 'register query --help' for more.\n");
    assertThat(both.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(both.err())
        .isEqualTo(
            "register query: --overt and --covert cannot be given together\n"
                + "Try 'register query --help' for more.\n");
    assertThat(date.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(date.err())
        .isEqualTo(
            "register query: --as-at: 2021-13-01 is not a date (yyyy-MM-dd)\n"
                + "Try 'register query --help' for more.\n");
    assertThat(blank.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(blank.err())
        .isEqualTo(
            "register query: --manufacturer: not a vendor name: \" \"\n"
                + "Try 'register query --help' for more.\n");
  }

  @Test
  void aBadRegisterIsReportedAndNothingIsPrinted() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "[]");

    CliRun run = CliRun.of("query", bad.toString(), "--covert");

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(bad + ":1:1: ");
  }
}
