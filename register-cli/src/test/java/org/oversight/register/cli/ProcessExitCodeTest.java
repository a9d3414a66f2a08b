package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exit codes as a shell sees them: the command run as its own process. */
class ProcessExitCodeTest {
  record Result(int code, String out, String err) {}

  static Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RegisterCli.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(new File("..")).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void successIs0WithNothingOnStandardError() throws Exception {
    Result result = run("validate", "examples/essex-2021/register.json");

    assertThat(result.code()).isZero();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void badInputIs1AndNeverAStackTrace() throws Exception {
    Result result = run("validate", "README.md");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("README.md:1:")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void badUsageIs2() throws Exception {
    Result result = run("query");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("Try 'register query --help' for more.");
  }

  @Test
  void writingToDevFullExits1WithAMessage() throws Exception {
    File devFull = new File("/dev/full");
    assertThat(devFull).as("this test needs Linux's /dev/full").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RegisterCli.class.getName());
    // Dated before the due date: no warning for the officer on standard error.
    command.addAll(List.of("foi", CliSetUp.REGISTER, CliSetUp.REQUEST, "--on", "2021-09-20"));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(devFull)
            .redirectInput(new File("/dev/null"))
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(err)
        .isEqualTo("register: cannot write to standard output: No space left on device\n");
  }
}
