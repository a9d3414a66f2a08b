package org.oversight.register.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

  @Test
  void aBuilderRefusesABadValueAtOnceNamingTheFieldAndEveryProblem() {
    assertThatThrownBy(() -> Contract.builder("C-1", " padded"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("supplier must not start with white space");
    String rule =
        " is not a capability code: use a standard code or X- followed by upper-case letters,"
            + " digits and hyphens";
    assertThatThrownBy(
            () -> Asset.builder("A-1").capabilities(Capability.of("x y"), Capability.of("X-bad")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capabilities/0 \"X-bad\"" + rule + "; capabilities/1 the text" + rule);
    assertThat(Contract.builder("C-1", "S").reference(null).build().reference()).isNull();
  }

  @Test
  void recordsNeverPrintCommercialOrPersonalValues() {
    Contract contract =
        Contract.builder("C-1", "Example Systems Ltd")
            .startDate(LocalDate.of(2019, 3, 1))
            .value(Money.of("125000.00", "GBP"))
            .build();
    assertThat(contract)
        .hasToString("Contract[id=C-1, startDate=2019-03-01, endDate=null, value=<withheld>]");
    assertThat(Contract.builder("C-2", "S").endDate(LocalDate.of(2020, 1, 31)).build())
        .hasToString("Contract[id=C-2, startDate=null, endDate=2020-01-31]");
    assertThat(Money.of("125000.00", "GBP")).hasToString("Money[GBP <amount withheld>]");
    assertThat(Dpia.builder("D-1", "Town centre CCTV", DpiaStatus.APPROVED).build())
        .hasToString("Dpia[id=D-1, version=null, status=APPROVED]");
    assertThat(GoverningDocument.of("P-1", DocumentKind.POLICY, "CCTV policy", List.of(), Set.of()))
        .hasToString("GoverningDocument[id=P-1, kind=POLICY, version=null]");
  }

  @Test
  void anAssetHasTheCapabilitiesItLists() {
    Asset asset =
        Asset.builder("A-1")
            .category(AssetCategory.DRONE)
            .deployment(Deployment.OVERT)
            .status(AssetStatus.IN_SERVICE)
            .capabilities(Capability.RECORDING)
            .build();
    assertThat(asset.hasCapability(Capability.RECORDING)).isTrue();
    assertThat(asset.hasCapability(Capability.LIVE_VIEW)).isFalse();
  }

  @Test
  void anAssetsServicePeriodRunsFromItsFirstToItsLastDayAndIsEmptyWhenItNeverServed() {
    Asset.Builder asset =
        Asset.builder("A-1")
            .category(AssetCategory.FIXED_CAMERA)
            .deployment(Deployment.OVERT)
            .status(AssetStatus.DECOMMISSIONED)
            .inServiceFrom(LocalDate.of(2019, 1, 1))
            .inServiceUntil(LocalDate.of(2020, 12, 31));
    assertThat(asset.build().servicePeriod())
        .contains(DateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31)));
    assertThat(asset.inServiceUntil(LocalDate.of(2019, 1, 1)).build().servicePeriod())
        .contains(DateRange.ofClosed(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 1)));
    assertThat(asset.inServiceUntil(LocalDate.of(2018, 12, 31)).build().servicePeriod()).isEmpty();
    assertThat(asset.inServiceUntil(null).status(AssetStatus.IN_SERVICE).build().servicePeriod())
        .contains(DateRange.from(LocalDate.of(2019, 1, 1)));
    assertThat(asset.status(AssetStatus.PLANNED).build().servicePeriod()).isEmpty();
    assertThat(asset.status(AssetStatus.IN_SERVICE).inServiceFrom(null).build().servicePeriod())
        .isEmpty();
  }

  @Test
  void aContractsTermNeedsItsStartAndAnEndNotBeforeIt() {
    Contract.Builder contract = Contract.builder("C", "S").startDate(LocalDate.of(2020, 4, 1));
    assertThat(contract.build().term()).contains(DateRange.from(LocalDate.of(2020, 4, 1)));
    assertThat(contract.endDate(LocalDate.of(2020, 4, 1)).build().term())
        .contains(DateRange.ofClosed(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 1)));
    assertThat(contract.endDate(LocalDate.of(2020, 3, 31)).build().term()).isEmpty();
    assertThat(contract.startDate(null).build().term()).isEqualTo(Optional.empty());
  }

  @Test
  void aDocumentGovernsTheAssetsItNamesAndTheAssetsOfItsCategories() {
    Asset camera =
        Asset.builder("A-1")
            .category(AssetCategory.FIXED_CAMERA)
            .deployment(Deployment.OVERT)
            .status(AssetStatus.IN_SERVICE)
            .build();
    Asset drone = camera.toBuilder().id("A-2").category(AssetCategory.DRONE).build();
    GoverningDocument byCategory =
        GoverningDocument.of(
            "P-1", DocumentKind.POLICY, "t", List.of(), Set.of(AssetCategory.DRONE));
    GoverningDocument byId =
        GoverningDocument.of("P-2", DocumentKind.POLICY, "t", List.of("A-1"), Set.of());

    assertThat(byCategory.categories()).containsExactly(AssetCategory.DRONE);
    assertThat(byCategory.governs(drone)).isTrue();
    assertThat(byCategory.governs(camera)).isFalse();
    assertThat(byId.governs(camera)).isTrue();
    assertThat(byId.governs(drone)).isFalse();
  }

  @Test
  void anOrganisationIsNameOnlyWhenNothingButItsNameIsKnown() {
    Organisation named = Organisation.named("Essex Police");
    FoiContact contact = FoiContact.ofEmail("foi@example.gov.uk");
    assertThat(named.isNameOnly()).isTrue();
    assertThat(named.withKindAndNation(OrganisationKind.POLICE_FORCE, null).isNameOnly()).isFalse();
    assertThat(named.withKindAndNation(null, Nation.WALES).isNameOnly()).isFalse();
    assertThat(new Organisation("E", null, null, contact, null, null).isNameOnly()).isFalse();
    assertThat(new Organisation("E", null, null, null, contact, null).isNameOnly()).isFalse();
    assertThat(new Organisation("E", null, null, null, null, "Ask us").isNameOnly()).isFalse();
    assertThat(named).hasToString("Essex Police");
  }

  @Test
  void capabilitiesOfDifferentCodesHashApart() {
    assertThat(Capability.of("X-A").hashCode()).isNotEqualTo(Capability.of("X-B").hashCode());
    assertThat(Capability.RECORDING.hashCode()).isNotEqualTo(Capability.LIVE_VIEW.hashCode());
  }
}
