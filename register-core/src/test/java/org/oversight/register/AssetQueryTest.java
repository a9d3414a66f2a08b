package org.oversight.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.register.AssetRegisterTest.camera;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;

class AssetQueryTest {
  static final LocalDate RECEIVED = LocalDate.of(2021, 9, 6);

  final Asset axis = camera("CAM-1").manufacturer("Axis Communications").quantity(12).build();
  final Asset hikvision = camera("CAM-2").manufacturer("Hikvision").build();
  final Asset ezviz = camera("CAM-3").brand("EZVIZ").quantity(3).build();
  final Asset legalName =
      camera("CAM-4").manufacturer("Hangzhou Hikvision Digital Technology Co., Ltd.").build();
  final Asset typo = camera("CAM-5").manufacturer("HikVision").operated(false).build();
  final Asset unknown = camera("CAM-6").build();
  final Asset covertFr =
      camera("FR-1")
          .category(AssetCategory.FACIAL_RECOGNITION_SYSTEM)
          .capabilities(Capability.LIVE_FACIAL_RECOGNITION)
          .deployment(Deployment.COVERT)
          .manufacturer("Hikvision")
          .authorisationRef("RIPA/1")
          .build();
  final Asset decommissioned =
      camera("OLD-1")
          .manufacturer("Hikvision")
          .status(AssetStatus.DECOMMISSIONED)
          .inServiceUntil(LocalDate.of(2021, 9, 5))
          .build();
  final Asset planned =
      camera("NEW-1")
          .manufacturer("Hikvision")
          .status(AssetStatus.PLANNED)
          .inServiceFrom(null)
          .build();
  final Asset anpr =
      camera("ANPR-1")
          .category(AssetCategory.ANPR_CAMERA)
          .capabilities(Capability.RECORDING)
          .manufacturer("Genetec")
          .owned(false)
          .inServiceFrom(RECEIVED)
          .build();
  final Asset lorexEarly = camera("LOREX-1").brand("Lorex").build();

  final AssetRegister register =
      AssetRegister.of(
          "Essex Police",
          RECEIVED,
          List.of(
              axis,
              hikvision,
              ezviz,
              legalName,
              typo,
              unknown,
              covertFr,
              decommissioned,
              planned,
              anpr,
              lorexEarly),
          List.of(),
          List.of());

  @Test
  void hikvisionMeansTheGroupByBrandAliasAndSpelling() {
    List<Asset> found =
        register.query().manufacturer("Hikvision").ownedOrOperated().inServiceOn(RECEIVED).list();

    assertThat(found).containsExactly(hikvision, ezviz, legalName, typo, covertFr);
  }

  @Test
  void eachMatchSaysWhy() {
    List<AssetMatch> matches =
        register.query().manufacturer("hikvision").overt().inServiceOn(RECEIVED).matches();

    assertThat(matches)
        .extracting(m -> m.asset().id().value())
        .containsExactly("CAM-2", "CAM-3", "CAM-4", "CAM-5");
    assertThat(matches.get(1).reasons())
        .singleElement()
        .asString()
        .startsWith("brand \"EZVIZ\" is EZVIZ, part of Hikvision");
    assertThat(matches.get(2).reasons())
        .singleElement()
        .asString()
        .startsWith(
            "manufacturer \"Hangzhou Hikvision Digital Technology Co., Ltd.\" is Hikvision");
  }

  @Test
  void aBrandQuestionFindsOnlyTheBrand() {
    assertThat(register.query().manufacturer("Ezviz").ids()).containsExactly(AssetId.of("CAM-3"));
  }

  @Test
  void anUnlistedManufacturerMatchesByNormalisedName() {
    assertThat(register.query().manufacturer("AXIS communications").ids())
        .containsExactly(AssetId.of("CAM-1"));
    assertThat(register.query().manufacturer("Nobody Ltd").ids()).isEmpty();
  }

  @Test
  void unknownManufacturersAreTheirOwnAnswer() {
    assertThat(register.query().manufacturerUnknown().ids()).containsExactly(AssetId.of("CAM-6"));
    assertThat(register.query().manufacturerUnknown().matches().get(0).reasons())
        .containsExactly("manufacturer unknown: neither manufacturer nor brand recorded");
  }

  @Test
  void brandOwnershipIsJudgedOnTheDateOfTheQuestion() {
    // Lorex belonged to Dahua from 2018 until its sale; the directory says so with dates.
    assertThat(register.query().manufacturer("Dahua").inServiceOn(RECEIVED).ids())
        .containsExactly(AssetId.of("LOREX-1"));
    assertThat(register.query().manufacturer("Dahua").inServiceOn(LocalDate.of(2025, 1, 1)).ids())
        .isEmpty();
  }

  @Test
  void inServiceExcludesPlannedAndDecommissionedBeforeTheDay() {
    assertThat(register.query().manufacturer("Hikvision").inServiceOn(RECEIVED).ids())
        .doesNotContain(AssetId.of("OLD-1"), AssetId.of("NEW-1"));
    assertThat(register.query().inServiceOn(LocalDate.of(2021, 9, 5)).ids())
        .contains(AssetId.of("OLD-1"))
        .doesNotContain(AssetId.of("ANPR-1"));
  }

  @Test
  void advancedFollowsTheStandardPolicy() {
    assertThat(register.query().advanced().ids())
        .containsExactly(AssetId.of("ANPR-1"), AssetId.of("FR-1"));
    assertThat(register.query().advanced().overt().ids()).containsExactly(AssetId.of("ANPR-1"));
  }

  @Test
  void relationshipFilters() {
    assertThat(register.query().owned().ids()).doesNotContain(AssetId.of("ANPR-1"));
    assertThat(register.query().operated().ids()).doesNotContain(AssetId.of("CAM-5"));
    assertThat(register.query().ownedOrOperated().count().entries()).isEqualTo(11);
  }

  @Test
  void valuesOfOneCallAreAlternatives() {
    assertThat(
            register
                .query()
                .category(AssetCategory.ANPR_CAMERA, AssetCategory.FACIAL_RECOGNITION_SYSTEM)
                .ids())
        .containsExactly(AssetId.of("ANPR-1"), AssetId.of("FR-1"));
    assertThat(
            register
                .query()
                .capability(Capability.LIVE_FACIAL_RECOGNITION, Capability.NUMBER_PLATE_RECOGNITION)
                .ids())
        .containsExactly(AssetId.of("FR-1"));
    assertThat(register.query().status(AssetStatus.PLANNED, AssetStatus.DECOMMISSIONED).ids())
        .containsExactly(AssetId.of("NEW-1"), AssetId.of("OLD-1"));
  }

  @Test
  void countGivesEntriesAndUnits() {
    assertThat(register.query().manufacturer("Hikvision").overt().inServiceOn(RECEIVED).count())
        .isEqualTo(new AssetCount(4, 6));
  }

  @Test
  void whereNarrowsByAnyCondition() {
    assertThat(register.query().where(a -> a.quantity() > 1).ids())
        .containsExactly(AssetId.of("CAM-1"), AssetId.of("CAM-3"));
    assertThat(register.query().covert().stream().map(Asset::id))
        .containsExactly(AssetId.of("FR-1"));
  }

  @Test
  void misuseIsReported() {
    assertThatThrownBy(() -> register.query().capability(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("give at least one capability");
    assertThatThrownBy(() -> register.query().inServiceOn(RECEIVED).inServiceOn(RECEIVED))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> register.query().manufacturer(" ,. "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a vendor name: \" ,. \"");
  }

  @Test
  void answersDoNotChangeTheIndex() {
    assertThat(register.query().manufacturer("Hikvision").list()).hasSize(7);
    List<Asset> first = register.query().manufacturer("Hikvision").inServiceOn(RECEIVED).list();
    register.query().inServiceOn(LocalDate.of(2000, 1, 1)).list();
    assertThat(register.query().manufacturer("Hikvision").inServiceOn(RECEIVED).list())
        .isEqualTo(first);
  }
}
