package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.store.StoreLocation;
import picocli.CommandLine;

/**
 * {@code register store ...} on an embedded store: what each command prints, line for line, and
 * each usage error's one line. (StoreCommandsTest runs the same commands on PostgreSQL too.)
 */
// Expected outputs are written line by line, each with its escapes and its file name in place.
@SuppressWarnings("StringConcatToTextBlock")
class StoreOutputsTest {
  static final String AT = "2024-06-01T09:00:00Z";
  static final String LATER = "2024-07-01T09:00:00Z";

  /** One asset, one DPIA, one contract: every count in the singular. */
  static final String ONE_OF_EACH =
      """
      {
        "schemaVersion": 2,
        "organisation": {"name": "Riverford City Council", "kind": "LOCAL_AUTHORITY",
                         "nation": "ENGLAND"},
        "asAt": "2024-05-01",
        "assets": [
          {"id": "A-1", "category": "FIXED_CAMERA", "capabilities": ["RECORDING"],
           "deployment": "OVERT", "owned": true, "operated": true, "status": "IN_SERVICE",
           "inServiceFrom": "2020-01-01", "site": "High Street", "dpiaIds": ["D-1"],
           "contractIds": ["C-1"]}
        ],
        "dpias": [
          {"id": "D-1", "title": "Public space CCTV", "version": "1.0", "status": "APPROVED",
           "completedOn": "2020-06-01", "reviewDue": "2026-06-01",
           "owner": "Data Protection Officer", "residualRisk": "LOW", "icoConsulted": false}
        ],
        "contracts": [
          {"id": "C-1", "reference": "RCC/2019/1", "supplier": "Example Systems Ltd",
           "title": "Town centre CCTV", "startDate": "2019-03-01", "endDate": "2029-02-28"}
        ]
      }
      """;

  @TempDir Path dir;

  String store = "";

  @BeforeEach
  void init() {
    store = dir.resolve("db").toString();
    CliRun init = CliRun.of("store", "init", store);
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(init.out())
        .isEqualTo(store + ": register store created (embedded H2, no revision yet)\n");
  }

  private Path register(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  private CliRun commit(Path file, String... more) {
    String[] base = {
      "store", "commit", file.toString(), "--store", store, "--author", "J. Smith", "--reason", "r"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void commitSaysTheRevisionWithEachCountInTheSingular() throws IOException {
    CliRun run = commit(register("one.json", ONE_OF_EACH), "--at", AT);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            store
                + ": revision 1 recorded at "
                + AT
                + " (1 asset, 1 DPIA, 1 contract; as at 2024-05-01)\n");
  }

  @Test
  void commitWithoutAtRecordsTheTimeNow() throws IOException {
    Path file = register("one.json", ONE_OF_EACH);
    Instant before = Instant.now();

    CliRun run = commit(file);

    Instant after = Instant.now();
    assertThat(run.exitCode()).as(run.err()).isZero();
    String prefix = store + ": revision 1 recorded at ";
    assertThat(run.out()).startsWith(prefix);
    Instant recorded =
        Instant.parse(
            run.out().substring(prefix.length(), run.out().indexOf(" (", prefix.length())));
    assertThat(recorded).isBetween(before.minusSeconds(1), after.plusSeconds(1));
  }

  @Test
  void commitOnAnExplicitParentThatIsTheLatestIsRecorded() throws IOException {
    Path file = register("one.json", ONE_OF_EACH);
    commit(file, "--at", AT);

    CliRun run =
        commit(
            register("two.json", ONE_OF_EACH.replace("High Street", "Market Square")),
            "--at",
            LATER,
            "--parent",
            "1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(store + ": revision 2 recorded at " + LATER + " (");
  }

  @Test
  void commitRefusesABlankOrOverlongAuthorOrReasonAndANegativeParent() throws IOException {
    Path file = register("one.json", ONE_OF_EACH);
    String limits =
        "register store commit: --author is one line of at most 200 characters, --reason at most"
            + " 2000\nTry 'register store commit --help' for more.\n";
    String blank =
        "register store commit: --author and --reason must not be blank\n"
            + "Try 'register store commit --help' for more.\n";

    assertUsage(blank, "--author", " ", "--reason", "r");
    assertUsage(blank, "--author", "a", "--reason", "\t");
    assertUsage(limits, "--author", "a".repeat(201), "--reason", "r");
    assertUsage(limits, "--author", "a", "--reason", "r".repeat(2001));
    assertUsage(limits, "--author", "J.\nSmith", "--reason", "r");
    assertUsage(
        "register store commit: --parent must be 0 or more\n"
            + "Try 'register store commit --help' for more.\n",
        "--author",
        "a",
        "--reason",
        "r",
        "--parent",
        "-1");
    CliRun longest =
        CliRun.of(
            "store",
            "commit",
            file.toString(),
            "--store",
            store,
            "--author",
            "a".repeat(200),
            "--reason",
            "r".repeat(2000),
            "--at",
            AT);
    assertThat(longest.exitCode()).as(longest.err()).isZero();
  }

  private void assertUsage(String err, String... options) throws IOException {
    String[] args = new String[5 + options.length];
    String[] base = {"store", "commit", dir.resolve("one.json").toString(), "--store", store};
    System.arraycopy(base, 0, args, 0, 5);
    System.arraycopy(options, 0, args, 5, options.length);

    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).as(String.join(" ", options)).isEqualTo(RegisterCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(err);
  }

  @Test
  void logOfAnEmptyStoreSaysSoAndAnUnknownAssetHasNoHistory() {
    CliRun log = CliRun.of("store", "log", "--store", store);
    CliRun history = CliRun.of("store", "log", "--store", store, "--asset", "X-9");

    assertThat(log.exitCode()).isZero();
    assertThat(log.out()).isEqualTo(store + ": no revision yet\n");
    assertThat(history.exitCode()).isZero();
    assertThat(history.out()).isEqualTo("X-9: no revision holds this asset\n");
  }

  @Test
  void anAssetsHistoryNamesTheFieldsThatChangedAndItsRemoval() throws IOException {
    commit(register("one.json", ONE_OF_EACH), "--at", AT);
    commit(
        register(
            "two.json",
            ONE_OF_EACH
                .replace("High Street", "Market Square")
                .replace("2020-01-01", "2020-02-01")),
        "--at",
        LATER);
    commit(register("three.json", QueryCommandTest.REGISTER), "--at", "2024-08-01T09:00:00Z");

    CliRun history = CliRun.of("store", "log", "--store", store, "--asset", "A-1");
    CliRun log = CliRun.of("store", "log", "--store", store);

    assertThat(history.out().lines())
        .containsExactly(
            "revision 3  2024-08-01T09:00:00Z  J. Smith  changed description, manufacturer,"
                + " inServiceFrom, quantity, site, dpiaIds, contractIds  r",
            "revision 2  " + LATER + "  J. Smith  changed inServiceFrom, site  r",
            "revision 1  " + AT + "  J. Smith  added  r");
    assertThat(log.out().lines())
        .containsExactly(
            "revision 3  2024-08-01T09:00:00Z  J. Smith  4 assets, 1 DPIA, 0 contracts; as at"
                + " 2021-06-01  r",
            "revision 2  " + LATER + "  J. Smith  1 asset, 1 DPIA, 1 contract; as at 2024-05-01  r",
            "revision 1  " + AT + "  J. Smith  1 asset, 1 DPIA, 1 contract; as at 2024-05-01  r");
  }

  @Test
  void diffPrintsEachChangedFieldWithItsValuesQuotedAndNoneForAMissingOne() throws IOException {
    commit(register("one.json", ONE_OF_EACH), "--at", AT);
    commit(
        register(
            "two.json",
            ONE_OF_EACH
                .replace("\"site\": \"High Street\"", "\"description\": \"Camera \\\"1\\\"\"")
                .replace("2024-05-01", "2024-06-01")),
        "--at",
        LATER);

    CliRun forward = CliRun.of("store", "diff", "1", "2", "--store", store);
    CliRun backward = CliRun.of("store", "diff", "latest", "1", "--store", store);
    CliRun same = CliRun.of("store", "diff", "latest", "latest", "--store", store);

    assertThat(forward.exitCode()).as(forward.err()).isZero();
    assertThat(forward.out())
        .isEqualTo(
            "asAt: \"2024-05-01\" -> \"2024-06-01\"\n"
                + "asset A-1: description: (none) -> \"Camera \\\"1\\\"\"\n"
                + "asset A-1: site: \"High Street\" -> (none)\n");
    assertThat(backward.out())
        .isEqualTo(
            "asAt: \"2024-06-01\" -> \"2024-05-01\"\n"
                + "asset A-1: description: \"Camera \\\"1\\\"\" -> (none)\n"
                + "asset A-1: site: (none) -> \"High Street\"\n");
    assertThat(same.out()).isEqualTo("no changes\n");
  }

  @Test
  void diffSaysWhichRecordsWereAddedAndRemoved() throws IOException {
    commit(register("one.json", ONE_OF_EACH), "--at", AT);
    commit(register("query.json", QueryCommandTest.REGISTER), "--at", LATER);

    CliRun run = CliRun.of("store", "diff", "1", "2", "--store", store);

    assertThat(run.out().lines())
        .contains(
            "asset A-2: added", "asset A-3: added", "asset A-4: added", "contract C-1: removed");
  }

  @Test
  void showWritesTheRevisionAndSaysWhatItWrote() throws IOException {
    Path file = register("one.json", ONE_OF_EACH);
    commit(file, "--at", AT);
    commit(
        register("two.json", ONE_OF_EACH.replace("High Street", "Market Square")), "--at", LATER);
    Path first = dir.resolve("first.json");
    Path latest = dir.resolve("latest.json");

    CliRun showFirst = CliRun.of("store", "show", "1", "--store", store, "--out", first.toString());
    CliRun showLatest =
        CliRun.of("store", "show", "latest", "--store", store, "--out", latest.toString());

    assertThat(showFirst.exitCode()).as(showFirst.err()).isZero();
    assertThat(showFirst.out())
        .isEqualTo(
            first
                + ": revision 1 recorded at "
                + AT
                + " (1 asset, 1 DPIA, 1 contract; as at 2024-05-01)\n");
    assertThat(showLatest.out()).startsWith(latest + ": revision 2 recorded at " + LATER + " (");
    assertThat(Files.readString(latest)).contains("Market Square").doesNotContain("High Street");
    assertThat(Files.readString(first)).contains("High Street");
  }

  @Test
  void showOfARevisionThatIsNotThereSaysWhichIsTheLatest() throws IOException {
    CliRun empty =
        CliRun.of(
            "store", "show", "latest", "--store", store, "--out", dir.resolve("x.json").toString());
    commit(register("one.json", ONE_OF_EACH), "--at", AT);
    CliRun missing =
        CliRun.of(
            "store", "show", "9", "--store", store, "--out", dir.resolve("x.json").toString());

    assertThat(empty.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(empty.err())
        .isEqualTo("register store show: " + store + ": has no revision yet (the latest is 0)\n");
    assertThat(missing.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(missing.err())
        .isEqualTo("register store show: " + store + ": has no revision 9 (the latest is 1)\n");
    assertThat(dir.resolve("x.json")).doesNotExist();
  }

  @Test
  void showToAPlaceThatCannotBeWrittenIsOneLine() throws IOException {
    commit(register("one.json", ONE_OF_EACH), "--at", AT);
    Path out = dir.resolve("no/such/dir/x.json");

    CliRun run = CliRun.of("store", "show", "1", "--store", store, "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(out + ": cannot write\n");
  }

  @Test
  void anInvalidAssetIdOrStoreIsAUsageErrorOnOneLine() {
    CliRun asset = CliRun.of("store", "log", "--store", store, "--asset", "no spaces");
    CliRun location = CliRun.of("store", "init", dir.resolve("a;b").toString());

    assertThat(asset.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(asset.err())
        .isEqualTo(
            "register store log: --asset \"no spaces\" is not an asset id (1-64 of A-Z a-z 0-9 . _"
                + " : -)\nTry 'register store log --help' for more.\n");
    assertThat(location.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(location.err())
        .isEqualTo(
            "register store init: a store directory's path cannot hold ';'\n"
                + "Try 'register store init --help' for more.\n");
  }

  @Test
  void aStoreThatCannotBeUsedIsOneLineNamingTheCommand() {
    String missing = dir.resolve("missing").toString();

    CliRun log = CliRun.of("store", "log", "--store", missing);
    CliRun show =
        CliRun.of(
            "store", "show", "1", "--store", missing, "--out", dir.resolve("x.json").toString());

    assertThat(log.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(log.out()).isEmpty();
    assertThat(log.err()).startsWith("register store log: ").endsWith("\n");
    assertThat(log.err().lines()).hasSize(1);
    assertThat(show.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(show.out()).isEmpty();
    assertThat(show.err()).startsWith("register store show: ").endsWith("\n");
    assertThat(show.err().lines()).hasSize(1);
  }

  @Test
  void foiAsRecordedBeforeAnythingWasRecordedSaysSo() throws IOException {
    commit(register("one.json", ONE_OF_EACH), "--at", AT);

    CliRun run =
        CliRun.of("foi", store, CliSetUp.REQUEST, "--as-recorded-at", "2024-05-31T23:59:59+01:00");

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "register foi: " + store + ": nothing had been recorded by 2024-05-31T22:59:59Z\n");
  }

  @Test
  void aPasswordIsTakenOnlyForPostgresqlAndOnlyWhenNotEmpty() {
    CommandLine.Model.CommandSpec spec = new CommandLine(new StoreCommand()).getCommandSpec();
    String url = "jdbc:postgresql://localhost:5432/register?user=steward";

    assertThat(StoreOptions.location(spec, url, Map.of("PGPASSWORD", "")))
        .isEqualTo(StoreLocation.jdbc(url));
    assertThat(StoreOptions.location(spec, store, Map.of("PGPASSWORD", "s3cret")))
        .isEqualTo(StoreLocation.parse(store));
  }

  @Test
  void aBadRevisionIsAUsageErrorInPicoclisWordsForAPositionalParameter() {
    CliRun run =
        CliRun.of(
            "store", "show", "first", "--store", store, "--out", dir.resolve("x.json").toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            "register store show: Invalid value for positional parameter at index 0 (REV):"
                + " \"first\" is not a revision (a number from 1, or latest)",
            "Try 'register store show --help' for more.");
  }
}
