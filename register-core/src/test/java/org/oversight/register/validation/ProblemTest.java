package org.oversight.register.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTest {

  @ParameterizedTest
  @CsvSource({
    "assets[3].quantity, /assets/3/quantity",
    "assets[1].dpiaIds[0], /assets/1/dpiaIds/0",
    "organisation, /organisation",
    "contracts[0].value.amount, /contracts/0/value/amount",
    "a~b/c, /a~0b~1c"
  })
  void paths_become_json_pointers(String path, String pointer) {
    assertThat(new Problem(path, null, "m").jsonPointer()).isEqualTo(pointer);
  }

  @Test
  void the_whole_register_is_the_empty_pointer() {
    assertThat(new Problem("", null, "m").jsonPointer()).isEmpty();
    assertThat(new Problem("", null, "m")).hasToString("register: m");
  }

  @Test
  void a_problem_names_its_record() {
    assertThat(new Problem("assets[3].quantity", "CAM-4", "must be at least 1"))
        .hasToString("assets[3].quantity (CAM-4): must be at least 1");
  }

  @Test
  void an_invalid_register_exception_needs_a_problem_and_caps_its_message() {
    assertThatThrownBy(() -> new InvalidRegisterException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    List<Problem> many =
        java.util.stream.IntStream.range(0, 25)
            .mapToObj(i -> new Problem("assets[" + i + "].quantity", null, "bad"))
            .toList();

    InvalidRegisterException e = new InvalidRegisterException(many);

    assertThat(e.problems()).hasSize(25);
    assertThat(e.getMessage()).startsWith("25 problems").endsWith("... and 5 more");
  }
}
