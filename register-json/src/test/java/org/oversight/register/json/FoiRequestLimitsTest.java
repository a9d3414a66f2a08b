package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.validation.Problem;

/**
 * A request is streamed with the register's limits (issue 13 item 3): hostile files end in one
 * clear located problem, or the 1,000-problem cap, and never read whole. Surefire runs these tests
 * with the module's heap (a fixed -Xmx384m in the pom's argLine), far below what reading the inputs
 * whole would need.
 */
class FoiRequestLimitsTest {

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void devZeroIsOneLocatedProblem() {
    assertThatThrownBy(() -> FoiJson.readRequest(Path.of("/dev/zero")))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .singleElement()
                    .asString()
                    .startsWith("1:1: "));
  }

  @Test
  void aTwoGigabyteSparseFileIsOneLocatedProblem(@TempDir Path dir) throws IOException {
    Path sparse = dir.resolve("sparse.json");
    try (RandomAccessFile file = new RandomAccessFile(sparse.toFile(), "rw")) {
      file.setLength(2L << 30);
    }

    assertThatThrownBy(() -> FoiJson.readRequest(sparse))
        .isInstanceOfSatisfying(
            RegisterFormatException.class, e -> assertThat(e.problems()).hasSize(1));
  }

  @Test
  void megabytesOfBadQuestionsStopAtTheProblemCap() {
    StringBuilder json =
        new StringBuilder(
            "{\"reference\": \"R\", \"receivedOn\": \"2024-01-01\", \"questions\": [");
    String bad = "{\"id\": \"?\", \"text\": \"\", \"colour\": 1},";
    while (json.length() < 11 << 20) {
      json.append(bad);
    }
    json.append("{}]}");

    assertThatThrownBy(() -> FoiJson.readRequest(stream(json.toString())))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e -> {
              assertThat(e.problems()).hasSize(1001);
              assertThat(e.problems().get(1000).message())
                  .isEqualTo("too many problems: stopped after 1000");
            });
  }

  @Test
  void aSeventeenMegabyteRequestIsOneLocatedProblem() {
    StringBuilder json =
        new StringBuilder(
            "{\"reference\": \"R\", \"receivedOn\": \"2024-01-01\", \"questions\": [");
    for (int i = 0; json.length() < 17 << 20; i++) {
      json.append("{\"id\": \"q").append(i).append("\", \"text\": \"t\", \"assets\": {}},");
    }
    json.append("{\"id\": \"last\", \"text\": \"t\", \"assets\": {}}]}");

    assertThatThrownBy(() -> FoiJson.readRequest(stream(json.toString())))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .containsExactly("the document is longer than the limit"));
  }

  @Test
  void aFileIsStreamedNotReadWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("request.json");
    Files.writeString(file, "{\"reference\": 7", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FoiJson.readRequest(file))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .contains("1:15: /reference: must be a string, was a number"));
  }

  private static InputStream stream(String json) {
    return new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
