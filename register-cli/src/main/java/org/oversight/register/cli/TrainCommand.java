package org.oversight.register.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * A hidden command that runs the common commands once on the Essex example carried in the jar,
 * printing nothing: {@code bin/register} runs it when it writes its class data sharing archive, so
 * that the archive holds the classes of {@code validate}, {@code query} and {@code foi} whichever
 * command a user runs first (BENCHMARKS.md, start-up). Not in the help; exit 0 when every run
 * succeeded.
 */
@Command(name = "train", hidden = true)
final class TrainCommand implements Callable<Integer> {
  private static final String EXAMPLE = "training/";

  @Override
  public Integer call() throws IOException {
    Path dir = Files.createTempDirectory("register-train-");
    try {
      Path register = copy("register.json", dir);
      Path request = copy("request.json", dir);
      List<List<String>> runs =
          List.of(
              List.of("validate", register.toString()),
              List.of("query", register.toString(), "--manufacturer", "Hikvision"),
              List.of("foi", register.toString(), request.toString(), "--on", "2021-09-20"),
              List.of(
                  "foi",
                  register.toString(),
                  request.toString(),
                  "--on",
                  "2021-09-20",
                  "--format",
                  "json"));
      int code = RegisterCli.OK;
      for (List<String> run : runs) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        code = Math.max(code, RegisterCli.run(run.toArray(String[]::new), nowhere, nowhere));
      }
      return code;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Copies a file of the example out of the jar, readable by its owner only. */
  private static Path copy(String name, Path dir) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = TrainCommand.class.getResourceAsStream(EXAMPLE + name)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(EXAMPLE + name + " is missing from the jar"));
      }
      Files.copy(in, file);
    }
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return file;
  }
}
