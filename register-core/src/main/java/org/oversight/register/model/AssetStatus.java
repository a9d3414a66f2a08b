package org.oversight.register.model;

/** Where an asset is in its life. */
public enum AssetStatus {
  /** Not yet in service; {@code inServiceFrom} may be absent. */
  PLANNED,
  /** In service since {@code inServiceFrom}. */
  IN_SERVICE,
  /** Out of service since the day after {@code inServiceUntil}. */
  DECOMMISSIONED
}
