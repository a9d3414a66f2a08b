package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.cli.CliSetUp.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Nation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RegisterContents;

// Expected outputs are written line by line, each with its escapes and its file name in place.
@SuppressWarnings("StringConcatToTextBlock")
class MigrateCommandTest {
  private static final String V1 =
      """
      {
        "schemaVersion": 1,
        "organisation": "Essex Police",
        "asAt": "2021-09-06",
        "assets": [
          {
            "id": "CAM-1",
            "category": "FIXED_CAMERA",
            "capabilities": ["RECORDING"],
            "deployment": "OVERT",
            "owned": true,
            "operated": true,
            "status": "IN_SERVICE",
            "inServiceFrom": "2019-04-01",
            "quantity": 3
          }
        ]
      }
      """;

  @TempDir Path dir;

  private Path v1() throws IOException {
    return write(dir, "register.json", V1);
  }

  /** The first line migrating {@code file} prints. */
  private static String migrated(Path file) {
    return file + ": migrated to schemaVersion 2; the original is " + file + ".v1.bak";
  }

  private static String kindOrNationAssumed(Path file) {
    return file
        + ": the organisation's kind or nation is unknown: FOI letters will say what they"
        + " assumed (give --kind and --nation)";
  }

  private static String noFoiContact(Path file) {
    return file + ": add organisation.foiContact (postalAddress, email or url) for FOI letters";
  }

  @Test
  void migratesVersion1ToVersion2KeepingABackupAndTheData() throws Exception {
    Path file = v1();
    RegisterContents before = RegisterJson.standard().readContents(file);

    CliRun run =
        CliRun.of("migrate", file.toString(), "--kind", "POLICE_FORCE", "--nation", "ENGLAND");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("migrated to schemaVersion 2")
        .contains("add organisation.foiContact");
    assertThat(Files.readString(dir.resolve("register.json.v1.bak"))).isEqualTo(V1);
    RegisterJson.Document after = RegisterJson.standard().readDocument(file);
    assertThat(after.schemaVersion()).isEqualTo(2);
    assertThat(after.contents().organisation().kind()).isEqualTo(OrganisationKind.POLICE_FORCE);
    assertThat(after.contents().organisation().nation()).isEqualTo(Nation.ENGLAND);
    assertThat(after.contents().withOrganisation(before.organisation())).isEqualTo(before);
    assertThat(Files.readString(file)).contains("\"schemaVersion\": 2");
  }

  @Test
  void version2IsLeftAlone() throws Exception {
    Path file = v1();
    CliRun.of("migrate", file.toString());
    String migrated = Files.readString(file);

    CliRun again = CliRun.of("migrate", file.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("already schemaVersion 2");
    assertThat(Files.readString(file)).isEqualTo(migrated);
  }

  @Test
  void anExistingBackupIsNeverOverwritten() throws Exception {
    Path file = v1();
    write(dir, "register.json.v1.bak", "older backup");

    CliRun run = CliRun.of("migrate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("a backup already exists");
    assertThat(Files.readString(file)).isEqualTo(V1);
    assertThat(Files.readString(dir.resolve("register.json.v1.bak"))).isEqualTo("older backup");
  }

  @Test
  void anUnknownKindIsBadUsage() throws Exception {
    CliRun run = CliRun.of("migrate", v1().toString(), "--kind", "POLICE");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("register.json"))).isEqualTo(V1);
  }

  @Test
  void migratingWithKindAndNationPrintsWhatWasDoneAndWhatIsStillMissing() throws Exception {
    Path file = v1();

    CliRun run =
        CliRun.of("migrate", file.toString(), "--kind", "POLICE_FORCE", "--nation", "ENGLAND");

    assertThat(run.out()).isEqualTo(migrated(file) + "\n" + noFoiContact(file) + "\n");
  }

  @Test
  void aFileNameWithABidiControlIsPrintedEscapedOnEveryLine() throws Exception {
    Path file = write(dir, "register\u202e.json", V1);
    Path shown = dir.resolve("register\\u202E.json");

    CliRun run = CliRun.of("migrate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            shown
                + ": migrated to schemaVersion 2; the original is "
                + dir.resolve("register\\u202E.json.v1.bak")
                + "\n"
                + kindOrNationAssumed(shown)
                + "\n"
                + noFoiContact(shown)
                + "\n");
  }

  @Test
  void migratingWithoutTheNationSaysLettersWillAssumeIt() throws Exception {
    Path file = v1();

    CliRun run = CliRun.of("migrate", file.toString(), "--kind", "POLICE_FORCE");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            migrated(file) + "\n" + kindOrNationAssumed(file) + "\n" + noFoiContact(file) + "\n");
    assertThat(RegisterJson.standard().readDocument(file).contents().organisation().kind())
        .isEqualTo(OrganisationKind.POLICE_FORCE);
  }

  @Test
  void migratingWithoutTheKindSaysLettersWillAssumeIt() throws Exception {
    Path file = v1();

    CliRun run = CliRun.of("migrate", file.toString(), "--nation", "WALES");

    assertThat(run.out().lines())
        .containsExactly(migrated(file), kindOrNationAssumed(file), noFoiContact(file));
  }

  @Test
  void aVersion2FileSaysSoExactly() throws Exception {
    Path file = v1();
    CliRun.of("migrate", file.toString());

    CliRun again = CliRun.of("migrate", file.toString());

    assertThat(again.out()).isEqualTo(file + ": already schemaVersion 2; not changed\n");
    assertThat(again.err()).isEmpty();
  }

  @Test
  void anExistingBackupIsSaidInOneLine() throws Exception {
    Path file = v1();
    write(dir, "register.json.v1.bak", "older backup");

    CliRun run = CliRun.of("migrate", file.toString());

    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            file + ".v1.bak: a backup already exists; move it away first (nothing was changed)\n");
  }

  @Test
  void anInvalidOrMissingFileIsReportedAndNothingIsWritten() throws Exception {
    Path bad = write(dir, "bad.json", "{\"schemaVersion\": 1}");
    Path missing = dir.resolve("missing.json");

    CliRun invalid = CliRun.of("migrate", bad.toString());
    CliRun unreadable = CliRun.of("migrate", missing.toString());

    assertThat(invalid.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(invalid.err()).startsWith(bad + ":1:");
    assertThat(dir.resolve("bad.json.v1.bak")).doesNotExist();
    assertThat(unreadable.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(unreadable.err()).isEqualTo(missing + ": cannot read: no such file\n");
  }
}
