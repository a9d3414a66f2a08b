package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.register.testkit.RegisterAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.vendor.VendorDirectory;

class AssetAssertTest {
  private static final LocalDate DAY = LocalDate.of(2021, 9, 6);
  private final Asset overt = Assets.overtCamera("CAM-1").manufacturer("HikVision").build();
  private final Asset covert = Assets.covertFacialRecognition("FR-1").build();
  private final Asset lorex =
      Assets.overtCamera("CAM-2").brand("Lorex").inServiceFrom(LocalDate.of(2019, 1, 1)).build();

  @Test
  void passesWhenTheAssetIsAsExpected() {
    assertThat(overt)
        .isOvert()
        .hasCapability(Capability.RECORDING, Capability.LIVE_VIEW)
        .doesNotHaveCapability(Capability.LIVE_FACIAL_RECOGNITION)
        .hasCategory(AssetCategory.FIXED_CAMERA)
        .hasStatus(AssetStatus.IN_SERVICE)
        .hasQuantity(1)
        .isInServiceOn(DAY)
        .isNotInServiceOn(LocalDate.of(2019, 3, 31))
        .isNotAdvanced()
        .isFromVendor("Hikvision")
        .isFromVendor("Hangzhou Hikvision Digital Technology Co., Ltd.", DAY);
    assertThat(covert).isCovert().hasAuthorisationRef().isAdvanced();
    assertThat(Assets.overtCamera("X").build()).hasManufacturerUnknown();
  }

  @Test
  void vendorMatchingFollowsDatedGroupMembership() {
    assertThat(lorex).isFromVendor("Dahua").isFromVendor("Dahua", LocalDate.of(2020, 1, 1));
    assertThat(lorex).isNotFromVendor("Dahua", LocalDate.of(2025, 1, 1));
    assertThatThrownBy(() -> assertThat(lorex).isFromVendor("Dahua", LocalDate.of(2025, 1, 1)))
        .hasMessageContaining(
            "Expecting asset CAM-2 to be from vendor Dahua on 2025-01-01 but it has"
                + " manufacturer null and brand Lorex");
    assertThatThrownBy(() -> assertThat(lorex).isNotFromVendor("Dahua", DAY.minusYears(1)))
        .hasMessageContaining("not to be from vendor Dahua on 2020-09-06 but it is:")
        .hasMessageContaining("Lorex");
  }

  @Test
  void plannedAssetIsFromAVendorAtAnyDate() {
    Asset planned = Assets.planned("P-1").brand("Lorex").build();
    assertThat(planned).isFromVendor("Dahua");
    assertThatThrownBy(() -> assertThat(planned).isFromVendor("Hikvision"))
        .hasMessageContaining("to be from vendor Hikvision at any date");
  }

  @Test
  void customDirectoryIsUsedWhenGiven() {
    VendorDirectory directory =
        VendorDirectory.builder()
            .belongsTo("Kestrel Optics", "Raven Group", null, null, "test")
            .build();
    Asset kestrel = Assets.overtCamera("K-1").manufacturer("Kestrel Optics Ltd").build();
    assertThat(kestrel).usingVendors(directory).isFromVendor("Raven Group");
    assertThatThrownBy(() -> assertThat(kestrel).isFromVendor("Raven Group"))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void deploymentFailuresSayWhatWasFound() {
    assertThatThrownBy(() -> assertThat(overt).isCovert())
        .hasMessageContaining("Expecting asset CAM-1 to be covert but it is overt");
    assertThatThrownBy(() -> assertThat(covert).isOvert())
        .hasMessageContaining("Expecting asset FR-1 to be overt but it is covert")
        .message()
        .doesNotContain(Assets.DEFAULT_AUTHORISATION_REF);
    assertThatThrownBy(() -> assertThat(overt).hasAuthorisationRef())
        .hasMessageContaining(
            "Expecting asset CAM-1 (OVERT) to have an authorisation reference but it has none");
  }

  @Test
  void capabilityFailuresSayWhatIsMissingAndWhatThereIs() {
    assertThatThrownBy(
            () ->
                assertThat(overt)
                    .hasCapability(Capability.RECORDING, Capability.NUMBER_PLATE_RECOGNITION))
        .hasMessageContaining(
            "Expecting asset CAM-1 to have capabilities [RECORDING, NUMBER_PLATE_RECOGNITION]"
                + " but it lacks [NUMBER_PLATE_RECOGNITION]; it has [RECORDING, LIVE_VIEW]");
    assertThatThrownBy(() -> assertThat(overt).doesNotHaveCapability(Capability.LIVE_VIEW))
        .hasMessageContaining("not to have capabilities [LIVE_VIEW] but it has [LIVE_VIEW]");
  }

  @Test
  void lifecycleFailuresShowStatusAndDates() {
    assertThatThrownBy(() -> assertThat(overt).isInServiceOn(LocalDate.of(2010, 1, 1)))
        .hasMessageContaining(
            "Expecting asset CAM-1 to be in service on 2010-01-01 but it is IN_SERVICE from"
                + " 2019-04-01 until null");
    assertThatThrownBy(() -> assertThat(overt).isNotInServiceOn(DAY))
        .hasMessageContaining("not to be in service on 2021-09-06 but it is IN_SERVICE");
    assertThatThrownBy(() -> assertThat(overt).hasStatus(AssetStatus.PLANNED))
        .hasMessageContaining("to have status PLANNED but it has IN_SERVICE");
  }

  @Test
  void otherFailuresSayExpectedAndFound() {
    assertThatThrownBy(() -> assertThat(overt).hasQuantity(2))
        .hasMessageContaining("to have quantity 2 but it has 1");
    assertThatThrownBy(() -> assertThat(overt).hasCategory(AssetCategory.DRONE))
        .hasMessageContaining("to be a DRONE but it is a FIXED_CAMERA");
    assertThatThrownBy(() -> assertThat(overt).isAdvanced())
        .hasMessageContaining(
            "to be advanced CCTV but it is a FIXED_CAMERA with only [RECORDING, LIVE_VIEW]");
    assertThatThrownBy(() -> assertThat(covert).isNotAdvanced())
        .hasMessageContaining("not to be advanced CCTV but it is a FACIAL_RECOGNITION_SYSTEM");
    assertThatThrownBy(() -> assertThat(overt).hasManufacturerUnknown())
        .hasMessageContaining(
            "to have an unknown manufacturer but it has manufacturer HikVision and brand null");
    assertThatThrownBy(() -> assertThat(overt).isFromVendor("Dahua"))
        .hasMessageContaining(
            "to be from vendor Dahua on 2019-04-01 but it has manufacturer HikVision");
  }
}
