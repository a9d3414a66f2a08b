package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.testkit.RegisterAssertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;

class SampleRegistersTest {

  @Test
  void essexRegisterHoldsTheScenarioOfTheRequest() {
    AssetRegister essex = SampleRegisters.essex2021();
    assertThat(essex.organisation()).isEqualTo(SampleRegisters.ESSEX_POLICE);
    assertThat(essex.organisation().name()).isEqualTo("Essex Police");
    assertThat(essex)
        .isAsAt(SampleRegisters.ESSEX_AS_AT)
        .hasAssetCount(5)
        .hasDpia("DPIA-7")
        .hasContract("C-2019-14")
        .hasAssetsFromVendor("Axis")
        .hasAssetsFromVendor("Hikvision")
        .isValid();
    assertThat(essex).asset("CAM-0001").isOvert().hasQuantity(12).isFromVendor("Axis");
    assertThat(essex).asset("COV-0001").isCovert().hasAuthorisationRef().isAdvanced();
    assertThat(essex).asset("COV-0002").isCovert().hasAuthorisationRef().isFromVendor("Hikvision");
    Contract contract = essex.contract("C-2019-14").orElseThrow();
    assertThat(contract.value().amount()).isEqualTo(new BigDecimal("125000.00"));
    assertThat(contract.value().currency().getCurrencyCode()).isEqualTo("GBP");
  }

  @Test
  void essexOvertPartHoldsNoHikvisionAndNoAdvancedCctv() {
    AssetRegister essex = SampleRegisters.essex2021();
    assertThat(
            essex
                .query()
                .overt()
                .manufacturer("Hikvision")
                .ownedOrOperated()
                .inServiceOn(SampleRegisters.ESSEX_AS_AT)
                .list())
        .isEmpty();
    assertThat(essex.query().overt().advanced().list()).isEmpty();
    assertThat(essex.query().covert().capability(Capability.LIVE_FACIAL_RECOGNITION).ids())
        .extracting(id -> id.value())
        .containsExactly("COV-0001");
  }

  @Test
  void essexCovertOnlyDpiaAndContractAreReferencedOnlyByCovertAssets() {
    AssetRegister essex = SampleRegisters.essex2021();
    assertThat(essex.dpiasFor(essex.query().overt().list()))
        .extracting(d -> d.id())
        .containsExactly("DPIA-7", "DPIA-9");
    assertThat(essex.dpiasFor(essex.query().covert().list()))
        .extracting(d -> d.id())
        .containsExactly("DPIA-12");
    assertThat(essex.contractsFor(essex.query().covert().list()))
        .extracting(c -> c.id())
        .containsExactly("C-2021-02");
  }

  @Test
  void emptyAndLargeSamples() {
    assertThat(SampleRegisters.empty()).hasNoAssets();
    assertThat(SampleRegisters.large(5, 20_000)).hasAssetCount(20_000);
    assertThat(SampleRegisters.large(5, 3_000)).isEqualTo(SampleRegisters.large(5, 3_000));
  }
}
