package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.InvalidInputException;
import org.oversight.register.validation.Problem;

/**
 * The record reader's decisions, each pinned by the whole list of problems it reports: line,
 * column, pointer and words.
 */
class RecordReaderTest {
  private static final String BASE = BadDocumentsTest.BASE;

  private final RegisterJson json = RegisterJson.standard();

  @Test
  void aSchemaVersionGivenTwiceIsGivenTwiceNotUnknown() {
    String twice =
        BASE.replace("\"schemaVersion\": 1,\n", "\"schemaVersion\": 1,\n  \"schemaVersion\": 1,\n");

    assertThat(problems(twice))
        .containsExactly("3:3: /schemaVersion: \"schemaVersion\" is given twice");
  }

  @Test
  void eachRecordsIdentifiersArePlacedInThatRecord() {
    String second =
        ",\n    {\"id\": \"CAM-0002\", \"category\": \"FIXED_CAMERA\", \"capabilities\": [], \"deployment\": \"OVERT\","
            + " \"owned\": true,\n"
            + "     \"operated\": true, \"status\": \"PLANNED\", \"quantity\": 1,"
            + " \"dpiaIds\": [\"DPIA-7\", \"DPIA-9\"]}";
    String document =
        BASE.replace("    }\n  ],\n  \"dpias\"", "    }" + second + "\n  ],\n  \"dpias\"");

    assertThat(problems(document))
        .containsExactly("25:82: /assets/1/dpiaIds/1: no DPIA has the id \"DPIA-9\"");
  }

  @Test
  void aMissingRequiredFieldIsTheOnlyFieldReported() throws Exception {
    assertThat(recordProblems(Dpia.TYPE, "{\"id\": \"D-1\", \"status\": \"DRAFT\"}"))
        .containsExactly("1:1: missing required field \"title\"");
  }

  @Test
  void aValueThatIsNotAnArrayIsSkippedWhole() {
    String document =
        BASE.replace(
            "\"capabilities\": [\"RECORDING\", \"LIVE_VIEW\", \"PAN_TILT_ZOOM\"]",
            "\"capabilities\": \"RECORDING\"");

    assertThat(problems(document))
        .containsExactly("13:23: /assets/0/capabilities: must be an array, was a string");
  }

  @Test
  void anElementThatIsNotAStringIsReportedAndSkipped() {
    String document =
        BASE.replace(
            "\"capabilities\": [\"RECORDING\", \"LIVE_VIEW\", \"PAN_TILT_ZOOM\"]",
            "\"capabilities\": [\"RECORDING\", {\"x\": [1]}, \"LIVE_VIEW\"]");

    assertThat(problems(document))
        .containsExactly("13:37: /assets/0/capabilities/1: must be a string, was an object");
  }

  @Test
  void aNestedRecordThatIsNotAnObjectIsReported() {
    String document =
        BadDocumentsTest.V2.replace(
            "\"location\": {\"latitude\": 51.7356, \"longitude\": 0.4685}", "\"location\": 51.7");

    assertThat(problems(document))
        .containsExactly("26:19: /assets/0/location: must be an object, was a number");
  }

  @Test
  void anUnknownFieldIsSkippedWithWhateverItHolds() {
    String document =
        BASE.replace(
            "\"quantity\": 12,", "\"quantity\": 12, \"colour\": {\"a\": [1, {\"b\": 2}]},");

    assertThat(problems(document))
        .containsExactly("19:23: /assets/0/colour: unknown field \"colour\"");
  }

  @Test
  void anAmountMayBeAJsonNumberButNothingElse() throws Exception {
    String number = BASE.replace("\"amount\": \"125000.00\"", "\"amount\": 125000.50");
    String scientific = BASE.replace("\"amount\": \"125000.00\"", "\"amount\": 1.25E+5");
    String flag = BASE.replace("\"amount\": \"125000.00\"", "\"amount\": true");

    assertThat(json.parseContents(number).contracts().get(0).value().amount())
        .isEqualTo(new BigDecimal("125000.50"));
    assertThat(json.parseContents(scientific).contracts().get(0).value().amount())
        .isEqualTo(new BigDecimal("125000"));
    assertThat(problems(flag))
        .containsExactly(
            "36:27: /contracts/0/value/amount: must be a decimal string or a number, was a boolean");
  }

  @Test
  void identifierListsReportEachBadElementAtItsIndex() throws Exception {
    String asset =
        "{\"id\": \"CAM-1\", \"category\": \"FIXED_CAMERA\", \"capabilities\": [], \"deployment\": \"OVERT\","
            + " \"owned\": true, \"operated\": true, \"status\": \"PLANNED\", \"quantity\": 1,"
            + " \"dpiaIds\": [\"D-1\", \"D 2\", \"D-1\", \"D-3\"]}";

    assertThat(recordProblems(Asset.TYPE, asset))
        .containsExactly(
            "1:176: /dpiaIds/1: is not an identifier (character 2 is not allowed): use 1 to 64"
                + " characters of A-Z a-z 0-9 . _ : -",
            "1:183: /dpiaIds/2: \"D-1\" is listed twice");
  }

  @Test
  void aLongIdentifierListIsCheckedForRepeatsToo() throws Exception {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      ids.append(i == 0 ? "" : ", ").append("\"D-").append(i).append('"');
    }
    ids.append(", \"D-17\", \"D-3\"");

    assertThat(recordProblems(Asset.TYPE, asset("dpiaIds", ids.toString())))
        .extracting(p -> p.substring(p.indexOf(' ') + 1))
        .containsExactly(
            "/dpiaIds/20: \"D-17\" is listed twice", "/dpiaIds/21: \"D-3\" is listed twice");
  }

  @Test
  void anIdentifierListHoldsAtMostItsLimit() throws Exception {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i <= ValueType.IdList.DEFAULT_MAX; i++) {
      ids.append(i == 0 ? "" : ", ").append("\"D-").append(i).append('"');
    }

    assertThat(recordProblems(Asset.TYPE, asset("dpiaIds", ids.toString())))
        .extracting(p -> p.substring(p.indexOf(' ') + 1))
        .containsExactly("/dpiaIds/1024: a list holds at most 1024 identifiers");
  }

  @Test
  void aLongCapabilityListIsCheckedForRepeatsToo() throws Exception {
    StringBuilder codes = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      codes.append(i == 0 ? "" : ", ").append("\"X-C").append(i).append('"');
    }
    codes.append(", \"X-C18\", \"X-C2\"");

    assertThat(recordProblems(Asset.TYPE, asset("capabilities", codes.toString())))
        .extracting(p -> p.substring(p.indexOf(' ') + 1))
        .containsExactly(
            "/capabilities/20: \"X-C18\" is listed twice",
            "/capabilities/21: \"X-C2\" is listed twice");
  }

  @Test
  void choicesReportEachBadElementAtItsIndex() {
    String request =
        "{\"reference\": \"R\", \"receivedOn\": \"2025-01-13\", \"questions\": [{\"id\": \"1\","
            + " \"text\": \"t\",\n"
            + " \"assets\": {\"categories\": [\"DRONE\", \"OTHER\", \"UFO\", \"DRONE\", 7]}}]}";

    assertThat(foiProblems(request))
        .containsExactly(
            "2:46: /questions/0/assets/categories/2: \"UFO\" is not one of FIXED_CAMERA, PTZ_CAMERA,"
                + " ANPR_CAMERA, BODY_WORN_CAMERA, VEHICLE_CAMERA, DRONE, HELICOPTER_CAMERA,"
                + " THERMAL_CAMERA, VIDEO_MANAGEMENT_SYSTEM, VIDEO_ANALYTICS_SOFTWARE,"
                + " FACIAL_RECOGNITION_SYSTEM, OTHER",
            "2:53: /questions/0/assets/categories/3: \"DRONE\" is listed twice",
            "2:62: /questions/0/assets/categories/4: must be a string, was a number");
  }

  @Test
  void aRequestsOwnRulesArePlacedAtTheValueTheyName() {
    String costLimit =
        """
        {"reference": "R", "receivedOn": "2025-01-13",
         "questions": [{"id": "1", "text": "t", "assets": {}}],
         "costLimit": {"estimateHours": 30, "questions": ["1", "9"], "advice": "a"}}""";
    String clarification =
        """
        {"reference": "R", "receivedOn": "2025-01-13",
         "questions": [{"id": "1", "text": "t", "assets": {}}],
         "clarification": {"sought": "Which?", "soughtOn": "2025-01-10"}}""";

    assertThat(foiProblems(costLimit))
        .containsExactly("3:56: /costLimit/questions/1: no question has the id \"9\"");
    assertThat(foiProblems(clarification))
        .containsExactly(
            "3:52: /clarification/soughtOn: must not be before receivedOn (2025-01-13), was"
                + " 2025-01-10");
  }

  @Test
  void aQuestionARequestFindsAtFaultIsPlacedAtThatQuestionNotTheLastOneRead() {
    String request =
        """
        {"reference": "R", "receivedOn": "2025-01-13", "questions": [
         {"id": "1", "text": "t", "assets": {}},
         {"id": "2", "text": "t", "dpiasFor": ["1"]},
           {"id": "3", "text": "t", "contractsFor": ["1"]},
         {"id": "4", "text": "t", "assets": {}}],
         "costLimit": {"estimateHours": 30, "questions": ["1"], "advice": "a"}}""";

    assertThat(foiProblems(request))
        .containsExactly(
            "3:2: /questions/1: refers to question \"1\", which the cost limit leaves unanswered:"
                + " name it in costLimit.questions too",
            "4:4: /questions/2: refers to question \"1\", which the cost limit leaves unanswered:"
                + " name it in costLimit.questions too");
  }

  @Test
  void aRepeatedOrMalformedQuestionIdIsPlacedAtThatQuestionsIdAsItIsRead() {
    String repeated =
        """
        {"reference": "R", "receivedOn": "2025-01-13", "questions": [
         {"id": "1", "text": "t", "assets": {}},
         {"text": "t", "id": "1", "assets": {}},
         {"id": "3", "text": "t", "assets": {}}]}""";
    String malformed = repeated.replace("\"id\": \"1\", \"assets\"", "\"id\": \"b d\", \"assets\"");

    assertThat(foiProblems(repeated))
        .containsExactly("3:22: /questions/1/id: duplicate id \"1\", first used by /questions/0");
    assertThat(foiProblems(malformed))
        .containsExactly(
            "3:22: /questions/1/id: is not an identifier (character 2 is not allowed): use 1 to 64"
                + " characters of A-Z a-z 0-9 . _ : -");
  }

  @Test
  void aRecordsOwnProblemInsideOneOfItsListedRecordsIsPlacedAtThatRecord() {
    String shelf =
        """
        {"items": [
         {"id": "a"},
           {"id": "b"}],
         "blame": "%s"}""";

    assertThat(recordProblems(SHELF, shelf.formatted("/items/0/id")))
        .containsExactly("2:2: /items/0/id: blamed");
    assertThat(recordProblems(SHELF, shelf.formatted("/items/1")))
        .containsExactly("3:4: /items/1: blamed");
    assertThat(recordProblems(SHELF, shelf.formatted("/items/2")))
        .as("past the last record: the list")
        .containsExactly("1:11: /items/2: blamed");
    assertThat(recordProblems(SHELF, shelf.formatted("/items/first")))
        .as("not an index: the list")
        .containsExactly("1:11: /items/first: blamed");
    assertThat(recordProblems(SHELF, shelf.formatted("/blame")))
        .containsExactly("4:11: /blame: blamed");
  }

  @Test
  void aReaderTracksUpToSixtyThreeFields() throws Exception {
    RecordType<Wide> sixtyThree = wide(63);
    RecordType<Wide> sixtyFour = wide(64);

    Wide read = json.parseRecord(sixtyThree, "{\"f62\": \"last\"}");

    assertThat(read.fields()).isEqualTo(63);
    assertThatThrownBy(() -> json.parseRecord(sixtyFour, "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("wide 64 has more fields than a reader tracks");
  }

  @Test
  void aRequestsOwnRulesPlaceEveryElementByItsIndex() {
    StringBuilder questions = new StringBuilder("\"1\"");
    for (int i = 2; i <= 11; i++) {
      questions.append(", \"").append(i).append('"');
    }
    String request =
        "{\"reference\": \"R\", \"receivedOn\": \"2025-01-13\",\n"
            + " \"questions\": [{\"id\": \"q\", \"text\": \"t\", \"assets\": {}}],\n"
            + " \"costLimit\": {\"estimateHours\": 30, \"questions\": ["
            + questions
            + "], \"advice\": \"a\"}}";

    assertThat(foiProblems(request))
        .containsExactly(
            "3:51: /costLimit/questions/0: no question has the id \"1\"",
            "3:56: /costLimit/questions/1: no question has the id \"2\"",
            "3:61: /costLimit/questions/2: no question has the id \"3\"",
            "3:66: /costLimit/questions/3: no question has the id \"4\"",
            "3:71: /costLimit/questions/4: no question has the id \"5\"",
            "3:76: /costLimit/questions/5: no question has the id \"6\"",
            "3:81: /costLimit/questions/6: no question has the id \"7\"",
            "3:86: /costLimit/questions/7: no question has the id \"8\"",
            "3:91: /costLimit/questions/8: no question has the id \"9\"",
            "3:96: /costLimit/questions/9: no question has the id \"10\"",
            "3:102: /costLimit/questions/10: no question has the id \"11\"");
  }

  @Test
  void laterFieldsAreKeptUpToTheMostProblemsADocumentReports() {
    RegisterJson strict =
        RegisterJson.withOptions(RegisterJson.Options.defaults().withMaxProblems(2));
    String later =
        BASE.replace(
                "\"quantity\": 12,",
                "\"quantity\": 12, \"area\": \"a\", \"location\": {\"latitude\": 1, \"longitude\": 2},")
            .replace(
                "\"owner\": \"J. Smith\",", "\"owner\": \"J. Smith\", \"ownerRole\": \"DPO\",");

    RegisterFormatException e =
        catchThrowableOfType(RegisterFormatException.class, () -> strict.parseContents(later));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "19:31: /assets/0/area: \"area\" needs schemaVersion 2 or later",
            "19:48: /assets/0/location: \"location\" needs schemaVersion 2 or later",
            "28:97: /dpias/0/ownerRole: too many problems: stopped after 2");
  }

  // ------------------------------------------------------------------ helpers

  private List<String> problems(String document) {
    RegisterFormatException e =
        catchThrowableOfType(RegisterFormatException.class, () -> json.parseContents(document));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  private <R> List<String> recordProblems(RecordType<R> type, String record) {
    RegisterFormatException e =
        catchThrowableOfType(RegisterFormatException.class, () -> json.parseRecord(type, record));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static List<String> foiProblems(String request) {
    RegisterFormatException e =
        catchThrowableOfType(RegisterFormatException.class, () -> FoiJson.readRequest(request));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  /** An asset on one line with a list field of these elements. */
  private static String asset(String field, String elements) {
    String capabilities = field.equals("capabilities") ? "" : " \"capabilities\": [],";
    return "{\"id\": \"CAM-1\", \"category\": \"FIXED_CAMERA\","
        + capabilities
        + " \"deployment\": \"OVERT\", \"owned\": true, \"operated\": true, \"status\": \"PLANNED\","
        + " \"quantity\": 1, \""
        + field
        + "\": ["
        + elements
        + "]}";
  }

  record Item(String id) {}

  /** A list of items whose constructor reports a problem at the pointer it is given. */
  record Shelf(List<Item> items) {}

  private static final Field<Item, String> ITEM_ID =
      Field.required("id", ValueType.Identifier.STRING, Item::id);

  private static final RecordType<Item> ITEM =
      RecordType.builder("item", Item.class)
          .fields(ITEM_ID)
          .id(ITEM_ID)
          .constructor(v -> new Item(v.require(ITEM_ID)))
          .build();

  private static final Field<Shelf, List<Item>> ITEMS =
      Field.required("items", new ValueType.RecordList<>(ITEM), Shelf::items);

  private static final Field<Shelf, String> BLAME =
      Field.required("blame", ValueType.text(20), s -> null);

  private static final RecordType<Shelf> SHELF =
      RecordType.builder("shelf", Shelf.class)
          .fields(ITEMS, BLAME)
          .constructor(
              v -> {
                throw new InvalidInputException(
                    "the shelf", List.of(Problem.at(v.require(BLAME), null, "blamed")));
              })
          .build();

  /** A record of nothing but optional text fields, for the reader's limit. */
  record Wide(int fields) {}

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of generic fields
  private static RecordType<Wide> wide(int count) {
    Field<Wide, ?>[] fields = new Field[count];
    for (int i = 0; i < count; i++) {
      fields[i] = Field.optional("f" + i, ValueType.text(10), (Wide w) -> null);
    }
    return RecordType.builder("wide " + count, Wide.class)
        .fields(fields)
        .constructor(v -> new Wide(count))
        .build();
  }
}
