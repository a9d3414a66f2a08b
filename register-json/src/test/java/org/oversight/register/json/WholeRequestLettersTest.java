package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiResponse;

/**
 * The mixed facial recognition example of {@code examples/facial-recognition-2025} (a "do you use"
 * question, an asset list, a plan question, a suppliers question, documents, DPIAs and two
 * officer-answered questions), compared byte for byte with the reviewed letter beside it.
 * Regenerate with {@code -Dgolden.update=true}, as {@link GoldenLettersTest} says.
 */
class WholeRequestLettersTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "facial-recognition-2025");

  /** The date the example's response is dated, as {@code register foi --on} gives it. */
  static final LocalDate RESPONDED_ON = LocalDate.of(2025, 2, 7);

  @Test
  void mixedFacialRecognitionLetterIsTheReviewedOneByteForByte() throws IOException {
    FoiResponse response = GoldenLettersTest.response(EXAMPLE, RESPONDED_ON);
    FoiRenderer renderer = FoiRenderer.standard();

    golden(EXAMPLE.resolve("letter.txt"), renderer.letter(response, FoiRenderer.Format.TEXT));
    golden(EXAMPLE.resolve("letter.md"), renderer.letter(response, FoiRenderer.Format.MARKDOWN));
    golden(EXAMPLE.resolve("response.json"), FoiJson.writeResponse(response));
    golden(EXAMPLE.resolve("workings.txt"), renderer.workings(response));
  }

  private static void golden(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s differs from what is rendered: review, then regenerate (see this test)", file)
        .isEqualTo(actual);
  }
}
