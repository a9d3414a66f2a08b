package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;

/**
 * A record read on its own holds no DPIAs or contracts: its references are checked for form only.
 */
class SingleRecordReferencesTest {
  private static final String ASSET =
      """
      {"id": "CAM-1", "category": "FIXED_CAMERA", "capabilities": ["RECORDING"],
       "deployment": "OVERT", "owned": true, "operated": true, "status": "IN_SERVICE",
       "inServiceFrom": "2019-04-01", "dpiaIds": [%s]}
      """;

  @Test
  void singleAssetWithDpiaIdsReadsWithoutTheDpias() throws RegisterFormatException {
    Asset asset = RegisterJson.standard().parseRecord(Asset.TYPE, ASSET.formatted("\"DPIA-7\""));

    assertThat(asset.dpiaIds()).containsExactly("DPIA-7");
  }

  @Test
  void malformedReferenceInASingleRecordIsStillAProblem() {
    RegisterFormatException e =
        assertThrows(
            RegisterFormatException.class,
            () -> RegisterJson.standard().parseRecord(Asset.TYPE, ASSET.formatted("\"DPIA 7\"")));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("/dpiaIds/0"));
  }

  @Test
  void registerDocumentStillReportsADanglingReference() {
    String document =
        """
        {"schemaVersion": 2, "organisation": {"name": "Essex Police"}, "asAt": "2021-09-06",
         "assets": [%s]}
        """
            .formatted(ASSET.formatted("\"DPIA-7\""));

    RegisterFormatException e =
        assertThrows(RegisterFormatException.class, () -> RegisterJson.standard().parse(document));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("no DPIA has the id \"DPIA-7\""));
  }
}
