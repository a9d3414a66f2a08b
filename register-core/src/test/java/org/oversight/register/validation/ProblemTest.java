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

  @Test
  void eachPartOfTheLineAppearsOnlyWhenKnown() {
    // A line with no column (reference data, a spreadsheet row).
    assertThat(Problem.at("", null, "bad row").located(7, 0).inSource("vendors.txt"))
        .hasToString("vendors.txt:7: bad row");
    // A source with no position.
    assertThat(Problem.at("", null, "cannot be read").inSource("register.json"))
        .hasToString("register.json: cannot be read");
    assertThat(Problem.at("/id", null, "m").inSource("r.json")).hasToString("r.json: /id: m");
    // Nothing but the message.
    assertThat(Problem.at("", null, "the register is empty")).hasToString("the register is empty");
    // A record named without a pointer, and a record not named once the problem is located.
    assertThat(Problem.at("", "CAM-1", "m")).hasToString("(CAM-1): m");
    assertThat(Problem.at("/id", "CAM-1", "m").located(3, 4)).hasToString("3:4: /id: m");
    assertThat(Problem.at("", "CAM-1", "m").located(3, 4)).hasToString("3:4: m");
    assertThat(Problem.at("/id", null, "m")).hasToString("/id: m");
  }

  @Test
  void aProblemIsLocatedFromLineOneAndRefusesNegativePositions() {
    assertThat(Problem.at("", null, "m").isLocated()).isFalse();
    assertThat(Problem.at("", null, "m").located(1, 0).isLocated()).isTrue();
    assertThat(Problem.at("", null, "m").located(0, 5).isLocated()).isFalse();
    assertThat(Problem.at("", null, "m").located(0, 0)).hasToString("m");
    assertThatThrownBy(() -> Problem.at("", null, "m").located(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line and column are 0 or more");
    assertThatThrownBy(() -> Problem.at("", null, "m").located(0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line and column are 0 or more");
    assertThatThrownBy(() -> Problem.at("x", null, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a JSON pointer is empty or starts with /");
    Problem p = Problem.at("/a", "R-1", "m").located(2, 3).inSource("s");
    assertThat(p)
        .extracting(
            Problem::source,
            Problem::line,
            Problem::column,
            Problem::pointer,
            Problem::recordId,
            Problem::message)
        .containsExactly("s", 2, 3, "/a", "R-1", "m");
    assertThat(p.under("/assets/0")).isEqualTo(new Problem("s", 2, 3, "/assets/0/a", "R-1", "m"));
  }

  @Test
  void invalidInputListsEachProblemOnItsOwnLineUpToTwenty() {
    assertThat(new InvalidRegisterException(List.of(Problem.at("/id", null, "is required"))))
        .hasMessage("1 problem in the register:\n  /id: is required");
    List<Problem> twenty =
        IntStream.range(0, 20).mapToObj(i -> Problem.at("/assets/" + i, null, "bad")).toList();
    String listed =
        IntStream.range(0, 20)
            .mapToObj(i -> "\n  /assets/" + i + ": bad")
            .collect(java.util.stream.Collectors.joining());
    assertThat(new InvalidInputException("the request", twenty))
        .hasMessage("20 problems in the request:" + listed);
    List<Problem> twentyOne = new java.util.ArrayList<>(twenty);
    twentyOne.add(Problem.at("/assets/20", null, "bad"));
    assertThat(new InvalidInputException("the request", twentyOne))
        .hasMessage("21 problems in the request:" + listed + "\n  ... and 1 more");
    assertThatThrownBy(() -> new InvalidInputException("the request", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid input has at least one problem");
  }
}
