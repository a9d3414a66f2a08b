package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's commands are the ones that work. */
class ReadmeCommandsTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Pattern MAIN_JOB =
      Pattern.compile(
          "`mvn -B -q -DskipTests package && java -jar register-cli/target/register\\.jar ([^`]+)`");

  @Test
  void theMainCommandAnswersTheEssexRequest() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    Matcher main = MAIN_JOB.matcher(readme);
    assertThat(main.find()).as("README shows the main command").isTrue();
    List<String> args = Arrays.asList(main.group(1).trim().split(" +"));
    for (String arg : args.subList(1, args.size())) {
      assertThat(ROOT.resolve(arg)).as("README names a file that exists").exists();
    }

    String[] absolute =
        args.stream()
            .map(a -> a.endsWith(".json") ? ROOT.resolve(a).toString() : a)
            .toArray(String[]::new);
    CliRun run = CliRun.of(absolute);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Freedom of Information request 16076")
        .contains("section 23(5)");
  }

  @Test
  void theTestCommandIsWhatCiRuns() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String ci = Files.readString(ROOT.resolve(".ci/run"));

    assertThat(readme).contains("`mvn -B verify`");
    assertThat(ci).contains("mvn -B -ntp verify");
  }

  @Test
  void theShadedJarIsTheOneTheReadmeNames() throws IOException {
    String pom = Files.readString(ROOT.resolve("register-cli/pom.xml"));

    assertThat(pom).contains("<outputFile>${project.build.directory}/register.jar</outputFile>");
  }
}
