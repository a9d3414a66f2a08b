package org.oversight.register.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reader and the JSON Schema agree on a corpus of valid and invalid documents. */
class SchemaAgreementTest {
  private static final Schema V1_SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(RegisterJson.schema(1), InputFormat.JSON);

  private static final Schema V2_SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(RegisterJson.schema(2), InputFormat.JSON);

  /** Bad documents whose fault the schema can express: both must reject them. */
  private static final Set<String> BOTH_REJECT =
      Set.of(
          "unknown deployment",
          "quantity as a string",
          "quantity zero",
          "quantity beyond int",
          "quantity decimal",
          "unknown asset field",
          "missing category",
          "date in the wrong form",
          "wrong top-level type",
          "unsupported version",
          "version as a string",
          "missing version",
          "repeated capability",
          "unknown capability",
          "trailing white space",
          "unknown DPIA status",
          "amount with a comma",
          "negative amount",
          "null for an optional string",
          "blank organisation",
          "bad asset id",
          "assets not an array",
          "latitude out of range",
          "latitude as a string",
          "location without longitude",
          "blank area",
          "unknown organisation kind",
          "unknown nation",
          "bad e-mail address",
          "organisation without a name",
          "organisation name in schema version 2",
          "owner role with trailing white space",
          "location in schema version 1",
          "organisation object in schema version 1");

  /**
   * Bad documents whose fault the schema cannot express (cross-references, calendar dates,
   * cross-field rules, the currency list): the schema accepts them and the reader does not. The
   * schema's description lists these rules.
   */
  private static final Set<String> READER_ONLY =
      Set.of(
          "duplicate asset id",
          "dangling DPIA reference",
          "dangling contract reference",
          "impossible date",
          "unknown currency",
          "contract ends before it starts",
          "authorisation on an overt asset",
          "neither owned nor operated",
          "decommissioned without an end",
          "approved DPIA without completion",
          "longitude too precise",
          "empty FOI contact");

  private static List<Error> schemaErrors(String document) {
    // Each document against the schema of the version it declares (any other version: the latest).
    Schema schema = document.contains("\"schemaVersion\": 1") ? V1_SCHEMA : V2_SCHEMA;
    return schema.validate(document, InputFormat.JSON);
  }

  @Test
  void validDocumentsAreValidForBoth() throws IOException {
    List<String> valid =
        new java.util.ArrayList<>(
            List.of(
                ContractExampleTest.resource("contract-example.json"),
                ContractExampleTest.resource("full-v2-example.json"),
                Files.readString(Path.of("../examples/essex-2021/register.json"))));
    for (long seed = 0; seed < 60; seed++) {
      valid.add(RegisterJson.standard().writeString(RandomRegisters.generate(seed, 8)));
    }

    for (String document : valid) {
      assertThat(schemaErrors(document)).as(document).isEmpty();
      assertThatCode(() -> RegisterJson.standard().parseContents(document))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void documentsTheSchemaCanJudgeAreRejectedByBoth() {
    Map<String, BadDocumentsTest.Case> cases = cases();
    assertThat(cases.keySet()).containsAll(BOTH_REJECT);

    for (String name : BOTH_REJECT) {
      String document = new String(cases.get(name).document(), UTF_8);
      assertThat(schemaErrors(document)).as(name).isNotEmpty();
      assertThatThrownBy(() -> RegisterJson.standard().parseContents(document))
          .as(name)
          .isInstanceOf(RegisterFormatException.class);
    }
  }

  @Test
  void rulesTheSchemaCannotExpressAreCheckedByTheReaderAlone() {
    Map<String, BadDocumentsTest.Case> cases = cases();
    assertThat(cases.keySet()).containsAll(READER_ONLY);

    for (String name : READER_ONLY) {
      String document = new String(cases.get(name).document(), UTF_8);
      assertThat(schemaErrors(document)).as(name).isEmpty();
      assertThatThrownBy(() -> RegisterJson.standard().parseContents(document))
          .as(name)
          .isInstanceOf(RegisterFormatException.class);
    }
  }

  @Test
  void theSchemaIsAResourceOfTheJarAndDeclaresDraft2020() {
    assertThat(RegisterJson.schema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
        .contains("\"const\": 2")
        .isEqualTo(RegisterJson.schema(2));
    assertThat(RegisterJson.schema(1)).contains("\"const\": 1");
  }

  private static Map<String, BadDocumentsTest.Case> cases() {
    return BadDocumentsTest.all().stream()
        .collect(Collectors.toMap(BadDocumentsTest.Case::name, Function.identity()));
  }
}
