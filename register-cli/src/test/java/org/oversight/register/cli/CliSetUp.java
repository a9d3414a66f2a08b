package org.oversight.register.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The set-up the command tests share: the example register and request, files written into a test's
 * own directory, and the FOI command run on the examples.
 */
final class CliSetUp {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final String REGISTER = ROOT.resolve("examples/essex-2021/register.json").toString();
  static final String REQUEST = ROOT.resolve("examples/essex-2021/request.json").toString();

  /** The day the example letters are dated. */
  static final String RESPONDED = "2021-09-20";

  private CliSetUp() {}

  /** Writes {@code content} in UTF-8 to {@code name} in {@code dir}, making its directories. */
  static Path write(Path dir, String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, content, StandardCharsets.UTF_8);
  }

  /** Runs {@code foi} on the example register and request, dated {@link #RESPONDED}. */
  static CliRun foiOnTheExamples(String... options) {
    String[] args = new String[5 + options.length];
    args[0] = "foi";
    args[1] = REGISTER;
    args[2] = REQUEST;
    args[3] = "--on";
    args[4] = RESPONDED;
    System.arraycopy(options, 0, args, 5, options.length);
    return CliRun.of(args);
  }
}
