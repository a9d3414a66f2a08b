package org.oversight.register.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void locatedProblemReadsAsFileLineColumnPointerMessage() {
    Problem problem =
        Problem.at("/assets/2/deployment", "CAM-3", "\"HIDDEN\" is not one of OVERT, COVERT")
            .located(14, 22)
            .inSource("register.json");

    assertThat(problem)
        .hasToString(
            "register.json:14:22: /assets/2/deployment: \"HIDDEN\" is not one of OVERT, COVERT");
  }

  @Test
  void problemNotLocatedNamesItsRecord() {
    assertThat(Problem.at("/assets/3/quantity", "CAM-4", "must be at least 1"))
        .hasToString("/assets/3/quantity (CAM-4): must be at least 1");
  }

  @Test
  void wholeDocumentIsTheEmptyPointerAndIsLeftOutOfTheLine() {
    Problem problem = Problem.at("", null, "the document is empty").located(1, 1);

    assertThat(problem.pointer()).isEmpty();
    assertThat(problem).hasToString("1:1: the document is empty");
  }

  @Test
  void pointerMustBeEmptyOrStartWithASlash() {
    assertThatThrownBy(() -> Problem.at("assets/0", null, "m"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problemIsAlwaysOneLineWithoutControlOrBidiCharacters() {
    Problem problem =
        Problem.at("/assets/0/x\nforged", "ID\u202E", "line one\nline two\u2028\u0007")
            .inSource("evil\r\nname.json");

    assertThat(problem.toString())
        .doesNotContain("\n", "\r", "\u2028", "\u202E", "\u0007")
        .contains("\\n", "\\u202E");
  }

  @Test
  void placingAProblemUnderARecordPrefixesItsPointer() {
    assertThat(Problem.at("/quantity", null, "m").under("/assets/3").pointer())
        .isEqualTo("/assets/3/quantity");
  }

  @Test
  void invalidInputNeedsAProblemAndCapsItsMessage() {
    assertThatThrownBy(() -> new InvalidRegisterException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    List<Problem> many =
        IntStream.range(0, 25)
            .mapToObj(i -> Problem.at("/assets/" + i + "/quantity", null, "bad"))
            .toList();

    InvalidRegisterException e = new InvalidRegisterException(many);

    assertThat(e.problems()).hasSize(25);
    assertThat(e).isInstanceOf(InvalidInputException.class);
    assertThat(e.getMessage())
        .startsWith("25 problems in the register:")
        .endsWith("... and 5 more");
  }
}
