package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateRequestCommandTest {
  static final String MIXED =
      CliSetUp.ROOT.resolve("examples/facial-recognition-2025/request.json").toString();

  @TempDir Path dir;

  @Test
  void aValidMixedRequestIsSummarisedWithoutARegister() {
    CliRun run = CliRun.of("validate-request", MIXED);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo(
            MIXED
                + ": valid (8 questions: 6 computed, 2 answered by the officer; received on"
                + " 2025-01-13)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void everyProblemOfARequestIsPrintedLocatedAndExitsOne() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"reference\": \"R\", \"receivedOn\": \"2025-01-13\", \"questions\": [\n"
            + " {\"id\": \"1\", \"text\": \"t\", \"doYouUse\": {\"planned\": \"yes\"}},\n"
            + " {\"id\": \"2\", \"text\": \"t\", \"answeredByOfficer\":"
            + " {\"outcome\": \"WITHHELD\", \"answer\": \"no\"}}]}\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("validate-request", bad.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines())
        .containsExactly(
            bad + ":2:51: /questions/0/doYouUse/planned: must be true or false, was a string",
            bad
                + ":3:48: /questions/1/answeredByOfficer/exemptions: a withheld answer names at"
                + " least one exemption, with its reasons (s17(1))");
  }

  @Test
  void aMissingRequestIsOneLineAndExitsOne() {
    CliRun run = CliRun.of("validate-request", dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(dir.resolve("missing.json") + ": cannot read: no such file\n");
  }
}
