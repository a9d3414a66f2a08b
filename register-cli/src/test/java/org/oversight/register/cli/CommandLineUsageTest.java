package org.oversight.register.cli;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person meets it: help, bad dates, unknown vendors, failed output. */
class CommandLineUsageTest {
  private static final List<String> COMMANDS =
      List.of(
          "validate",
          "validate-request",
          "query",
          "foi",
          "check",
          "schema",
          "migrate",
          "import",
          "export",
          "store",
          "report");

  static final String REGISTER = CliSetUp.REGISTER;

  @TempDir Path dir;

  @Test
  void helpFitsTheUsageWidthAndEverySummaryIsOneSentenceOnOneLine() {
    CliRun top = CliRun.of("--help");

    List<String> lines = top.out().lines().toList();
    List<String> commands = lines.subList(lines.indexOf("Commands:") + 1, lines.size());
    assertThat(commands)
        .extracting(line -> line.strip().split(" ", 2)[0])
        .containsExactlyElementsOf(COMMANDS);
    assertThat(commands)
        .allSatisfy(line -> assertThat(line).matches("  [a-z-]+ +[A-Z][^.]*\\.( [^.]*\\.)?"));
    List<String> topAndCommands = new ArrayList<>(List.of(""));
    topAndCommands.addAll(COMMANDS);
    topAndCommands.addAll(List.of("store init", "store commit", "store log", "store show"));
    topAndCommands.add("store diff");
    for (String command : topAndCommands) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.add("--help");
      CliRun run = command.isEmpty() ? top : CliRun.of(args.toArray(String[]::new));
      assertThat(run.out().lines())
          .as(command)
          .allSatisfy(
              line -> assertThat(line.length()).isLessThanOrEqualTo(RegisterCli.HELP_WIDTH));
    }
  }

  @Test
  void theHiddenTrainingRunAnswersTheExampleInTheJarSilently() throws IOException {
    // bin/register's class data sharing archive is written by this run (not in the help above)
    CliRun run = CliRun.of("train");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(
            new String(
                requireNonNull(TrainCommand.class.getResourceAsStream("training/request.json"))
                    .readAllBytes(),
                StandardCharsets.UTF_8))
        .contains("\"reference\": \"16076\"");
  }

  @Test
  void aCommandsHelpStartsWithUsageThenItsSummary() {
    List<String> lines = CliRun.of("foi", "--help").out().lines().toList();

    assertThat(lines.get(0)).startsWith("Usage: register foi ");
    // The synopsis may wrap: its further lines are indented; the summary is the next line.
    String summary =
        lines.stream().skip(1).filter(line -> !line.startsWith(" ")).findFirst().orElseThrow();
    assertThat(summary)
        .isEqualTo("Drafts the response to an FOI request from the overt part of the register.");
  }

  @Test
  void everyDateOptionSaysWhatADateIs() {
    for (List<String> args :
        List.of(
            List.of("query", REGISTER, "--as-at", "2021-13-01"),
            List.of("check", REGISTER, "--on", "2021-13-01"),
            List.of("report", REGISTER, "--on", "2021-13-01", "--html", "never-written.html"))) {
      CliRun run = CliRun.of(args.toArray(String[]::new));

      String option = args.get(2);
      assertThat(run.exitCode()).as(option).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err().lines().findFirst())
          .hasValue(
              "register "
                  + args.get(0)
                  + ": "
                  + option
                  + ": 2021-13-01 is not a date (yyyy-MM-dd)");
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("java.");
    }
  }

  @Test
  void datesAreStrict() {
    assertThat(RegisterCli.date("2024-02-29")).hasToString("2024-02-29");
    for (String bad :
        List.of("2021-02-29", "2021-9-6", "06/09/2021", "0000-01-01", "+2021-01-01")) {
      CliRun run = CliRun.of("query", REGISTER, "--as-at", bad);
      assertThat(run.exitCode()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains(bad + " is not a date (yyyy-MM-dd)");
    }
  }

  @Test
  void anUnknownManufacturerGetsAHintOnStandardError() {
    CliRun run = CliRun.of("query", REGISTER, "--manufacturer", "Acme");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).endsWith("0 entries, 0 units\n");
    assertThat(run.err())
        .isEqualTo(
            "register query: \"Acme\" is not in the vendor directory: only assets recorded under"
                + " that name match, not its brands or group\n");
  }

  @Test
  void aKnownManufacturerGetsNoHint() {
    assertThat(CliRun.of("query", REGISTER, "--manufacturer", "ezviz").err()).isEmpty();
  }

  @Test
  void anAtFileIsAFileNameNotArgumentsToExpand() throws IOException {
    Path secrets = Files.writeString(dir.resolve("secrets"), "root:SECRET-HASH:19000\n--help\n");

    CliRun run = CliRun.of("validate", "@" + secrets);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("@" + secrets + ": cannot read: no such file\n");
    assertThat(run.out()).doesNotContain("SECRET");
  }

  @Test
  void aFailedWriteToStandardOutputExits1WithAMessage() {
    StringWriter err = new StringWriter();
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    StandardOutput out = new StandardOutput(full);

    int code =
        RegisterCli.run(
            new String[] {"validate", REGISTER},
            new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
            new PrintWriter(err),
            out::failure);

    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo("register: cannot write to standard output: No space left on device\n");
  }
}
