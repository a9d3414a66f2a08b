package org.oversight.register.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void standardCapabilitiesAreSharedConstantsInDeclaredOrder() {
    assertThat(Capability.of("LIVE_FACIAL_RECOGNITION"))
        .isSameAs(Capability.LIVE_FACIAL_RECOGNITION);
    assertThat(Capability.standardValues()).hasSize(18).startsWith(Capability.RECORDING);
    assertThat(Capability.standardValues()).isSorted();
  }

  @Test
  void customCapabilitiesSortAfterStandardOnesByCode() {
    List<Capability> capabilities =
        new ArrayList<>(
            List.of(
                Capability.of("X-B"),
                Capability.AUDIO_ANALYTICS,
                Capability.of("X-A"),
                Capability.RECORDING));
    java.util.Collections.sort(capabilities);

    assertThat(capabilities)
        .extracting(Capability::code)
        .containsExactly("RECORDING", "AUDIO_ANALYTICS", "X-A", "X-B");
    assertThat(Capability.of("X-A"))
        .isEqualTo(Capability.of("X-A"))
        .hasSameHashCodeAs(Capability.of("X-A"));
    assertThat(Capability.of("X-A").isCustom()).isTrue();
    assertThat(Capability.of("X-A").isStandard()).isFalse();
    assertThat(Capability.RECORDING.isCustom()).isFalse();
    assertThat(Capability.of("BOGUS").isCustom()).isFalse();
  }

  @Test
  void moneyKeepsItsScale() {
    Money value = Money.of("125000.00", "GBP");

    assertThat(value.amount()).isEqualByComparingTo(new BigDecimal("125000"));
    assertThat(value.amount().scale()).isEqualTo(2);
    assertThat(value.toPlainString()).isEqualTo("125000.00 GBP");
    assertThat(value).isNotEqualTo(Money.of("125000.0", "GBP"));
    assertThat(value.toString()).doesNotContain("125");
  }

  @Test
  void moneyRejectsACurrencyThatIsNotIso4217() {
    assertThatThrownBy(() -> Money.of("1", "XYZW")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("one", "GBP")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void anAssetCopiesAndSortsItsCollections() {
    List<String> dpias = new ArrayList<>(List.of("D-2", "D-1"));
    Asset asset =
        Asset.builder("A-1")
            .category(AssetCategory.DRONE)
            .deployment(Deployment.OVERT)
            .status(AssetStatus.PLANNED)
            .capabilities(Capability.THERMAL_IMAGING, Capability.RECORDING)
            .dpiaIds(dpias)
            .build();
    dpias.add("D-3");

    assertThat(asset.dpiaIds()).containsExactly("D-2", "D-1");
    assertThat(asset.capabilities())
        .containsExactly(Capability.RECORDING, Capability.THERMAL_IMAGING);
    assertThatThrownBy(() -> asset.dpiaIds().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(asset.toBuilder().build()).isEqualTo(asset);
  }

  @Test
  void anAssetBuilderNamesWhatWasNotSet() {
    assertThatThrownBy(() -> Asset.builder("A-1").deployment(Deployment.OVERT).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("asset A-1: category was not set");
  }

  @Test
  void anAssetsTextNeverShowsItsAuthorisationReference() {
    Asset asset =
        Asset.builder("C-1")
            .category(AssetCategory.FACIAL_RECOGNITION_SYSTEM)
            .deployment(Deployment.COVERT)
            .status(AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2020, 1, 1))
            .authorisationRef("OP-NIGHTJAR")
            .build();

    assertThat(asset.toString()).doesNotContain("NIGHTJAR").contains("C-1");
  }

  @Test
  void inServiceCoversTheFirstAndLastDay() {
    Asset asset =
        Asset.builder("A-1")
            .category(AssetCategory.FIXED_CAMERA)
            .deployment(Deployment.OVERT)
            .status(AssetStatus.DECOMMISSIONED)
            .inServiceFrom(LocalDate.of(2019, 1, 1))
            .inServiceUntil(LocalDate.of(2020, 12, 31))
            .build();

    assertThat(asset.isInServiceOn(LocalDate.of(2018, 12, 31))).isFalse();
    assertThat(asset.isInServiceOn(LocalDate.of(2019, 1, 1))).isTrue();
    assertThat(asset.isInServiceOn(LocalDate.of(2020, 12, 31))).isTrue();
    assertThat(asset.isInServiceOn(LocalDate.of(2021, 1, 1))).isFalse();
    assertThat(
            asset.toBuilder()
                .status(AssetStatus.PLANNED)
                .build()
                .isInServiceOn(LocalDate.of(2019, 6, 1)))
        .isFalse();
  }

  @Test
  void aDpiaIsInForceWhenApprovedOrUnderReview() {
    Dpia.Builder dpia = Dpia.builder("D", "t", DpiaStatus.APPROVED);
    assertThat(dpia.build().isInForce()).isTrue();
    assertThat(dpia.status(DpiaStatus.UNDER_REVIEW).build().isInForce()).isTrue();
    assertThat(dpia.status(DpiaStatus.DRAFT).build().isInForce()).isFalse();
    assertThat(dpia.status(DpiaStatus.SUPERSEDED).build().isInForce()).isFalse();
  }

  @Test
  void aContractHasEndedOnlyAfterItsEndDate() {
    Contract contract = Contract.builder("C", "S").endDate(LocalDate.of(2024, 2, 29)).build();
    assertThat(contract.hasEndedBefore(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(contract.hasEndedBefore(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(Contract.builder("C", "S").build().hasEndedBefore(LocalDate.MAX)).isFalse();
  }

  @Test
  void assetIdsOrderAsStrings() {
    assertThat(AssetId.of("A-10")).isLessThan(AssetId.of("A-9")).hasToString("A-10");
  }
}
