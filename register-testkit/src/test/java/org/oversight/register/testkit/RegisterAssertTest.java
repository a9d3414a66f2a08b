package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.register.testkit.RegisterAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;

class RegisterAssertTest {
  private final AssetRegister register =
      Registers.of(
          Assets.overtCamera("CAM-1").manufacturer("Hikvision").build(),
          Assets.overtCamera("CAM-2").brand("EZVIZ").quantity(3).build(),
          Assets.covertCamera("COV-1").manufacturer("Axis Communications").build());

  @Test
  void passesWhenTheRegisterIsAsExpected() {
    assertThat(register)
        .hasAssetCount(3)
        .hasUnits(5)
        .containsAsset("CAM-1")
        .doesNotContainAsset("CAM-9")
        .hasAssetsFromVendor("Hikvision")
        .hasAssetsFromVendor("hikvision")
        .hasNoAssetsFromVendor("Dahua")
        .isValid()
        .isAsAt(Registers.DEFAULT_AS_AT);
    assertThat(Registers.empty()).hasNoAssets().hasNoCovertAssets();
  }

  @Test
  void assetCountFailureSaysExpectedAndFound() {
    assertThatThrownBy(() -> assertThat(register).hasAssetCount(2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expecting register Test Constabulary to have 2 assets but it has 3:"
                + " [CAM-1, CAM-2, COV-1]");
  }

  @Test
  void unitsFailureSaysExpectedAndFound() {
    assertThatThrownBy(() -> assertThat(register).hasUnits(3))
        .hasMessageContaining(
            "Expecting register Test Constabulary to have 3 units in total but it has 5");
  }

  @Test
  void containsAssetFailureListsTheAssetsThereAre() {
    assertThatThrownBy(() -> assertThat(register).containsAsset("CAM-9"))
        .hasMessageContaining(
            "Expecting register Test Constabulary to contain asset CAM-9 but it does not;"
                + " its assets are: [CAM-1, CAM-2, COV-1]");
    assertThatThrownBy(() -> assertThat(register).doesNotContainAsset("CAM-1"))
        .hasMessageContaining("not to contain asset CAM-1 but it does");
  }

  @Test
  void vendorFailureNamesTheVendorsRecorded() {
    assertThatThrownBy(() -> assertThat(register).hasAssetsFromVendor("Dahua"))
        .hasMessageContaining(
            "to have assets from vendor Dahua but it has none; recorded manufacturers and"
                + " brands are: [Axis Communications, EZVIZ, Hikvision]");
  }

  @Test
  void noVendorFailureListsTheMatchesIncludingBrands() {
    assertThatThrownBy(() -> assertThat(register).hasNoAssetsFromVendor("Hikvision"))
        .hasMessageContaining(
            "to have no assets from vendor Hikvision but found 2: [CAM-1, CAM-2]");
  }

  @Test
  void covertFailureNamesAssetsByIdButNeverShowsTheAuthorisationReference() {
    assertThatThrownBy(() -> assertThat(register).hasNoCovertAssets())
        .hasMessageContaining("to have no covert assets but found 1: [COV-1]")
        .message()
        .doesNotContain(Assets.DEFAULT_AUTHORISATION_REF);
  }

  @Test
  void asAtDpiaAndContractFailuresSayWhatIsThere() {
    assertThatThrownBy(() -> assertThat(register).isAsAt(LocalDate.of(2020, 1, 1)))
        .hasMessageContaining("to be as at 2020-01-01 but it is as at 2021-09-06");
    assertThatThrownBy(() -> assertThat(register).hasDpia("DPIA-7"))
        .hasMessageContaining("to have DPIA DPIA-7 but its DPIAs are: []");
    assertThatThrownBy(() -> assertThat(register).hasContract("C-1"))
        .hasMessageContaining("to have contract C-1 but its contracts are: []");
  }

  @Test
  void noAssetsFailureListsTheAssets() {
    assertThatThrownBy(() -> assertThat(register).hasNoAssets())
        .hasMessageContaining("to have no assets but it has 3: [CAM-1, CAM-2, COV-1]");
  }

  @Test
  void longListsAreShortened() {
    AssetRegister large = RegisterGenerator.seeded(1).register(25);
    assertThatThrownBy(() -> assertThat(large).hasAssetCount(1))
        .hasMessageContaining("AST-000010, ... 15 more]");
  }

  @Test
  void nullRegisterFails() {
    assertThatThrownBy(() -> assertThat((AssetRegister) null).hasAssetCount(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void assetNavigationFailsForAMissingAsset() {
    assertThatThrownBy(() -> assertThat(register).asset("CAM-9"))
        .hasMessageContaining("to contain asset CAM-9");
  }
}
