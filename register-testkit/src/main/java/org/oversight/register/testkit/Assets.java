package org.oversight.register.testkit;

import java.time.LocalDate;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;

/** Valid assets in one line: builders with valid defaults, to change what a test is about. */
public final class Assets {
  private static final LocalDate DEFAULT_START = LocalDate.of(2019, 4, 1);

  private Assets() {}

  /**
   * Returns a builder for an overt, owned and operated fixed camera, in service since 2019-04-01,
   * that records and shows live video.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder overtCamera(String id) {
    return Asset.builder(id)
        .category(AssetCategory.FIXED_CAMERA)
        .capabilities(Capability.RECORDING, Capability.LIVE_VIEW)
        .deployment(Deployment.OVERT)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(DEFAULT_START);
  }
}
