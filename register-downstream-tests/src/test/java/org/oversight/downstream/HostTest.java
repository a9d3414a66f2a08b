package org.oversight.downstream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The downstream check in a Jackson 2 host: on the class path (this JVM), on the module path, and
 * with an old jackson-annotations forced onto the class path (each in a JVM of its own).
 */
class HostTest {
  static final Path EXAMPLES = Path.of(System.getProperty("downstream.examples"));
  static final Path REGISTER = EXAMPLES.resolve("register.json");
  static final Path REQUEST = EXAMPLES.resolve("request.json");
  static final List<String> STEPS =
      List.of("read", "write", "foi", "testkit", "jackson2", "jackson3-module");

  @Test
  void everyStepWorksOnTheClassPath() {
    List<String> lines = DownstreamCheck.run(REGISTER, REQUEST);

    assertEveryStepOk(lines);
    assertThat(lines).contains("read: ok 7 assets");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("jackson2: ok {\"organisation\":\"Essex Police\""));
  }

  @Test
  void theHostIsOnJackson2AndTheBomGivesTheAnnotationsJackson3Needs() throws IOException {
    List<String> jars = runtimeJars();

    assertThat(jars).anyMatch(j -> j.endsWith("jackson-databind-2.18.2.jar"));
    assertThat(jars).anyMatch(j -> j.contains("tools/jackson/core/jackson-databind/3."));
    assertThat(jars)
        .filteredOn(j -> j.contains("jackson-annotations"))
        .singleElement()
        .asString()
        .endsWith("jackson-annotations-2.21.jar");
  }

  @Test
  void everyStepWorksOnTheModulePath() throws Exception {
    String modulePath =
        String.join(
            File.pathSeparator, concat(System.getProperty("downstream.classes"), runtimeJars()));

    List<String> lines =
        java(
            "--module-path",
            modulePath,
            "--module",
            "org.oversight.downstream/org.oversight.downstream.DownstreamCheck",
            REGISTER.toString(),
            REQUEST.toString());

    assertEveryStepOk(lines);
  }

  @Test
  void withAnOldAnnotationsJarRegistersStillWorkAndDataBindingSaysWhy() throws Exception {
    String oldAnnotations = System.getProperty("downstream.oldAnnotations");
    assertThat(Path.of(oldAnnotations)).exists();
    List<String> jars = new ArrayList<>();
    for (String jar : runtimeJars()) {
      jars.add(jar.contains("jackson-annotations") ? oldAnnotations : jar);
    }
    String classPath =
        String.join(File.pathSeparator, concat(System.getProperty("downstream.classes"), jars));

    List<String> lines =
        java(
            "-cp",
            classPath,
            DownstreamCheck.class.getName(),
            REGISTER.toString(),
            REQUEST.toString());

    assertThat(lines).hasSize(STEPS.size());
    assertThat(lines.subList(0, STEPS.size() - 1)).allMatch(l -> l.contains(": ok "));
    assertThat(lines.get(STEPS.size() - 1))
        .isEqualTo(
            "jackson3-module: failed: java.lang.IllegalStateException: Jackson 3 data binding"
                + " (RegisterJsonModule) needs com.fasterxml.jackson.core:jackson-annotations 2.21"
                + " or newer, but version 2.18.2 is on the path: import org.oversight:register-bom,"
                + " which manages it, or declare jackson-annotations 2.21 or newer yourself.");
  }

  private static void assertEveryStepOk(List<String> lines) {
    assertThat(lines).hasSize(STEPS.size());
    for (int i = 0; i < STEPS.size(); i++) {
      assertThat(lines.get(i)).startsWith(STEPS.get(i) + ": ok ");
    }
  }

  private static List<String> runtimeJars() throws IOException {
    String classPath =
        Files.readString(Path.of(System.getProperty("downstream.runtime")), StandardCharsets.UTF_8)
            .strip();
    return List.of(classPath.split(File.pathSeparator, -1));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Runs a JVM like this one; its standard output's lines, after checking it exited 0. */
  private static List<String> java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out.lines().toList();
  }
}
