package org.oversight.register;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;

/**
 * Decides which assets are "advanced CCTV": beyond mere video recording and storing.
 *
 * <p>No regulator defines the term. The {@linkplain #standard() standard policy} follows the
 * register format: an asset is advanced when it has any capability other than the recording ones
 * ({@code RECORDING}, {@code LIVE_VIEW}, {@code PAN_TILT_ZOOM}, {@code NIGHT_VISION}, {@code
 * THERMAL_IMAGING}, {@code AUDIO_RECORDING}) — custom {@code X-} capabilities included — or its
 * category is {@code ANPR_CAMERA}, {@code FACIAL_RECOGNITION_SYSTEM} or {@code
 * VIDEO_ANALYTICS_SOFTWARE}. A caller may supply its own policy.
 *
 * <p>Implementations must be deterministic, side-effect free and thread-safe.
 */
@FunctionalInterface
public interface AdvancedCctvPolicy {

  /**
   * Returns whether the asset counts as advanced CCTV.
   *
   * @param asset the asset
   * @return true when advanced
   */
  boolean isAdvanced(Asset asset);

  /**
   * Returns the register format's default policy.
   *
   * @return the standard policy, never null
   */
  static AdvancedCctvPolicy standard() {
    return of(
        Set.of(
            Capability.RECORDING,
            Capability.LIVE_VIEW,
            Capability.PAN_TILT_ZOOM,
            Capability.NIGHT_VISION,
            Capability.THERMAL_IMAGING,
            Capability.AUDIO_RECORDING),
        EnumSet.of(
            AssetCategory.ANPR_CAMERA,
            AssetCategory.FACIAL_RECOGNITION_SYSTEM,
            AssetCategory.VIDEO_ANALYTICS_SOFTWARE));
  }

  /**
   * Returns a policy under which an asset is advanced when it has any capability outside {@code
   * recordingCapabilities}, or its category is one of {@code advancedCategories}.
   *
   * @param recordingCapabilities the capabilities that do not make an asset advanced
   * @param advancedCategories the categories that are advanced whatever their capabilities
   * @return the policy, never null
   */
  static AdvancedCctvPolicy of(
      Set<Capability> recordingCapabilities, Set<AssetCategory> advancedCategories) {
    Set<Capability> recording = Set.copyOf(requireNonNull(recordingCapabilities, "recording"));
    Set<AssetCategory> categories =
        advancedCategories.isEmpty()
            ? EnumSet.noneOf(AssetCategory.class)
            : EnumSet.copyOf(advancedCategories);
    return asset -> {
      if (categories.contains(asset.category())) {
        return true;
      }
      for (Capability capability : asset.capabilities()) {
        if (!recording.contains(capability)) {
          return true;
        }
      }
      return false;
    };
  }
}
