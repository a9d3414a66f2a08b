package org.oversight.register.model;

/** What kind of thing an asset is. The codes are those of the register format, version 1. */
public enum AssetCategory {
  /** A camera with a fixed field of view. */
  FIXED_CAMERA,
  /** A pan-tilt-zoom camera. */
  PTZ_CAMERA,
  /** An automatic number plate recognition camera. */
  ANPR_CAMERA,
  /** Body-worn video. */
  BODY_WORN_CAMERA,
  /** A camera fitted to a vehicle. */
  VEHICLE_CAMERA,
  /** An unmanned aircraft carrying a camera. */
  DRONE,
  /** A camera carried by a helicopter. */
  HELICOPTER_CAMERA,
  /** A thermal imaging camera. */
  THERMAL_CAMERA,
  /** Software that records, stores and plays back video. */
  VIDEO_MANAGEMENT_SYSTEM,
  /** Software that analyses video (counting, detection, behaviour). */
  VIDEO_ANALYTICS_SOFTWARE,
  /** A facial recognition system, live, retrospective or operator-initiated. */
  FACIAL_RECOGNITION_SYSTEM,
  /** Anything else. */
  OTHER
}
