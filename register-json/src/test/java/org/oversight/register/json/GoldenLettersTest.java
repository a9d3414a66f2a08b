package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;

/**
 * The letters of {@code examples/}, compared byte for byte with the reviewed files beside each
 * example: {@code letter.txt}, {@code letter.md}, {@code response.json} (and {@code workings.txt}).
 * After a deliberate change of wording, regenerate them with {@code mvn -pl register-json -am test
 * -Dtest=GoldenLettersTest -Dgolden.update=true -Dsurefire.failIfNoSpecifiedTests=false} and review
 * the diff line by line (docs/foi.md).
 */
class GoldenLettersTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  /** The date each example's response is dated, as {@code register foi --on} gives it. */
  static final Map<String, LocalDate> RESPONDED_ON =
      Map.of(
          "essex-2021", LocalDate.of(2021, 9, 20),
          "scottish-council-foisa", LocalDate.of(2024, 4, 2),
          "police-covert-hikvision", LocalDate.of(2024, 6, 20));

  @ParameterizedTest
  @ValueSource(strings = {"essex-2021", "scottish-council-foisa", "police-covert-hikvision"})
  void everyExampleLetterIsTheReviewedOneByteForByte(String example) throws IOException {
    Path dir = EXAMPLES.resolve(example);
    FoiResponse response = response(dir, RESPONDED_ON.get(example));
    FoiRenderer renderer = FoiRenderer.standard();

    golden(dir.resolve("letter.txt"), renderer.letter(response, FoiRenderer.Format.TEXT));
    golden(dir.resolve("letter.md"), renderer.letter(response, FoiRenderer.Format.MARKDOWN));
    golden(dir.resolve("response.json"), FoiJson.writeResponse(response));
    golden(dir.resolve("workings.txt"), renderer.workings(response));
  }

  static FoiResponse response(Path dir, LocalDate respondedOn) throws IOException {
    AssetRegister register = RegisterJson.standard().read(dir.resolve("register.json"));
    FoiRequest request = FoiJson.readRequest(dir.resolve("request.json"));
    return FoiResponder.standard().respond(OvertRegister.of(register), request, respondedOn);
  }

  private static void golden(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s differs from what is rendered: review, then regenerate (see this test)", file)
        .isEqualTo(actual);
  }
}
