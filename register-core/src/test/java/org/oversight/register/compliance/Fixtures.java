package org.oversight.register.compliance;

import java.time.LocalDate;
import java.util.List;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;

/** Small registers built with the core builders (register-core tests cannot use the testkit). */
final class Fixtures {
  static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  private Fixtures() {}

  /** An overt, owned fixed camera by Axis, in service since 2020, with nothing else recorded. */
  static Asset.Builder camera(String id) {
    return Asset.builder(id)
        .manufacturer("Axis")
        .category(AssetCategory.FIXED_CAMERA)
        .capabilities(Capability.RECORDING)
        .deployment(Deployment.OVERT)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(LocalDate.of(2020, 1, 1));
  }

  static Dpia approvedDpia(String id) {
    return Dpia.builder(id, "Public space CCTV", DpiaStatus.APPROVED)
        .completedOn(LocalDate.of(2020, 1, 1))
        .reviewDue(LocalDate.of(2025, 1, 1))
        .build();
  }

  static Contract contract(String id, LocalDate end) {
    return Contract.builder(id, "Example Systems Ltd")
        .startDate(LocalDate.of(2019, 1, 1))
        .endDate(end)
        .build();
  }

  static AssetRegister register(List<Asset> assets, List<Dpia> dpias, List<Contract> contracts) {
    return AssetRegister.of("Test Police", DATE, assets, dpias, contracts);
  }

  static AssetRegister register(Asset... assets) {
    return register(List.of(assets), List.of(), List.of());
  }
}
