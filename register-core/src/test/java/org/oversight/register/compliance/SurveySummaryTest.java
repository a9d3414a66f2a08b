package org.oversight.register.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.compliance.Fixtures.DATE;
import static org.oversight.register.compliance.Fixtures.camera;
import static org.oversight.register.compliance.Fixtures.register;

import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Deployment;

class SurveySummaryTest {

  @Test
  void countsUnitsByCategoryAndGroupAndFindsVendorsOfConcern() {
    AssetRegister register =
        register(
            camera("CAM-1").manufacturer("Hikvision").quantity(10).build(),
            camera("CAM-2").manufacturer(null).brand("EZVIZ").quantity(2).build(),
            camera("ANPR-1").category(AssetCategory.ANPR_CAMERA).quantity(3).build(),
            camera("DRN-1").category(AssetCategory.DRONE).manufacturer("DJI").build(),
            camera("COV-1").deployment(Deployment.COVERT).manufacturer("Dahua").build());

    SurveySummary summary = SurveySummary.of(register, DATE);

    assertThat(summary.unitsByCategory())
        .containsEntry(SurveyCategory.CCTV, 12L)
        .containsEntry(SurveyCategory.ANPR, 3L)
        .containsEntry(SurveyCategory.DRONES, 1L)
        .containsEntry(SurveyCategory.FACIAL_RECOGNITION, 0L);
    assertThat(summary.unitsByGroup())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("Hikvision", 12L),
            org.assertj.core.api.Assertions.entry("Canon", 3L),
            org.assertj.core.api.Assertions.entry("DJI", 1L));
    assertThat(summary.vendorsOfConcernHeld()).isEqualTo(SurveySummary.Held.YES);
    // Covert Dahua never shows: the summary may be published.
    assertThat(summary.concernUnitsByVendor()).containsOnlyKeys("Hikvision", "DJI");
    assertThat(summary.concernUnitsByCategory())
        .containsEntry(SurveyCategory.CCTV, 12L)
        .containsEntry(SurveyCategory.DRONES, 1L)
        .containsEntry(SurveyCategory.ANPR, 0L);
    assertThat(summary.totalUnits()).isEqualTo(16L);
    assertThat(summary.toText())
        .contains("Equipment from vendors of concern held: YES")
        .doesNotContain("Dahua");
  }

  @Test
  void noneFoundIsCannotSayWhileSomeManufacturersAreUnknown() {
    AssetRegister unknown =
        register(camera("CAM-1").build(), camera("CAM-2").manufacturer(null).build());
    AssetRegister known = register(camera("CAM-1").build());

    SurveySummary summary = SurveySummary.of(unknown, DATE);

    assertThat(summary.vendorsOfConcernHeld()).isEqualTo(SurveySummary.Held.CANNOT_SAY);
    assertThat(summary.unknownManufacturerUnits()).isEqualTo(1L);
    assertThat(summary.toText()).contains("CANNOT_SAY (1 units of unknown manufacturer)");
    assertThat(SurveySummary.of(known, DATE).vendorsOfConcernHeld())
        .isEqualTo(SurveySummary.Held.NO);
  }
}
