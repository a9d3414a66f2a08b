package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AdvancedCctvPolicy;
import org.oversight.register.AssetRegister;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.validation.InvalidRegisterException;

class BuildersTest {

  @Test
  void everyAssetBuilderBuildsAValidAssetAsItIs() {
    List<Asset> assets =
        List.of(
            Assets.overtCamera("A-1").build(),
            Assets.covertCamera("A-2").build(),
            Assets.ptzCamera("A-3").build(),
            Assets.anprCamera("A-4").build(),
            Assets.bodyWornCamera("A-5").build(),
            Assets.drone("A-6").build(),
            Assets.facialRecognition("A-7").build(),
            Assets.covertFacialRecognition("A-8").build(),
            Assets.planned("A-9").build(),
            Assets.decommissioned("A-10", LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1))
                .build());
    for (Asset asset : assets) {
      assertThat(RegisterValidator.standard().validate(asset)).as("%s", asset).isEmpty();
    }
    assertThat(Registers.builder().assets(assets).build().assets()).hasSize(10);
  }

  @Test
  void covertBuildersCarryAnAuthorisationReferenceAndOvertOnesDoNot() {
    assertThat(Assets.covertCamera("A").build().authorisationRef())
        .isEqualTo(Assets.DEFAULT_AUTHORISATION_REF);
    assertThat(Assets.covertFacialRecognition("A").build().deployment())
        .isEqualTo(Deployment.COVERT);
    assertThat(Assets.overtCamera("A").build().authorisationRef()).isNull();
  }

  @Test
  void builderChangesOnlyWhatTheTestIsAbout() {
    Asset asset = Assets.overtCamera("CAM-1").manufacturer("Hikvision").quantity(3).build();
    assertThat(asset.manufacturer()).isEqualTo("Hikvision");
    assertThat(asset.quantity()).isEqualTo(3);
    assertThat(asset.category()).isEqualTo(AssetCategory.FIXED_CAMERA);
    assertThat(asset.inServiceFrom()).isEqualTo(Assets.DEFAULT_START);
  }

  @Test
  void advancedBuildersAreAdvancedAndPlainCamerasAreNot() {
    AdvancedCctvPolicy policy = AdvancedCctvPolicy.standard();
    assertThat(policy.isAdvanced(Assets.anprCamera("A").build())).isTrue();
    assertThat(policy.isAdvanced(Assets.facialRecognition("A").build())).isTrue();
    assertThat(policy.isAdvanced(Assets.overtCamera("A").build())).isFalse();
    assertThat(policy.isAdvanced(Assets.bodyWornCamera("A").build())).isFalse();
  }

  @Test
  void decommissionedRejectsAnEndBeforeTheStart() {
    assertThatThrownBy(
            () -> Assets.decommissioned("A", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("until must not be before from (2020-01-02), was 2020-01-01");
  }

  @Test
  void dpiaAndContractBuildersAreValid() {
    Dpia approved = Dpias.approved("DPIA-7").build();
    Dpia draft = Dpias.draft("DPIA-8").build();
    Contract contract = Contracts.withValue("C-2019-14", "125000.00", "GBP").build();
    AssetRegister register =
        Registers.builder()
            .asset(
                Assets.overtCamera("CAM-1")
                    .dpiaIds(List.of("DPIA-7", "DPIA-8"))
                    .contractIds(List.of("C-2019-14"))
                    .build())
            .dpia(approved)
            .dpia(draft)
            .contract(contract)
            .contract(Contracts.of("C-1").build())
            .build();
    assertThat(approved.status()).isEqualTo(DpiaStatus.APPROVED);
    assertThat(draft.completedOn()).isNull();
    assertThat(contract.value().amount()).isEqualTo(new BigDecimal("125000.00"));
    assertThat(contract.value().currency().getCurrencyCode()).isEqualTo("GBP");
    assertThat(register.dpiasFor(register.assets())).containsExactly(approved, draft);
  }

  @Test
  void registersOfHasDefaultOrganisationAndDate() {
    AssetRegister register = Registers.of(Assets.overtCamera("A").build());
    assertThat(register.organisation()).isEqualTo(Registers.DEFAULT_ORGANISATION);
    assertThat(register.asAt()).isEqualTo(Registers.DEFAULT_AS_AT);
    assertThat(Registers.empty().assets()).isEmpty();
  }

  @Test
  void registersBuilderReportsEveryProblemOfInvalidParts() {
    Registers.Builder builder =
        Registers.builder()
            // Values, not the builder: the builder refuses a quantity of 0 at once.
            .asset(
                Asset.TYPE.valuesOf(Assets.overtCamera("A").build()).set(Asset.QUANTITY, 0).build())
            .asset(Assets.overtCamera("A").dpiaIds(List.of("DPIA-404")).build());
    assertThat(RegisterValidator.standard().validate(builder.contents())).hasSize(3);
    assertThatThrownBy(builder::build).isInstanceOf(InvalidRegisterException.class);
  }
}
