package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.foi.AssetsQuestion;
import org.oversight.register.foi.ContractsQuestion;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.QuestionKind;
import org.oversight.register.foi.Regime;
import org.oversight.register.foi.Relationship;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.validation.Problem;

class FoiJsonTest {
  static final Path EXAMPLES = Path.of("..", "examples", "essex-2021");

  @Test
  void theEssexRequestReadsAsTheContractDescribes() throws Exception {
    FoiRequest request = FoiJson.readRequest(EXAMPLES.resolve("request.json"));

    assertThat(request.reference()).isEqualTo("16076");
    assertThat(request.receivedOn()).isEqualTo(LocalDate.of(2021, 9, 6));
    assertThat(request.regime()).isEqualTo(Regime.FOIA);
    assertThat(request.questions())
        .extracting(FoiQuestion::kind)
        .containsExactly(
            QuestionKind.ASSETS, QuestionKind.ASSETS, QuestionKind.DPIAS, QuestionKind.CONTRACTS);
    assertThat(((AssetsQuestion) request.questions().get(0)).criteria().manufacturer())
        .isEqualTo("Hikvision");
    assertThat(((AssetsQuestion) request.questions().get(1)).criteria().advanced()).isTrue();
    ContractsQuestion contracts = (ContractsQuestion) request.questions().get(3);
    assertThat(contracts.about()).containsExactly("1", "2");
    assertThat(contracts.withoutPrices()).isTrue();
  }

  @Test
  void criteriaDefaultAndRegimeAndRequesterAreOptional() throws Exception {
    FoiRequest request =
        FoiJson.readRequest(
            "{\"reference\": \"9\", \"receivedOn\": \"2022-06-01\", \"questions\": ["
                + "{\"id\": \"a\", \"text\": \"t\", \"ncnd\": true, \"assets\": {\"capabilities\":"
                + " [\"LIVE_FACIAL_RECOGNITION\"], \"categories\": [\"DRONE\"], \"relationship\":"
                + " \"OWNS\"}}]}");

    assertThat(request.regime()).isNull();
    assertThat(request.requester()).isNull();
    AssetsQuestion question = (AssetsQuestion) request.questions().get(0);
    assertThat(question.ncnd()).isTrue();
    assertThat(question.criteria().capabilities())
        .containsExactly(Capability.LIVE_FACIAL_RECOGNITION);
    assertThat(question.criteria().categories()).containsExactly(AssetCategory.DRONE);
    assertThat(question.criteria().relationship()).isEqualTo(Relationship.OWNS);
    assertThat(question.criteria().advanced()).isNull();
  }

  @Test
  void everyProblemOfARequestIsLocatedWithTheRegisterReadersMessages() {
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
                        "1:15: /reference: must be a string, was a number",
                        "2:16: /receivedOn: \"6 Sept\" is not a date: use yyyy-MM-dd",
                        "3:2: /colour: unknown field \"colour\"",
                        "4:64: /questions/0/assets/advanced: must be true or false, was a string",
                        "4:86: /questions/0/assets/categories/0: \"SPACESHIP\" is not one of"
                            + " FIXED_CAMERA, PTZ_CAMERA, ANPR_CAMERA, BODY_WORN_CAMERA,"
                            + " VEHICLE_CAMERA, DRONE, HELICOPTER_CAMERA, THERMAL_CAMERA,"
                            + " VIDEO_MANAGEMENT_SYSTEM, VIDEO_ANALYTICS_SOFTWARE,"
                            + " FACIAL_RECOGNITION_SYSTEM, OTHER",
                        "4:117: /questions/0/assets/capabilities/0: \"X-lower\" is not a capability"
                            + " code: use a standard code or X- followed by upper-case letters,"
                            + " digits and hyphens",
                        "5:4: /questions/1: give exactly one of \"assets\", \"dpiasFor\","
                            + " \"contractsFor\", \"doYouUse\", \"documentsFor\" and"
                            + " \"answeredByOfficer\", not none"));
  }

  @Test
  void duplicateKeysAndReferencesAreLocatedProblems() {
    String json =
        "{\"reference\": \"R\", \"receivedOn\": \"2022-06-01\", \"receivedOn\": \"2023-01-01\",\n"
            + " \"questions\": [{\"id\": \"1\", \"text\": \"t\", \"assets\": {}}]}";
    assertThatThrownBy(() -> FoiJson.readRequest(json))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly("1:48: /receivedOn: \"receivedOn\" is given twice"));
    String references =
        "{\"reference\": \"R\", \"receivedOn\": \"2022-06-01\", \"questions\": [\n"
            + " {\"id\": \"1\", \"text\": \"t\", \"dpiasFor\": [\"2\"]},\n"
            + " {\"id\": \"2\", \"text\": \"t\", \"assets\": {}},\n"
            + " {\"id\": \"3\", \"text\": \"t\", \"contractsFor\": [\"9\", \"1\"],"
            + " \"withoutPrices\": true}]}";
    assertThatThrownBy(() -> FoiJson.readRequest(references))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "2:40: /questions/0/dpiasFor/0: question \"2\" is not an earlier question:"
                            + " name an earlier asset question",
                        "4:44: /questions/2/contractsFor/0: no question has the id \"9\"",
                        "4:49: /questions/2/contractsFor/1: question \"1\" is not an asset"
                            + " question or a \"do you use\" question"));
  }

  @Test
  void aReceiptDateWithoutADueDateAndAPlaceholderManufacturerAreLocated() {
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
                    .startsWith("2:16: /receivedOn: received on 1977-05-01, outside the dates"));
  }

  @Test
  void aRequestThatIsNotJsonIsOneLocatedProblem() {
    assertThatThrownBy(() -> FoiJson.readRequest("{\"reference\": "))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .containsExactly("the document ends before it is complete"));
    assertThatThrownBy(() -> FoiJson.readRequest(""))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly("1:1: the document is empty"));
    assertThatThrownBy(() -> FoiJson.readRequest("[]"))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .containsExactly("must be an object, was an array"));
  }
}
