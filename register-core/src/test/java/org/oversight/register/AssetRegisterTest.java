package org.oversight.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.validation.InvalidRegisterException;

class AssetRegisterTest {
  static final LocalDate AS_AT = LocalDate.of(2021, 9, 6);

  static Asset.Builder camera(String id) {
    return Asset.builder(id)
        .category(AssetCategory.FIXED_CAMERA)
        .capabilities(Capability.RECORDING)
        .deployment(Deployment.OVERT)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(LocalDate.of(2019, 4, 1));
  }

  static final Dpia DPIA_1 =
      Dpia.builder("DPIA-1", "CCTV", DpiaStatus.APPROVED)
          .completedOn(LocalDate.of(2019, 1, 1))
          .build();
  static final Dpia DPIA_2 = Dpia.builder("DPIA-2", "LFR", DpiaStatus.DRAFT).build();
  static final Contract CONTRACT_1 = Contract.builder("C-1", "Example Systems Ltd").build();

  @Test
  void assetsDpiasAndContractsAreKeptInIdOrder() {
    AssetRegister register =
        AssetRegister.of(
            "Essex Police",
            AS_AT,
            List.of(camera("B").build(), camera("A").build(), camera("C").build()),
            List.of(DPIA_2, DPIA_1),
            List.of(CONTRACT_1));

    assertThat(register.assets()).extracting(a -> a.id().value()).containsExactly("A", "B", "C");
    assertThat(register.dpias()).containsExactly(DPIA_1, DPIA_2);
    assertThat(register.asset(AssetId.of("B"))).isPresent();
    assertThat(register.asset(AssetId.of("Z"))).isEmpty();
    assertThat(register.dpia("DPIA-2")).contains(DPIA_2);
    assertThat(register.contract("C-1")).contains(CONTRACT_1);
    assertThat(register)
        .hasToString(
            "AssetRegister[Essex Police as at 2021-09-06: 3 assets, 2 DPIAs, 1 contracts]");
  }

  @Test
  void dpiasAndContractsFollowTheReferencesOfTheAssetsGiven() {
    Asset a = camera("A").dpiaIds(List.of("DPIA-2", "DPIA-1")).contractIds(List.of("C-1")).build();
    Asset b = camera("B").dpiaIds(List.of("DPIA-1")).build();
    AssetRegister register =
        AssetRegister.of("x", AS_AT, List.of(a, b), List.of(DPIA_1, DPIA_2), List.of(CONTRACT_1));

    assertThat(register.dpiasFor(List.of(a, b))).containsExactly(DPIA_1, DPIA_2);
    assertThat(register.dpiasFor(List.of(b))).containsExactly(DPIA_1);
    assertThat(register.contractsFor(List.of(b))).isEmpty();
    assertThat(register.contractsFor(List.of(a))).containsExactly(CONTRACT_1);
  }

  @Test
  void derivingARegisterLeavesTheOldOneUntouched() {
    AssetRegister before =
        AssetRegister.of(
            "x", AS_AT, List.of(camera("A").build(), camera("B").build()), List.of(), List.of());

    AssetRegister added = before.withAsset(camera("C").build());
    AssetRegister replaced = before.withAsset(camera("A").quantity(5).build());
    AssetRegister removed = before.withoutAsset(AssetId.of("A"));

    assertThat(before.assets()).hasSize(2);
    assertThat(before.query().count()).isEqualTo(new AssetCount(2, 2));
    assertThat(added.assets()).hasSize(3);
    assertThat(replaced.query().count()).isEqualTo(new AssetCount(2, 6));
    assertThat(removed.assets()).extracting(a -> a.id().value()).containsExactly("B");
    assertThat(before.withoutAsset(AssetId.of("nope"))).isSameAs(before);
  }

  @Test
  void derivingAnInvalidRegisterFailsAndKeepsTheOldOne() {
    AssetRegister before =
        AssetRegister.of("x", AS_AT, List.of(camera("A").build()), List.of(), List.of());

    assertThatThrownBy(() -> before.withAsset(camera("B").dpiaIds(List.of("DPIA-404")).build()))
        .isInstanceOf(InvalidRegisterException.class)
        .hasMessageContaining("/assets/1/dpiaIds/0 (B): no DPIA has the id \"DPIA-404\"");
    assertThat(before.assets()).hasSize(1);
  }

  @Test
  void registersWithEqualDataAreEqualWhateverTheInputOrder() {
    AssetRegister one =
        AssetRegister.of(
            "x", AS_AT, List.of(camera("A").build(), camera("B").build()), List.of(), List.of());
    AssetRegister two =
        AssetRegister.of(
            "x", AS_AT, List.of(camera("B").build(), camera("A").build()), List.of(), List.of());

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(two.withAsset(camera("A").quantity(2).build()));
    assertThat(one.contents().assets()).isEqualTo(one.assets());
  }

  @Test
  void anEmptyRegisterAnswersEveryQuestionWithNothing() {
    AssetRegister empty = AssetRegister.of("x", AS_AT, List.of(), List.of(), List.of());

    assertThat(empty.query().manufacturer("Hikvision").list()).isEmpty();
    assertThat(empty.query().inServiceOn(AS_AT).count()).isEqualTo(AssetCount.NONE);
    assertThat(empty.query().exists()).isFalse();
  }

  @Test
  void theBuilderUsesThePolicyGiven() {
    AssetRegister register =
        AssetRegister.builder()
            .advancedPolicy(asset -> asset.category() == AssetCategory.FIXED_CAMERA)
            .build(
                new org.oversight.register.model.RegisterContents(
                    "x", AS_AT, List.of(camera("A").build()), List.of(), List.of()));

    assertThat(register.query().advanced().ids()).containsExactly(AssetId.of("A"));
    assertThat(register.query().advanced(AdvancedCctvPolicy.standard()).ids()).isEmpty();
  }
}
