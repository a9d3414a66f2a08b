package org.oversight.register.compliance;

import org.oversight.register.model.AssetCategory;

/**
 * The equipment categories of the Biometrics and Surveillance Camera Commissioner's 2022 police
 * survey, as far as the register's categories allow. The survey split CCTV into external and
 * internal systems; the register does not record that, so both are {@link #CCTV}.
 */
public enum SurveyCategory {
  /** Fixed, PTZ and thermal cameras, video management systems (external and internal CCTV). */
  CCTV,
  /** ANPR cameras. */
  ANPR,
  /** Body-worn video. */
  BODY_WORN_VIDEO,
  /** Drones. */
  DRONES,
  /** Helicopter cameras. */
  HELICOPTER_CAMERAS,
  /** Facial-recognition systems. */
  FACIAL_RECOGNITION,
  /** Everything else: vehicle cameras, video analytics software, other. */
  OTHER;

  /**
   * Returns the survey category of a register category.
   *
   * @param category a register category
   * @return the survey category, never null
   */
  public static SurveyCategory of(AssetCategory category) {
    return switch (category) {
      case FIXED_CAMERA, PTZ_CAMERA, THERMAL_CAMERA, VIDEO_MANAGEMENT_SYSTEM -> CCTV;
      case ANPR_CAMERA -> ANPR;
      case BODY_WORN_CAMERA -> BODY_WORN_VIDEO;
      case DRONE -> DRONES;
      case HELICOPTER_CAMERA -> HELICOPTER_CAMERAS;
      case FACIAL_RECOGNITION_SYSTEM -> FACIAL_RECOGNITION;
      case VEHICLE_CAMERA, VIDEO_ANALYTICS_SOFTWARE, OTHER -> OTHER;
    };
  }
}
