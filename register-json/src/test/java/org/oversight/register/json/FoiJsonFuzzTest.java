package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.validation.Problem;

/**
 * Fuzzes the FOI request reader. Plain {@code mvn test} replays the committed seed corpus in {@code
 * src/test/resources/org/oversight/register/json/FoiJsonFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes for real (see docs/json.md).
 */
class FoiJsonFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void requestReaderThrowsNothingButRegisterFormatException(byte[] input) throws IOException {
    try {
      FoiRequest request = FoiJson.readRequest(new ByteArrayInputStream(input));
      assertThat(request.questions()).isNotEmpty();
    } catch (RegisterFormatException e) {
      assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(1001);
      for (Problem problem : e.problems()) {
        assertThat(problem.toString()).doesNotContain("\n").doesNotContainIgnoringCase("jackson");
      }
    }
  }
}
