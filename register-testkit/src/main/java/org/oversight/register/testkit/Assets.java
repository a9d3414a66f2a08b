package org.oversight.register.testkit;

import java.time.LocalDate;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;

/**
 * Valid assets in one line: builders with valid defaults, so that a test changes only what it is
 * about.
 *
 * <pre>{@code
 * Asset camera = Assets.overtCamera("CAM-1").manufacturer("Hikvision").quantity(3).build();
 * }</pre>
 *
 * <p>Every builder returned here builds an asset that the register validator accepts as it is:
 * owned and operated, in service since {@link #DEFAULT_START}, with no DPIA or contract references
 * (add them with {@code dpiaIds(...)} and {@code contractIds(...)} together with the matching DPIAs
 * and contracts in the register). Stateless and thread-safe; each call returns a new builder.
 */
public final class Assets {
  /** The first day in service of every asset built here, unless changed: 2019-04-01. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2019, 4, 1);

  /** The authorisation reference of a covert asset built here, unless changed. */
  public static final String DEFAULT_AUTHORISATION_REF = "RIPA-DS-2021-001";

  private Assets() {}

  /**
   * Returns a builder for an overt, owned and operated fixed camera, in service since {@link
   * #DEFAULT_START}, that records and shows live video. Its manufacturer is unknown until set.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder overtCamera(String id) {
    return inService(id, AssetCategory.FIXED_CAMERA, Deployment.OVERT)
        .description("Public-space camera")
        .capabilities(Capability.RECORDING, Capability.LIVE_VIEW);
  }

  /**
   * Returns a builder for a covert, owned and operated fixed camera with an authorisation reference
   * ({@link #DEFAULT_AUTHORISATION_REF}), in service since {@link #DEFAULT_START}, that records
   * video.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder covertCamera(String id) {
    return inService(id, AssetCategory.FIXED_CAMERA, Deployment.COVERT)
        .capabilities(Capability.RECORDING)
        .authorisationRef(DEFAULT_AUTHORISATION_REF);
  }

  /**
   * Returns a builder for an overt pan-tilt-zoom camera that records and shows live video.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder ptzCamera(String id) {
    return inService(id, AssetCategory.PTZ_CAMERA, Deployment.OVERT)
        .description("Town centre PTZ camera")
        .capabilities(Capability.RECORDING, Capability.LIVE_VIEW, Capability.PAN_TILT_ZOOM);
  }

  /**
   * Returns a builder for an overt ANPR camera that reads number plates (advanced CCTV under the
   * standard policy).
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder anprCamera(String id) {
    return inService(id, AssetCategory.ANPR_CAMERA, Deployment.OVERT)
        .description("ANPR camera")
        .capabilities(Capability.NUMBER_PLATE_RECOGNITION, Capability.RECORDING);
  }

  /**
   * Returns a builder for overt body-worn video that records pictures and sound.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder bodyWornCamera(String id) {
    return inService(id, AssetCategory.BODY_WORN_CAMERA, Deployment.OVERT)
        .description("Body-worn video")
        .capabilities(Capability.RECORDING, Capability.AUDIO_RECORDING);
  }

  /**
   * Returns a builder for an overt drone with a thermal camera.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder drone(String id) {
    return inService(id, AssetCategory.DRONE, Deployment.OVERT)
        .description("Drone")
        .capabilities(Capability.RECORDING, Capability.LIVE_VIEW, Capability.THERMAL_IMAGING);
  }

  /**
   * Returns a builder for an overt live facial recognition system (advanced CCTV). For covert
   * facial recognition, set {@code deployment(Deployment.COVERT)} and an {@code authorisationRef}.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder facialRecognition(String id) {
    return inService(id, AssetCategory.FACIAL_RECOGNITION_SYSTEM, Deployment.OVERT)
        .description("Live facial recognition system")
        .capabilities(Capability.LIVE_FACIAL_RECOGNITION);
  }

  /**
   * Returns a builder for a covert facial recognition system with an authorisation reference
   * ({@link #DEFAULT_AUTHORISATION_REF}).
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder covertFacialRecognition(String id) {
    return inService(id, AssetCategory.FACIAL_RECOGNITION_SYSTEM, Deployment.COVERT)
        .capabilities(Capability.RETROSPECTIVE_FACIAL_RECOGNITION)
        .authorisationRef(DEFAULT_AUTHORISATION_REF);
  }

  /**
   * Returns a builder for an overt camera that is planned: not yet in service, with no dates.
   *
   * @param id the asset's id
   * @return a builder of a valid asset, never null
   */
  public static Asset.Builder planned(String id) {
    return overtCamera(id).status(AssetStatus.PLANNED).inServiceFrom(null);
  }

  /**
   * Returns a builder for an overt camera in service from {@code from} to {@code until} and now
   * decommissioned.
   *
   * @param id the asset's id
   * @param from the first day in service
   * @param until the last day in service, not before {@code from}
   * @return a builder of a valid asset, never null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static Asset.Builder decommissioned(String id, LocalDate from, LocalDate until) {
    if (until.isBefore(from)) {
      throw new IllegalArgumentException(
          "until must not be before from (" + from + "), was " + until);
    }
    return overtCamera(id)
        .status(AssetStatus.DECOMMISSIONED)
        .inServiceFrom(from)
        .inServiceUntil(until);
  }

  private static Asset.Builder inService(String id, AssetCategory category, Deployment deployment) {
    return Asset.builder(id)
        .category(category)
        .deployment(deployment)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(DEFAULT_START);
  }
}
