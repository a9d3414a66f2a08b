package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parts of the JSON response that the example letters do not reach: a cost limit's questions and
 * planned equipment whose expected date is not recorded.
 */
class FoiJsonResponseTest {
  private static final Path REQUESTS =
      Path.of("src", "test", "resources", "org", "oversight", "register", "json", "requests");
  private static final Path REGISTER =
      Path.of("..", "examples", "facial-recognition-2025", "register.json");

  @Test
  void aCostLimitListsTheQuestionsItLeavesUnanswered() throws Exception {
    JsonNode costLimit = response("12-cost-limit.json").get("costLimit");

    assertThat(costLimit.get("questions").toString()).isEqualTo("[\"2\"]");
    assertThat(costLimit.get("estimateHours").asInt()).isEqualTo(120);
  }

  @Test
  void plannedEquipmentWithoutAnExpectedDateIsCounted() throws Exception {
    JsonNode answer = response("03-planned-drones.json").get("answers").get(0);

    assertThat(answer.get("expectedDateNotRecorded").toString())
        .isEqualTo("{\"entries\":1,\"units\":6}");
  }

  @Test
  void theWrittenResponseEndsWithANewLineOnTheWriter() throws Exception {
    FoiResponse response = respond("12-cost-limit.json");
    StringWriter out = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(out, 1 << 16);

    FoiJson.writeResponse(response, FoiRenderer.standard(), buffered); // flushed by the writer

    assertThat(out.toString()).isEqualTo(FoiJson.writeResponse(response)).endsWith("}\n");
  }

  private static JsonNode response(String request) throws IOException {
    String json = FoiJson.writeResponse(respond(request));
    return JsonMapper.builder().build().readTree(json);
  }

  private static FoiResponse respond(String name) throws IOException {
    FoiRequest request = FoiJson.readRequest(REQUESTS.resolve(name));
    AssetRegister register = RegisterJson.standard().read(REGISTER);
    return FoiResponder.standard()
        .respond(OvertRegister.of(register), request, LocalDate.of(2025, 2, 3));
  }
}
