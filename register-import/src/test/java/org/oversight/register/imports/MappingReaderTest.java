package org.oversight.register.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.validation.Problem;

/** The mapping reader: every problem located, in the register reader's words. */
class MappingReaderTest {
  private static List<String> problems(String file) throws IOException {
    String json = Files.readString(Corpus.file("mappings/" + file));
    InvalidMappingException e =
        assertThrows(InvalidMappingException.class, () -> ImportMapping.parse(json, file));
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void contractExampleReadsWithTypedDefaultsAndValues() throws IOException {
    ImportMapping mapping = Corpus.mapping("mappings/valid-contract-example.json");

    assertThat(mapping.columns()).containsEntry("location.latitude", "Lat");
    assertThat(mapping.defaults().get("category")).isEqualTo(AssetCategory.FIXED_CAMERA);
    assertThat(mapping.defaults().get("owned")).isEqualTo(true);
    assertThat(mapping.defaults().get("capabilities").toString()).isEqualTo("[RECORDING]");
    assertThat(mapping.defaults().get("capabilities"))
        .asString()
        .contains(Capability.RECORDING.code());
    assertThat(mapping.values().get("category")).containsEntry("ptz", AssetCategory.PTZ_CAMERA);
    assertThat(mapping.idPrefix()).contains("EXC-");
    assertThat(mapping.organisation().name()).isEqualTo("Example Council");
  }

  @Test
  void aWrongDefaultGetsTheRegisterReadersWordsAtItsPlace() throws IOException {
    assertThat(problems("invalid-default-category.json"))
        .containsExactly(
            "invalid-default-category.json:22:17: /defaults/category: \"DOME\" is not one of"
                + " FIXED_CAMERA, PTZ_CAMERA, ANPR_CAMERA, BODY_WORN_CAMERA, VEHICLE_CAMERA,"
                + " DRONE, HELICOPTER_CAMERA, THERMAL_CAMERA, VIDEO_MANAGEMENT_SYSTEM,"
                + " VIDEO_ANALYTICS_SOFTWARE, FACIAL_RECOGNITION_SYSTEM, OTHER");
  }

  @Test
  void organisationProblemsArePlacedInsideTheOrganisation() throws IOException {
    assertThat(problems("invalid-organisation-nation.json"))
        .singleElement()
        .asString()
        .startsWith("invalid-organisation-nation.json:6:15: /organisation/nation: \"MERCIA\"");
  }

  @Test
  void unsupportedVersionSaysWhichVersionIsRead() throws IOException {
    assertThat(problems("invalid-version.json"))
        .containsExactly(
            "invalid-version.json:2:21: /mappingVersion: mappingVersion 2 is not supported: this"
                + " version reads mappingVersion 1");
  }

  @Test
  void unknownColumnNamesTheAssetFieldsFromTheDescription() throws IOException {
    assertThat(problems("invalid-unknown-column.json"))
        .singleElement()
        .asString()
        .contains("/columns/lattitude: unknown field \"lattitude\": the asset fields are id,")
        .contains("location.latitude, location.longitude");
  }

  @Test
  void everyRequiredFieldNeedsAColumnOrADefault() throws IOException {
    assertThat(problems("reader-only-status-unmapped.json"))
        .containsExactly(
            "reader-only-status-unmapped.json:13:14: /columns: \"status\" needs a column or a"
                + " default: every asset has one");
    assertThat(problems("reader-only-latitude-alone.json"))
        .containsExactly(
            "reader-only-latitude-alone.json:13:14: /columns: \"location.longitude\" needs a"
                + " column or a default, as \"location.latitude\" has one");
  }

  @Test
  void mappedValueKeysMatchIgnoringCaseSoTwoSpellingsOfOneKeyAreAProblem() throws IOException {
    assertThat(problems("reader-only-same-key-twice.json"))
        .singleElement()
        .asString()
        .contains(
            "/values/owned/y: is the same cell text as \"Y\" once case and spaces are ignored");
  }

  @Test
  void syntaxErrorIsOneLocatedProblem() {
    InvalidMappingException e =
        assertThrows(
            InvalidMappingException.class,
            () -> ImportMapping.parse("{\"mappingVersion\": 1,\n  \"asAt\" \"2024\"}", "m.json"));
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).startsWith("the document is not valid JSON here:");
              assertThat(p.message()).doesNotContainIgnoringCase("jackson");
            });
  }
}
