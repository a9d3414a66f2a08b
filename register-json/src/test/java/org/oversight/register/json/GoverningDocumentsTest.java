package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.DocumentKind;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.validation.Problem;

/** The register's governing documents (format v2): read, checked, written, and the overt view. */
class GoverningDocumentsTest {
  private static final Path EXAMPLE =
      Path.of("..", "examples", "facial-recognition-2025", "register.json");

  private static String register(int version, String documents) {
    String organisation =
        version == 1
            ? "\"Test Police\""
            : "{\"name\": \"Test Police\", \"kind\": \"POLICE_FORCE\"}";
    return "{\"schemaVersion\": "
        + version
        + ", \"organisation\": "
        + organisation
        + ", \"asAt\": \"2025-01-10\",\n"
        + " \"assets\": [{\"id\": \"A-1\", \"category\": \"DRONE\", \"capabilities\": [],"
        + " \"deployment\": \"OVERT\", \"owned\": true, \"operated\": true,"
        + " \"status\": \"PLANNED\", \"expectedInService\": \"2025-06-01\"}],\n"
        + " \"documents\": "
        + documents
        + "}\n";
  }

  @Test
  void documentsAreReadCheckedAndWrittenBackTheSame() throws IOException {
    AssetRegister register = RegisterJson.standard().read(EXAMPLE);

    assertThat(register.documents())
        .extracting(GoverningDocument::id)
        .containsExactly("EIA-FR", "LEG-COV", "POL-FR", "SOP-LFR");
    GoverningDocument policy = register.documents().get(2);
    assertThat(policy.kind()).isEqualTo(DocumentKind.POLICY);
    assertThat(policy.url()).isEqualTo("https://www.mercia.police.example.uk/frt/policy.pdf");
    assertThat(RegisterJson.standard().parse(RegisterJson.standard().writeString(register)))
        .isEqualTo(register);
    assertThat(policy.toString()).doesNotContain("Facial recognition technology policy");
  }

  @Test
  void aDocumentNamingAnAssetThatDoesNotExistIsALocatedProblem() {
    String json =
        register(
            2,
            "[{\"id\": \"P-1\", \"kind\": \"POLICY\", \"title\": \"Drone policy\","
                + " \"assetIds\": [\"A-1\", \"A-9\"], \"categories\": [\"SPACESHIP\"]}]");

    assertThatThrownBy(() -> RegisterJson.standard().parse(json))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::pointer)
                    .containsExactly("/documents/0/assetIds/1", "/documents/0/categories/0"));
    String unknownAsset =
        register(
            2,
            "[{\"id\": \"P-1\", \"kind\": \"POLICY\", \"title\": \"Drone policy\","
                + " \"assetIds\": [\"A-1\", \"A-9\"]}]");
    assertThatThrownBy(() -> RegisterJson.standard().parse(unknownAsset))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.pointer() + ": " + p.message())
                    .containsExactly("/documents/0/assetIds/1: no asset has the id \"A-9\""));
  }

  @Test
  void documentsAndExpectedDatesNeedSchemaVersionTwo() {
    String json =
        register(1, "[{\"id\": \"P-1\", \"kind\": \"POLICY\", \"title\": \"Drone policy\"}]");

    assertThatThrownBy(() -> RegisterJson.standard().parse(json))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::pointer)
                    .contains("/assets/0/expectedInService", "/documents"));
  }

  @Test
  void anExpectedDateIsOnlyForPlannedEquipment() {
    String json =
        register(2, "[]")
            .replace("\"PLANNED\"", "\"IN_SERVICE\", \"inServiceFrom\": \"2024-01-01\"");

    assertThatThrownBy(() -> RegisterJson.standard().parse(json))
        .isInstanceOfSatisfying(
            RegisterFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.pointer() + ": " + p.message())
                    .containsExactly(
                        "/assets/0/expectedInService: is allowed only when the status is PLANNED"));
  }

  @Test
  void theOvertViewKeepsOnlyDocumentsOfOvertEquipmentNamingOnlyOvertAssets() throws IOException {
    OvertRegister overt = OvertRegister.of(RegisterJson.standard().read(EXAMPLE));

    assertThat(overt.documents())
        .extracting(GoverningDocument::id)
        .containsExactly("EIA-FR", "POL-FR", "SOP-LFR");
    assertThat(overt.documents())
        .flatExtracting(GoverningDocument::assetIds)
        .doesNotContain("COV-FR-01")
        .contains("LFR-VAN-1", "RFR-SEARCH");
  }

  @Test
  void theDerivedOvertRegisterIsTheOneBuiltAndValidatedFromItsOwnRecords() throws IOException {
    AssetRegister register = RegisterJson.standard().read(EXAMPLE);

    AssetRegister derived = register.overtOnly();

    // Valid by construction: building it afresh from its records checks every rule again.
    assertThat(AssetRegister.of(derived.contents())).isEqualTo(derived);
    assertThat(derived.documents()).isNotEmpty();
    assertThat(derived.assets()).allMatch(asset -> !asset.isCovert());
    assertThat(register.overtOnly()).isSameAs(derived);
  }
}
