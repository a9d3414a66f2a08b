package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.foi.QuestionKind;
import org.oversight.register.foi.Regime;
import org.oversight.register.foi.Relationship;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.validation.Problem;

class FoiJsonTest {
  static final Path EXAMPLES = Path.of("..", "examples", "essex-2021");

  @Test
  void the_essex_request_reads_as_the_contract_describes() throws Exception {
    FoiRequest request = FoiJson.readRequest(EXAMPLES.resolve("request.json"));

    assertThat(request.reference()).isEqualTo("16076");
    assertThat(request.receivedOn()).isEqualTo(LocalDate.of(2021, 9, 6));
    assertThat(request.regime()).isEqualTo(Regime.FOIA);
    assertThat(request.questions())
        .extracting(FoiQuestion::kind)
        .containsExactly(
            QuestionKind.ASSETS, QuestionKind.ASSETS, QuestionKind.DPIAS, QuestionKind.CONTRACTS);
    assertThat(request.questions().get(0).assets().manufacturer()).isEqualTo("Hikvision");
    assertThat(request.questions().get(1).assets().advanced()).isTrue();
    assertThat(request.questions().get(3).contractsFor()).containsExactly("1", "2");
  }

  @Test
  void criteria_default_and_regime_is_optional() throws Exception {
    FoiRequest request =
        FoiJson.readRequest(
            "{\"reference\": \"9\", \"receivedOn\": \"2022-06-01\", \"regime\": \"FOISA\", \"questions\": ["
                + "{\"id\": \"a\", \"text\": \"t\", \"assets\": {\"capabilities\": [\"LIVE_FACIAL_RECOGNITION\"],"
                + " \"categories\": [\"DRONE\"], \"relationship\": \"OWNS\"}}]}");

    assertThat(request.regime()).isEqualTo(Regime.FOISA);
    assertThat(request.questions().get(0).assets().capabilities())
        .containsExactly(Capability.LIVE_FACIAL_RECOGNITION);
    assertThat(request.questions().get(0).assets().categories())
        .containsExactly(AssetCategory.DRONE);
    assertThat(request.questions().get(0).assets().relationship()).isEqualTo(Relationship.OWNS);
    assertThat(request.questions().get(0).assets().advanced()).isNull();
  }

  @Test
  void every_problem_of_a_request_is_located() {
    String json =
        "{\"reference\": 7,\n"
            + " \"receivedOn\": \"6 Sept\",\n"
            + " \"colour\": \"red\",\n"
            + " \"questions\": [{\"id\": \"1\", \"text\": \"t\", \"assets\": {\"advanced\": \"yes\","
            + " \"categories\": [\"SPACESHIP\"], \"capabilities\": [\"X-lower\"]}},\n"
            + "   {\"id\": \"2\", \"text\": \"t\"}]}";

    assertThatThrownBy(() -> FoiJson.readRequest(json))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "1:15: /reference: must be a string",
                        "2:16: /receivedOn: \"6 Sept\" is not a date in the form yyyy-MM-dd",
                        "3:12: /colour: unknown field \"colour\"",
                        "4:64: /questions/0/assets/advanced: must be true or false",
                        "4:86: /questions/0/assets/categories/0: \"SPACESHIP\" is not one of FIXED_CAMERA,"
                            + " PTZ_CAMERA, ANPR_CAMERA, BODY_WORN_CAMERA, VEHICLE_CAMERA, DRONE,"
                            + " HELICOPTER_CAMERA, THERMAL_CAMERA, VIDEO_MANAGEMENT_SYSTEM,"
                            + " VIDEO_ANALYTICS_SOFTWARE, FACIAL_RECOGNITION_SYSTEM, OTHER",
                        "4:117: /questions/0/assets/capabilities/0: \"X-lower\" is not a capability code",
                        "5:4: /questions/1: give exactly one of \"assets\", \"dpiasFor\" and \"contractsFor\""));
  }

  @Test
  void a_receipt_date_without_a_due_date_and_a_placeholder_manufacturer_are_located() {
    String json =
        "{\"reference\": \"R\",\n"
            + " \"receivedOn\": \"1977-05-01\",\n"
            + " \"questions\": [{\"id\": \"1\", \"text\": \"t\", \"assets\": {\"manufacturer\":"
            + " \"N/A\"}}]}";

    assertThatThrownBy(() -> FoiJson.readRequest(json))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "3:68: /questions/0/assets/manufacturer: is a placeholder for an unknown"
                            + " manufacturer, not a vendor to ask about"));
    String early = json.replace("\"N/A\"", "\"Dahua\"");
    assertThatThrownBy(() -> FoiJson.readRequest(early))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .singleElement()
                    .asString()
                    .startsWith("2:")
                    .contains("/receivedOn: received on 1977-05-01, outside the dates a due date")
                    .contains("2005-01-01")
                    .contains("9999-11-30"));
  }

  @Test
  void a_request_that_is_not_json_is_one_located_problem() {
    assertThatThrownBy(() -> FoiJson.readRequest("{\"reference\": "))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).message())
                  .isEqualTo("the document ends before it is complete");
            });
    assertThatThrownBy(() -> FoiJson.readRequest("")).isInstanceOf(RegisterFormatException.class);
    assertThatThrownBy(() -> FoiJson.readRequest("[]"))
        .hasMessageContaining("an FOI request must be a JSON object");
  }

  @Test
  void the_response_json_is_deterministic_and_carries_the_answer() throws Exception {
    AssetRegister register = RegisterJson.standard().read(EXAMPLES.resolve("register.json"));
    FoiRequest request = FoiJson.readRequest(EXAMPLES.resolve("request.json"));
    FoiResponse response = FoiResponder.standard().respond(OvertRegister.of(register), request);

    String json = FoiJson.writeResponse(response);

    assertThat(json).isEqualTo(FoiJson.writeResponse(response));
    assertThat(json)
        .startsWith("{\n  \"reference\" : \"16076\",\n  \"organisation\" : \"Essex Police\"")
        .contains("\"dueOn\" : \"2021-10-04\"")
        .contains("\"dataCorrectAsAt\" : \"2021-09-06\"")
        .contains("\"outcome\" : \"NOT_HELD\"")
        .contains("\"neitherConfirmNorDeny\" : ")
        .endsWith("}\n")
        .doesNotContain("COV-")
        .doesNotContain("RIPA");
  }
}
