package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The top of the command line, in process: usage errors, help, version, standard output. */
// Expected outputs are written line by line, each with its escapes and its file name in place.
@SuppressWarnings("StringConcatToTextBlock")
class RegisterCliTest {
  @Test
  void noCommandIsAUsageErrorListingTheCommands() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "register: a command is required (validate, query, foi, check, schema, migrate,"
                + " import, export, store, report)\n"
                + "Try 'register --help' for more.\n");
  }

  @Test
  void storeWithoutASubcommandIsAUsageErrorListingThem() {
    CliRun run = CliRun.of("store");

    assertThat(run.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "register store: a command is required (init, commit, log, show, diff)\n"
                + "Try 'register store --help' for more.\n");
  }

  @Test
  void aTypedValueThatIsNotAnOptionsTypeIsNamedByItsOption() {
    CliRun run = CliRun.of("check", CliSetUp.REGISTER, "--on", "0000-01-01");

    assertThat(run.exitCode()).isEqualTo(RegisterCli.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "register check: --on: 0000-01-01 is not a date (yyyy-MM-dd)\n"
                + "Try 'register check --help' for more.\n");
  }

  @Test
  void theVersionOfClassesOutsideAJarIsTheDevelopmentOne() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("register (development)\n");
    assertThat(new Version().getVersion()).containsExactly("register (development)");
  }

  @Test
  void helpUsesTheFullWidthNotPicoclisEighty() {
    CliRun run = CliRun.of("query", "--help");

    assertThat(run.out().lines())
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(RegisterCli.HELP_WIDTH))
        .anySatisfy(line -> assertThat(line.length()).isGreaterThan(80));
  }

  @Test
  void aHelpRequestForOneCommandListsEveryCommandAtTheTop() {
    CliRun top = CliRun.of("--help");

    assertThat(top.exitCode()).isZero();
    assertThat(top.out())
        .contains("\n  validate ")
        .contains("\n  validate-request ")
        .contains("\n  report ")
        .doesNotContain("\n  train ");
  }

  @Test
  void standardErrorKeepsToProblemsWhileLibrariesLogAtInfo() {
    Logger.getLogger("org.hibernate.validator").setLevel(Level.ALL);
    Logger.getLogger("org.flywaydb").setLevel(Level.ALL);

    CliRun.of("validate", CliSetUp.REGISTER);

    assertThat(Logger.getLogger("org.hibernate.validator").getLevel()).isEqualTo(Level.WARNING);
    assertThat(Logger.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.SEVERE);
  }

  @Test
  void aFailedWriteWithNoKnownReasonIsSaidWithoutOne() {
    StringWriter err = new StringWriter();
    PrintWriter failing =
        new PrintWriter(
            new Writer() {
              @Override
              public void write(char[] chars, int offset, int length) throws java.io.IOException {
                throw new java.io.IOException("gone");
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            });

    int code =
        RegisterCli.run(
            new String[] {"validate", CliSetUp.REGISTER}, failing, new PrintWriter(err));

    assertThat(code).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("register: cannot write to standard output\n");
  }

  @Test
  void aSuccessfulRunSaysNothingAboutStandardOutput() {
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();

    int code =
        RegisterCli.run(
            new String[] {"validate", CliSetUp.REGISTER},
            new PrintWriter(out),
            new PrintWriter(err),
            () -> "unused");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .endsWith(": valid (7 assets, 3 DPIAs, 2 contracts; as at 2021-09-06)\n");
  }

  @Test
  void theTrainingRunLeavesNoTemporaryFileBehind() throws java.io.IOException {
    java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));

    java.util.List<java.nio.file.Path> before = trainingDirectories(tmp);
    CliRun run = CliRun.of("train");
    java.util.List<java.nio.file.Path> after = trainingDirectories(tmp);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(after).isEqualTo(before);
  }

  private static java.util.List<java.nio.file.Path> trainingDirectories(java.nio.file.Path tmp)
      throws java.io.IOException {
    try (var files = java.nio.file.Files.list(tmp)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith("register-train-"))
          .sorted()
          .toList();
    }
  }

  @Test
  void runFlushesBothStreamsItWasGivenBeforeItReturns() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code =
        RegisterCli.run(
            new String[] {"validate", "missing.json"},
            new PrintWriter(new java.io.BufferedWriter(out)),
            new PrintWriter(new java.io.BufferedWriter(err)));

    assertThat(code).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("missing.json: cannot read: no such file\n");
    assertThat(out.toString()).isEmpty();
  }
}
