package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.RegisterContents;

/**
 * An FOI letter is written as it is rendered, never held whole (issue 13 item 6): {@code register
 * foi} answers a request whose letter lists 100,000 assets in a fixed heap that holds the register
 * and the response but not, as well, the letter as one string (about 40 MB of text, copied as a
 * string grows). The letter is read from the command's standard output line by line and never held
 * by the test either.
 */
class BoundedLetterMemoryTest {
  private static final int ASSETS = 100_000;

  /** Enough for the register and its answer; not for the letter as a string besides. */
  private static final String HEAP = "-Xmx160m";

  @TempDir static Path dir;

  @BeforeAll
  static void writeRegisterAndRequest() throws Exception {
    RegisterJson.standard().write(contents(), dir.resolve("register.json"));
    Files.writeString(
        dir.resolve("request.json"),
        """
        {"reference": "R-1", "receivedOn": "2021-09-06", "regime": "FOIA", "questions": [
          {"id": "1", "text": "All Hikvision products", "assets": {"manufacturer": "Hikvision"}}]}
        """);
  }

  /** Runs {@code register foi} on the register and request in a JVM with the given heap. */
  private static Process foi(String heap) throws Exception {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            heap,
            "-cp",
            System.getProperty("java.class.path"),
            RegisterCli.class.getName(),
            "foi",
            dir.resolve("register.json").toString(),
            dir.resolve("request.json").toString(),
            "--on",
            "2021-09-20")
        .redirectError(dir.resolve("err-" + heap + ".txt").toFile())
        .start();
  }

  @Test
  void aLetterListingOneHundredThousandAssetsIsWrittenInAFixedHeap() throws Exception {
    Process process = foi(HEAP);
    process.getOutputStream().close();
    long lines = 0;
    long assetHeadings = 0;
    String first = null;
    String last = "";
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (first == null) {
          first = line;
        }
        if (line.startsWith("  Asset A-")) {
          assetHeadings++;
        }
        last = line;
        lines++;
      }
    }

    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dir.resolve("err-" + HEAP + ".txt")))
        .doesNotContain("out of memory", "Error");
    assertThat(process.exitValue()).isZero();
    assertThat(first).isEqualTo("Freedom of Information request R-1");
    assertThat(assetHeadings).isEqualTo(ASSETS);
    assertThat(last).isEqualTo("Ring Road Police");
    assertThat(lines).isGreaterThan(10L * ASSETS);
  }

  @Test
  void aHeapTooSmallForTheRegisterIsSaidInOneLineNotAStackTrace() throws Exception {
    Process process = foi("-Xmx24m");
    process.getOutputStream().close();
    process.getInputStream().readAllBytes();

    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(Files.readString(dir.resolve("err--Xmx24m.txt")))
        .isEqualTo(
            "register: out of memory: give Java a larger heap, such as java -Xmx2g -jar"
                + " register.jar (the README says how much a register of N assets needs)\n");
  }

  /** One hundred thousand overt Hikvision cameras, made as they are written. */
  private static RegisterContents contents() {
    List<Asset> assets = MadeUpCameras.of(ASSETS, "Hikvision");
    return new RegisterContents(
        "Ring Road Police", LocalDate.of(2021, 9, 6), assets, List.of(), List.of());
  }
}
