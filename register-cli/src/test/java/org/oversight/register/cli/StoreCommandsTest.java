package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;
import org.oversight.register.store.StoreLocation;
import org.oversight.register.store.postgres.PostgresServer;
import picocli.CommandLine;

/** {@code register store ...} and {@code register foi --as-recorded-at}, on H2 and PostgreSQL. */
class StoreCommandsTest {
  private static final String RESPONDED = "2021-09-20";

  static final String REGISTER = CliSetUp.REGISTER;
  static final String REQUEST = CliSetUp.REQUEST;
  static final String FIRST_AT = "2021-09-01T08:00:00Z";
  static final String RECEIVED = "2021-09-06T09:12:00Z";
  static final String LATER_AT = "2021-10-01T12:00:00Z";

  private static PostgresServer postgres;

  @TempDir static Path temp;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresServer.start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  static Stream<Arguments> stores() throws Exception {
    return Stream.of(
        Arguments.of("embedded", temp.resolve("register-db").toString()),
        Arguments.of("postgresql", postgres.newDatabase()));
  }

  /** Essex with a new overt Hikvision camera, which the Essex request asks about. */
  static Path later(Path dir) throws Exception {
    AssetRegister essex = RegisterJson.standard().read(Path.of(REGISTER));
    Asset camera =
        Asset.builder("CAM-2021-99")
            .manufacturer("Hikvision")
            .category(AssetCategory.FIXED_CAMERA)
            .capabilities(Capability.RECORDING)
            .deployment(Deployment.OVERT)
            .owned(true)
            .operated(true)
            .status(AssetStatus.IN_SERVICE)
            // in service before the request came in, but recorded only afterwards
            .inServiceFrom(java.time.LocalDate.of(2021, 1, 4))
            .site("Basildon town centre")
            .build();
    Path file = dir.resolve("later.json");
    RegisterJson.standard().write(essex.withAsset(camera), file);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void keepsARegisterOverTimeAndReplaysTheFoiLetterAsRecorded(String kind, String store)
      throws Exception {
    Path later = later(Files.createTempDirectory(temp, kind));
    Path shown = temp.resolve(kind + "-shown.json");

    CliRun init = CliRun.of("store", "init", store);
    CliRun first =
        CliRun.of(
            "store",
            "commit",
            REGISTER,
            "--store",
            store,
            "--author",
            "J. Smith",
            "--reason",
            "register as at 6 September",
            "--at",
            FIRST_AT);
    CliRun second =
        CliRun.of(
            "store",
            "commit",
            later.toString(),
            "--store",
            store,
            "--author",
            "A. Jones",
            "--reason",
            "new camera in Basildon",
            "--at",
            LATER_AT);
    CliRun log = CliRun.of("store", "log", "--store", store);
    CliRun history = CliRun.of("store", "log", "--store", store, "--asset", "CAM-2021-99");
    CliRun show = CliRun.of("store", "show", "1", "--store", store, "--out", shown.toString());
    CliRun diff = CliRun.of("store", "diff", "1", "latest", "--store", store);
    // Dated before the due date, so that no warning reaches standard error.
    CliRun original = CliRun.of("foi", REGISTER, REQUEST, "--on", RESPONDED);
    CliRun replayed =
        CliRun.of("foi", store, REQUEST, "--as-recorded-at", RECEIVED, "--on", RESPONDED);
    CliRun current = CliRun.of("foi", later.toString(), REQUEST, "--on", RESPONDED);

    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(init.out())
        .endsWith(
            ": register store created ("
                + (kind.equals("embedded") ? "embedded H2" : "PostgreSQL")
                + ", no revision yet)\n");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(
            ": revision 1 recorded at "
                + FIRST_AT
                + " (7 assets, 3 DPIAs, 2 contracts; as at 2021-09-06)");
    assertThat(second.out()).contains(": revision 2 recorded at " + LATER_AT + " (8 assets,");
    assertThat(log.out().lines())
        .containsExactly(
            "revision 2  "
                + LATER_AT
                + "  A. Jones  8 assets, 3 DPIAs, 2 contracts; as at 2021-09-06  new camera in Basildon",
            "revision 1  "
                + FIRST_AT
                + "  J. Smith  7 assets, 3 DPIAs, 2 contracts; as at 2021-09-06  register as at 6 September");
    assertThat(history.out().lines())
        .containsExactly("revision 2  " + LATER_AT + "  A. Jones  added  new camera in Basildon");
    assertThat(show.exitCode()).as(show.err()).isZero();
    assertThat(Files.readString(shown)).isEqualTo(Files.readString(Path.of(REGISTER)));
    assertThat(diff.out()).isEqualTo("asset CAM-2021-99: added\n");
    assertThat(replayed.exitCode()).as(replayed.err()).isZero();
    assertThat(replayed.err()).isEmpty();
    assertThat(replayed.out()).isEqualTo(original.out());
    assertThat(current.out()).isNotEqualTo(original.out());
    for (CliRun run : new CliRun[] {init, first, second, log, history, show, diff}) {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void diffSaysAConfidentialFieldChangedAndNeverShowsIt() throws Exception {
    String store = temp.resolve("confidential-db").toString();
    AssetRegister essex = RegisterJson.standard().read(Path.of(REGISTER));
    Asset covert =
        essex.assets().stream().filter(a -> a.authorisationRef() != null).findFirst().orElseThrow();
    Path changed = temp.resolve("confidential.json");
    RegisterJson.standard()
        .write(
            essex.withAsset(covert.toBuilder().authorisationRef("RIPA-DS-2099-999").build()),
            changed);
    CliRun.of("store", "init", store);
    CliRun.of(
        "store",
        "commit",
        REGISTER,
        "--store",
        store,
        "--author",
        "a",
        "--reason",
        "r",
        "--at",
        FIRST_AT);
    CliRun.of(
        "store",
        "commit",
        changed.toString(),
        "--store",
        store,
        "--author",
        "a",
        "--reason",
        "r",
        "--at",
        LATER_AT);

    CliRun diff = CliRun.of("store", "diff", "1", "2", "--store", store);

    assertThat(diff.out())
        .isEqualTo(
            "asset "
                + covert.id().value()
                + ": authorisationRef: changed (confidential, not shown)\n");
    assertThat(diff.out()).doesNotContain("RIPA");
  }

  @Test
  void aPasswordComesFromPgpasswordAndNeverFromTheCommandLine() {
    CommandLine.Model.CommandSpec spec = new CommandLine(new StoreCommand()).getCommandSpec();
    String url = "jdbc:postgresql://localhost:5432/register?user=steward";

    assertThat(StoreOptions.location(spec, url, Map.of("PGPASSWORD", "s3cret")))
        .isEqualTo(StoreLocation.jdbc(url).withPassword("s3cret"));
    assertThat(StoreOptions.location(spec, url, Map.of())).isEqualTo(StoreLocation.jdbc(url));

    CliRun refused = CliRun.of("store", "init", url + "&password=s3cret");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err())
        .startsWith("register store init: a password on the command line is refused")
        .doesNotContain("s3cret");
  }

  static Stream<Arguments> badInput() {
    String missing = temp.resolve("no-store-here").toString();
    String existing = temp.resolve("bad-input-db").toString();
    CliRun.of("store", "init", existing);
    CliRun.of(
        "store",
        "commit",
        REGISTER,
        "--store",
        existing,
        "--author",
        "a",
        "--reason",
        "r",
        "--at",
        FIRST_AT);
    String notJson = CliSetUp.ROOT.resolve("README.md").toString();
    return Stream.of(
        Arguments.of(2, new String[] {"store"}),
        Arguments.of(2, new String[] {"store", "init"}),
        Arguments.of(2, new String[] {"store", "init", "jdbc:mysql://localhost/register"}),
        Arguments.of(2, new String[] {"store", "init", " "}),
        Arguments.of(1, new String[] {"store", "init", existing}),
        Arguments.of(2, new String[] {"store", "commit", REGISTER, "--store", existing}),
        Arguments.of(
            2,
            new String[] {
              "store", "commit", REGISTER, "--store", existing, "--author", "a", "--reason", " "
            }),
        Arguments.of(
            2,
            new String[] {
              "store",
              "commit",
              REGISTER,
              "--store",
              existing,
              "--author",
              "a",
              "--reason",
              "r",
              "--at",
              "yesterday"
            }),
        Arguments.of(
            1,
            new String[] {
              "store", "commit", notJson, "--store", existing, "--author", "a", "--reason", "r"
            }),
        Arguments.of(
            1,
            new String[] {
              "store", "commit", REGISTER, "--store", missing, "--author", "a", "--reason", "r"
            }),
        Arguments.of(
            1,
            new String[] {
              "store",
              "commit",
              REGISTER,
              "--store",
              existing,
              "--author",
              "a",
              "--reason",
              "stale",
              "--parent",
              "0"
            }),
        Arguments.of(
            1,
            new String[] {
              "store",
              "commit",
              REGISTER,
              "--store",
              existing,
              "--author",
              "a",
              "--reason",
              "r",
              "--at",
              "2000-01-01T00:00:00Z"
            }),
        Arguments.of(1, new String[] {"store", "log", "--store", missing}),
        Arguments.of(
            2, new String[] {"store", "log", "--store", existing, "--asset", "no spaces allowed"}),
        Arguments.of(
            2,
            new String[] {
              "store",
              "show",
              "first",
              "--store",
              existing,
              "--out",
              temp.resolve("x.json").toString()
            }),
        Arguments.of(2, new String[] {"store", "show", "1", "--store", existing}),
        Arguments.of(
            1,
            new String[] {
              "store", "show", "9", "--store", existing, "--out", temp.resolve("x.json").toString()
            }),
        Arguments.of(
            1,
            new String[] {
              "store",
              "show",
              "1",
              "--store",
              existing,
              "--out",
              temp.resolve("no/such/dir/x.json").toString()
            }),
        Arguments.of(2, new String[] {"store", "diff", "1", "--store", existing}),
        Arguments.of(1, new String[] {"store", "diff", "1", "9", "--store", existing}),
        Arguments.of(2, new String[] {"foi", existing, REQUEST, "--as-recorded-at", "6 September"}),
        Arguments.of(
            1, new String[] {"foi", existing, REQUEST, "--as-recorded-at", "2001-01-01T00:00:00Z"}),
        Arguments.of(1, new String[] {"foi", missing, REQUEST, "--as-recorded-at", RECEIVED}));
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputToEveryStoreCommandIsOneLineAndExit1Or2(int code, String[] args) {
    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
    String firstLine = run.err().lines().findFirst().orElse("");
    assertThat(firstLine).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    // a usage error adds the one "Try ... --help" line; a bad file lists its problems, one a line
    if (code == 1 && !run.err().contains("README.md")) {
      assertThat(run.err().lines()).hasSize(1);
    }
  }
}
