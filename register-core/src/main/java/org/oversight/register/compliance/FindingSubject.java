package org.oversight.register.compliance;

/** What kind of register record a finding is about. */
public enum FindingSubject {
  /** An asset, named by its id. */
  ASSET,
  /** A DPIA, named by its id. */
  DPIA,
  /** A contract, named by its id. */
  CONTRACT
}
