package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.Problem;

/**
 * Fuzzes the reader. Plain {@code mvn verify} replays the committed seed corpus in {@code
 * src/test/resources/org/oversight/register/json/RegisterJsonFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes for real (see docs/json.md).
 */
class RegisterJsonFuzzTest {
  private static final RegisterJson JSON =
      RegisterJson.withOptions(RegisterJson.Options.defaults().withMaxStringLength(4096));

  @FuzzTest(maxDuration = "60s")
  void readerThrowsNothingButRegisterFormatException(byte[] input) {
    try {
      RegisterContents contents = JSON.readContents(input);
      // RegisterJson.read builds the register without checking it again: it relies on this.
      assertThat(RegisterValidator.standard().validate(contents)).isEmpty();
    } catch (RegisterFormatException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem problem : e.problems()) {
        assertThat(problem.message()).doesNotContain("\n").doesNotContainIgnoringCase("jackson");
      }
    }
  }
}
