package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands print about the names a user typed (paths, a manufacturer): each one printable
 * line, however the name is spelt, and a clear line for a path that cannot be what is asked.
 */
class PrintedPathsTest {
  @TempDir Path dir;

  private Path register() throws IOException {
    Path file = dir.resolve("register.json");
    Files.writeString(file, QueryCommandTest.REGISTER, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aManufacturerWithALineBreakIsWarnedAboutOnOneLine() throws IOException {
    CliRun run =
        CliRun.of("query", register().toString(), "--manufacturer", "Acme\nregister: forged");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "register query: \"Acme\\nregister: forged\" is not in the vendor directory: only"
                + " assets recorded under that name match, not its brands or group\n");
  }

  @Test
  void exportingOverTheRootDirectorySaysSoAndChangesNothing() throws IOException {
    CliRun run = CliRun.of("export", register().toString(), "--format", "csv", "--out", "/");

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("/: cannot write: is a directory (nothing was changed)\n");
  }

  @Test
  void anOutputPathWithAControlCharacterIsPrintedEscaped() throws IOException {
    Path out = dir.resolve("no-such-directory\u202e").resolve("register.csv");

    CliRun run =
        CliRun.of("export", register().toString(), "--format", "csv", "--out", out.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            dir.resolve("no-such-directory\\u202E").resolve("register.csv")
                + ": cannot write (nothing was changed)\n");
  }

  @Test
  void aPathThroughAFileIsNotADirectory() throws IOException {
    Path through = register().resolve("x.json");

    CliRun run = CliRun.of("validate", through.toString());

    assertThat(run.exitCode()).isEqualTo(RegisterCli.BAD_INPUT);
    assertThat(run.err()).isEqualTo(through + ": cannot read: not a directory\n");
  }
}
