package org.oversight.register.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.register.validation.Problem;

/** Each bad document yields located one-line problems; the expected one is checked exactly. */
class BadDocumentsTest {
  static final String BASE = ContractExampleTest.resource("contract-example.json");

  /** A bad document and the place and words of its first problem. */
  @SuppressWarnings("ArrayRecordComponent") // test data, never compared
  record Case(String name, byte[] document, String pointer, int line, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case edit(String name, String from, String to, String pointer, int line, String message) {
    assertThat(BASE).as(name).contains(from);
    return new Case(name, BASE.replace(from, to).getBytes(UTF_8), pointer, line, message);
  }

  static final String V2 = ContractExampleTest.resource("full-v2-example.json");

  static Case editV2(
      String name, String from, String to, String pointer, int line, String message) {
    assertThat(V2).as(name).contains(from);
    return new Case(name, V2.replace(from, to).getBytes(UTF_8), pointer, line, message);
  }

  /** Mistakes in the fields schema version 2 adds, and in mixing the versions. */
  static Stream<Case> v2Cases() {
    return Stream.of(
        editV2(
            "latitude out of range",
            "\"latitude\": 51.7356",
            "\"latitude\": 91.5",
            "/assets/0/location/latitude",
            26,
            "must be between -90 and 90 degrees"),
        editV2(
            "longitude too precise",
            "\"longitude\": 0.4685",
            "\"longitude\": 0.46851234",
            "/assets/0/location/longitude",
            26,
            "must have at most 7 decimal places"),
        editV2(
            "latitude as a string",
            "\"latitude\": 51.7356",
            "\"latitude\": \"51.7356\"",
            "/assets/0/location/latitude",
            26,
            "must be a number, was a string"),
        editV2(
            "location without longitude",
            ", \"longitude\": 0.4685",
            "",
            "/assets/0/location",
            26,
            "missing required field \"longitude\""),
        editV2(
            "blank area",
            "\"Moulsham and Central\"",
            "\" \"",
            "/assets/0/area",
            25,
            "must not be blank"),
        editV2(
            "unknown organisation kind",
            "\"POLICE_FORCE\"",
            "\"POLICE\"",
            "/organisation/kind",
            4,
            "\"POLICE\" is not one of POLICE_FORCE, LOCAL_AUTHORITY, OTHER_PUBLIC_AUTHORITY"),
        editV2(
            "unknown nation",
            "\"ENGLAND\"",
            "\"ENG\"",
            "/organisation/nation",
            4,
            "\"ENG\" is not one of ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND"),
        editV2(
            "bad e-mail address",
            "\"foi@example.org\"",
            "\"foi at example.org\"",
            "/organisation/foiContact/email",
            5,
            "is not an e-mail address"),
        editV2(
            "empty FOI contact",
            "{\"email\": \"foi@example.org\", \"url\": \"https://example.org/foi\"}",
            "{}",
            "/organisation/foiContact",
            5,
            "give at least one of postalAddress, email and url"),
        editV2(
            "organisation without a name",
            "\"name\": \"Essex Police\", ",
            "",
            "/organisation",
            3,
            "missing required field \"name\""),
        editV2(
            "organisation name in schema version 2",
            "{\n    \"name\": \"Essex Police\", \"kind\": \"POLICE_FORCE\", \"nation\": \"ENGLAND\",\n    \"foiContact\": {\"email\": \"foi@example.org\", \"url\": \"https://example.org/foi\"},\n    \"adviceAndAssistance\": \"Contracts we award are published on Contracts Finder.\"\n  }",
            "\"Essex Police\"",
            "/organisation",
            3,
            "must be an object in schemaVersion 2"),
        editV2(
            "owner role with trailing white space",
            "\"Head of CCTV\"",
            "\"Head of CCTV \"",
            "/dpias/0/ownerRole",
            35,
            "must not end with white space"),
        edit(
            "location in schema version 1",
            "\"quantity\": 12,",
            "\"quantity\": 12,\n      \"location\": {\"latitude\": 51.7, \"longitude\": 0.4},",
            "/assets/0/location",
            20,
            "\"location\" needs schemaVersion 2 or later"),
        doc(
            "location in schema version 1 declared after the assets",
            BASE.replace(
                    "\"quantity\": 12,",
                    "\"quantity\": 12,\n      \"location\": {\"latitude\": 51.7, \"longitude\": 0.4},")
                .replace("  \"schemaVersion\": 1,\n", "")
                .replaceFirst("\\}\\s*$", ",\n  \"schemaVersion\": 1\n}\n"),
            "/assets/0/location",
            19,
            "\"location\" needs schemaVersion 2 or later"),
        edit(
            "organisation object in schema version 1",
            "\"organisation\": \"Essex Police\"",
            "\"organisation\": {\"name\": \"Essex Police\"}",
            "/organisation",
            3,
            "must be a name in schemaVersion 1"));
  }

  static Case doc(String name, String document, String pointer, int line, String message) {
    return new Case(name, document.getBytes(UTF_8), pointer, line, message);
  }

  static String twoAssets() {
    int start = BASE.indexOf("    {\n      \"id\": \"CAM-0001\"");
    int end = BASE.indexOf("    }\n  ],\n  \"dpias\"") + "    }".length();
    String asset = BASE.substring(start, end);
    return BASE.substring(0, end) + ",\n" + asset + BASE.substring(end);
  }

  static Stream<Case> cases() {
    byte[] badUtf8 = BASE.replace("Essex Police", "Essex @ Police").getBytes(UTF_8);
    for (int i = 0; i < badUtf8.length; i++) {
      if (badUtf8[i] == '@') {
        badUtf8[i] = (byte) 0xC3;
        badUtf8[i + 1] = (byte) 0x28;
        break;
      }
    }
    ByteArrayOutputStream deep = new ByteArrayOutputStream();
    deep.writeBytes("{\"schemaVersion\": 1, \"x\": ".getBytes(UTF_8));
    deep.writeBytes("[".repeat(100).getBytes(UTF_8));
    return Stream.of(
        edit(
            "unknown deployment",
            "\"deployment\": \"OVERT\"",
            "\"deployment\": \"HIDDEN\"",
            "/assets/0/deployment",
            14,
            "\"HIDDEN\" is not one of OVERT, COVERT"),
        edit(
            "quantity as a string",
            "\"quantity\": 12",
            "\"quantity\": \"12\"",
            "/assets/0/quantity",
            19,
            "must be a whole number, was a string"),
        edit(
            "quantity zero",
            "\"quantity\": 12",
            "\"quantity\": 0",
            "/assets/0/quantity",
            19,
            "must be at least 1"),
        edit(
            "quantity beyond int",
            "\"quantity\": 12",
            "\"quantity\": 99999999999",
            "/assets/0/quantity",
            19,
            "must be at most 10000000"),
        edit(
            "quantity decimal",
            "\"quantity\": 12",
            "\"quantity\": 12.5",
            "/assets/0/quantity",
            19,
            "must be a whole number, was a number"),
        edit(
            "unknown asset field",
            "\"quantity\": 12,",
            "\"quantity\": 12,\n      \"colour\": \"red\",",
            "/assets/0/colour",
            20,
            "unknown field \"colour\""),
        edit(
            "missing category",
            "      \"category\": \"PTZ_CAMERA\",\n",
            "",
            "/assets/0",
            6,
            "missing required field \"category\""),
        doc(
            "duplicate asset id",
            twoAssets(),
            "/assets/1/id",
            25,
            "duplicate id \"CAM-0001\", first used by /assets/0"),
        edit(
            "dangling DPIA reference",
            "\"dpiaIds\": [\"DPIA-7\"]",
            "\"dpiaIds\": [\"DPIA-8\"]",
            "/assets/0/dpiaIds/0",
            21,
            "no DPIA has the id \"DPIA-8\""),
        edit(
            "dangling contract reference",
            "\"contractIds\": [\"C-2019-14\"]",
            "\"contractIds\": [\"C-2019-15\"]",
            "/assets/0/contractIds/0",
            22,
            "no contract has the id \"C-2019-15\""),
        edit(
            "impossible date",
            "\"inServiceFrom\": \"2019-04-01\"",
            "\"inServiceFrom\": \"2021-02-30\"",
            "/assets/0/inServiceFrom",
            18,
            "\"2021-02-30\" is not a real date"),
        edit(
            "date in the wrong form",
            "\"asAt\": \"2021-09-06\"",
            "\"asAt\": \"06/09/2021\"",
            "/asAt",
            4,
            "\"06/09/2021\" is not a date: use yyyy-MM-dd"),
        new Case(
            "hostile nesting",
            deep.toByteArray(),
            "/x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0",
            1,
            "nests arrays and objects too deeply"),
        edit(
            "huge string",
            "\"Essex Police\"",
            "\"" + "E".repeat(70_000) + "\"",
            "/organisation",
            3,
            "a string or number is longer than the read limit"),
        new Case("invalid UTF-8", badUtf8, "/organisation", 3, "the document is not valid UTF-8"),
        doc("empty file", "", "", 1, "the document is empty"),
        doc("white space only", "  \n ", "", 1, "the document is empty"),
        doc(
            "wrong top-level type",
            "[1, 2]",
            "",
            1,
            "the document must be a JSON object, was an array"),
        doc(
            "truncated",
            BASE.substring(0, BASE.indexOf("\"dpias\"")),
            "/assets",
            25,
            "the document ends before it is complete"),
        edit(
            "unsupported version",
            "\"schemaVersion\": 1",
            "\"schemaVersion\": 3",
            "/schemaVersion",
            2,
            "schemaVersion 3 is not supported: this version of the library"
                + " reads schemaVersion 1 and 2"),
        edit(
            "version as a string",
            "\"schemaVersion\": 1",
            "\"schemaVersion\": \"1\"",
            "/schemaVersion",
            2,
            "must be a whole number, was a string"),
        edit(
            "missing version",
            "  \"schemaVersion\": 1,\n",
            "",
            "",
            1,
            "missing required field \"schemaVersion\""),
        edit(
            "repeated capability",
            "[\"RECORDING\", \"LIVE_VIEW\", \"PAN_TILT_ZOOM\"]",
            "[\"RECORDING\", \"LIVE_VIEW\", \"RECORDING\"]",
            "/assets/0/capabilities/2",
            13,
            "\"RECORDING\" is listed twice"),
        edit(
            "unknown capability",
            "[\"RECORDING\", \"LIVE_VIEW\", \"PAN_TILT_ZOOM\"]",
            "[\"X_RAY\"]",
            "/assets/0/capabilities/0",
            13,
            "\"X_RAY\" is not a capability code"),
        edit(
            "trailing white space",
            "\"Axis Communications\"",
            "\"Axis Communications \"",
            "/assets/0/manufacturer",
            9,
            "must not end with white space"),
        edit(
            "unknown DPIA status",
            "\"status\": \"APPROVED\"",
            "\"status\": \"OK\"",
            "/dpias/0/status",
            27,
            "\"OK\" is not one of DRAFT, APPROVED, UNDER_REVIEW, SUPERSEDED"),
        edit(
            "unknown currency",
            "\"currency\": \"GBP\"",
            "\"currency\": \"XYZ\"",
            "/contracts/0/value/currency",
            36,
            "\"XYZ\" is not an ISO 4217 currency code"),
        edit(
            "amount with a comma",
            "\"125000.00\"",
            "\"125,000.00\"",
            "/contracts/0/value/amount",
            36,
            "is not a decimal amount"),
        edit(
            "negative amount",
            "\"amount\": \"125000.00\"",
            "\"amount\": -5",
            "/contracts/0/value/amount",
            36,
            "must not be negative"),
        edit(
            "contract ends before it starts",
            "\"endDate\": \"2024-02-29\"",
            "\"endDate\": \"2018-02-28\"",
            "/contracts/0/endDate",
            35,
            "must not be before"),
        edit(
            "authorisation on an overt asset",
            "\"quantity\": 12,",
            "\"quantity\": 12,\n      \"authorisationRef\": \"RIPA-1\",",
            "/assets/0/authorisationRef",
            20,
            "COVERT"),
        edit(
            "neither owned nor operated",
            "\"owned\": true,\n      \"operated\": true",
            "\"owned\": false,\n      \"operated\": false",
            "/assets/0/owned",
            15,
            "at least one of owned and operated must be true"),
        edit(
            "repeated field",
            "\"brand\": \"Axis\",",
            "\"brand\": \"Axis\",\n      \"brand\": \"Axis\",",
            "/assets/0/brand",
            11,
            "\"brand\" is given twice"),
        edit(
            "null for an optional string",
            "\"site\": \"Chelmsford town centre\"",
            "\"site\": null",
            "/assets/0/site",
            20,
            "must be a string, was null"),
        doc(
            "content after the document",
            BASE + "{}\n",
            "",
            41,
            "unexpected content after the end of the document"),
        edit("not JSON", "\"owned\": true", "\"owned\": tru", "/assets/0/owned", 15, "not JSON"),
        edit(
            "number too long",
            "\"quantity\": 12",
            "\"quantity\": " + "1".repeat(100),
            "/assets/0/quantity",
            19,
            "a number has more digits than the limit"),
        edit(
            "decommissioned without an end",
            "\"status\": \"IN_SERVICE\"",
            "\"status\": \"DECOMMISSIONED\"",
            "/assets/0/inServiceUntil",
            6,
            "is required when the status is DECOMMISSIONED"),
        edit(
            "approved DPIA without completion",
            "\"completedOn\": \"2019-02-11\", ",
            "",
            "/dpias/0/completedOn",
            26,
            "is required when the status is APPROVED"),
        edit(
            "blank organisation",
            "\"Essex Police\"",
            "\"  \"",
            "/organisation",
            3,
            "must not be blank"),
        edit(
            "bad asset id",
            "\"id\": \"CAM-0001\"",
            "\"id\": \"CAM 0001\"",
            "/assets/0/id",
            7,
            "is not an identifier"),
        doc(
            "assets not an array",
            "{\"schemaVersion\": 1, \"organisation\": \"X\", \"asAt\": \"2021-01-01\",\n"
                + "  \"assets\": {}}",
            "/assets",
            2,
            "must be an array, was an object"));
  }

  static Stream<Case> allCases() {
    return Stream.concat(cases(), v2Cases());
  }

  @Test
  void fullSchemaVersion2ExampleIsValidAndCanonical() throws Exception {
    assertThat(RegisterJson.standard().writeString(RegisterJson.standard().parseContents(V2)))
        .isEqualTo(V2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void badDocumentIsReportedWithItsPlace(Case bad) {
    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class,
            () -> RegisterJson.standard().readContents(bad.document()));

    assertThat(e).as("a RegisterFormatException").isNotNull();
    Problem first =
        e.problems().stream()
            .filter(p -> p.message().contains(bad.message()))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no problem says " + bad.message() + ": " + e.problems()));
    assertThat(first.pointer()).as("pointer of %s", e.problems()).isEqualTo(bad.pointer());
    assertThat(first.line()).as("line of %s", e.problems()).isEqualTo(bad.line());
    assertThat(first.column()).isPositive();
    for (Problem problem : e.problems()) {
      assertThat(problem.message())
          .doesNotContain("\n")
          .doesNotContainIgnoringCase("jackson")
          .doesNotContain("Exception")
          .doesNotContain("tools.");
    }
  }

  @Test
  void aMillionDigitNumberIsAValueTooLongReportedWhereItBegins() {
    String bad = BASE.replace("\"quantity\": 12", "\"quantity\": " + "1".repeat(1_000_000));

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> RegisterJson.standard().parseContents(bad));

    assertThat(e.problems()).hasSize(1);
    Problem problem = e.problems().get(0);
    assertThat(problem.message())
        .isEqualTo("a string or number is longer than the read limit")
        .doesNotStartWith("a string is");
    assertThat(problem.pointer()).isEqualTo("/assets/0/quantity");
    assertThat(problem.line()).isEqualTo(19);
    assertThat(problem.column()).isLessThan(20); // the member's start, not a million columns on
  }

  @Test
  void aTooLargeSchemaVersionIsAnUnsupportedVersionNotAQuantity() {
    String bad = BASE.replace("\"schemaVersion\": 1", "\"schemaVersion\": 99999999999999999999");

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> RegisterJson.standard().parseContents(bad));

    assertThat(e.problems())
        .extracting(Problem::message)
        .containsExactly(
            "schemaVersion a 20-digit number is not supported: this version of the library reads"
                + " schemaVersion 1 and 2");
  }

  @Test
  void atLeastTwentyFiveDistinctBadDocuments() {
    assertThat(cases().map(Case::name).distinct().count()).isGreaterThanOrEqualTo(25);
  }

  @Test
  void everyProblemIsReportedInOnePassInDocumentOrder() {
    String bad =
        BASE.replace("\"deployment\": \"OVERT\"", "\"deployment\": \"HIDDEN\"")
            .replace("\"quantity\": 12", "\"quantity\": 0")
            .replace("\"dpiaIds\": [\"DPIA-7\"]", "\"dpiaIds\": [\"DPIA-8\"]")
            .replace("\"currency\": \"GBP\"", "\"currency\": \"gbp\"");

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> RegisterJson.standard().parseContents(bad));

    assertThat(e.problems())
        .extracting(Problem::pointer)
        .containsExactly(
            "/assets/0/deployment",
            "/assets/0/quantity",
            "/assets/0/dpiaIds/0",
            "/contracts/0/value/currency");
    assertThat(e.problems()).extracting(Problem::line).containsExactly(14, 19, 21, 36);
    assertThat(e.getMessage())
        .startsWith("4 problems in the register document:\n  14:21: /assets/0/deployment");
  }

  @Test
  void validationProblemsOfOtherRecordsAreReportedAlongsideProblems() {
    String bad =
        twoAssets()
            .replaceFirst("\"deployment\": \"OVERT\"", "\"deployment\": \"HIDDEN\"")
            .replace(
                "\"id\": \"CAM-0001\",\n      \"description\": \"Town centre public-space camera\",\n      \"manufacturer\": \"Axis Communications\",\n      \"brand\": \"Axis\",\n      \"model\": \"Q6135-LE\",\n      \"category\": \"PTZ_CAMERA\",\n      \"capabilities\": [\"RECORDING\", \"LIVE_VIEW\", \"PAN_TILT_ZOOM\"],\n      \"deployment\": \"OVERT\",\n      \"owned\": true,\n      \"operated\": true,\n      \"status\": \"IN_SERVICE\",\n      \"inServiceFrom\": \"2019-04-01\",\n      \"quantity\": 12",
                "\"id\": \"CAM-0002\",\n      \"description\": \"Town centre public-space camera\",\n      \"manufacturer\": \"Axis Communications\",\n      \"brand\": \"Axis\",\n      \"model\": \"Q6135-LE\",\n      \"category\": \"PTZ_CAMERA\",\n      \"capabilities\": [\"RECORDING\", \"LIVE_VIEW\", \"PAN_TILT_ZOOM\"],\n      \"deployment\": \"OVERT\",\n      \"owned\": true,\n      \"operated\": true,\n      \"status\": \"IN_SERVICE\",\n      \"inServiceFrom\": \"2019-04-01\",\n      \"quantity\": 0");

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> RegisterJson.standard().parseContents(bad));

    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "14:21: /assets/0/deployment: \"HIDDEN\" is not one of OVERT, COVERT",
            "37:19: /assets/1/quantity: must be at least 1, was 0");
  }

  @Test
  void problemsAreCappedSoThatAHostileDocumentCannotExhaustMemory() {
    StringBuilder bad = new StringBuilder("{\"schemaVersion\": 1");
    for (int i = 0; i < 50; i++) {
      bad.append(", \"x").append(i).append("\": 1");
    }
    bad.append('}');

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class,
            () ->
                RegisterJson.withOptions(RegisterJson.Options.defaults().withMaxProblems(10))
                    .parseContents(bad.toString()));

    assertThat(e.problems()).hasSize(11);
    assertThat(e.problems().get(10).message()).isEqualTo("too many problems: stopped after 10");
  }

  @Test
  void unsupportedVersionIsTheOnlyProblemReported() {
    String bad =
        BASE.replace("\"schemaVersion\": 1", "\"schemaVersion\": 3")
            .replace("\"quantity\": 12", "\"quantity\": 0");

    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> RegisterJson.standard().parseContents(bad));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message()).endsWith("reads schemaVersion 1 and 2");
  }

  static List<Case> all() {
    return allCases().toList();
  }
}
