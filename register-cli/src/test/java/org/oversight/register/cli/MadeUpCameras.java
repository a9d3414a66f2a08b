package org.oversight.register.cli;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;

/** Overt cameras made on demand by a list that holds none of them, for tests in a fixed heap. */
final class MadeUpCameras {
  private MadeUpCameras() {}

  /**
   * Returns {@code count} overt, owned, recording cameras by one manufacturer, camera {@code i}
   * with the id {@code A-i}, in service since a day in 2020 or early 2021, made each time it is
   * read.
   */
  static List<Asset> of(int count, String manufacturer) {
    return new AbstractList<>() {
      @Override
      public Asset get(int i) {
        return Asset.builder("A-" + i)
            .description("Camera " + i + " on the ring road")
            .manufacturer(manufacturer)
            .category(AssetCategory.FIXED_CAMERA)
            .capabilities(Capability.RECORDING)
            .deployment(Deployment.OVERT)
            .owned(true)
            .status(AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2020, 1, 1).plusDays(i % 500))
            .site("Site " + i)
            .build();
      }

      @Override
      public int size() {
        return count;
      }
    };
  }
}
