package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;

/**
 * How a downstream project (a force's own system) tests its code with the kit. Here the "code under
 * test" is a small report that lists overt Hikvision products in service; the test checks it over a
 * thousand random valid registers, then on the Essex sample.
 */
class DownstreamUsageExampleTest {

  /** Stands for the downstream project's own code. */
  static List<Asset> overtHikvisionInService(AssetRegister register, LocalDate day) {
    return register.query().overt().manufacturer("Hikvision").inServiceOn(day).list();
  }

  @Test
  void reportNeverListsCovertOrOutOfServiceAssetsOnAThousandRandomRegisters() {
    RandomRegisters.registers(2024, 300)
        .limit(1_000)
        .forEach(
            register ->
                assertThat(overtHikvisionInService(register, register.asAt()))
                    .allSatisfy(
                        asset ->
                            RegisterAssertions.assertThat(asset)
                                .isOvert()
                                .isInServiceOn(register.asAt())
                                .isFromVendor("Hikvision", register.asAt())));
  }

  @Test
  void reportOnTheEssexSampleIsEmpty() {
    AssetRegister essex = SampleRegisters.essex2021();
    assertThat(overtHikvisionInService(essex, SampleRegisters.ESSEX_AS_AT)).isEmpty();
  }
}
