package org.oversight.register.compliance;

/** How serious a compliance finding is; reports list the most serious first. */
public enum Severity {
  /** A legal requirement is probably not met: act now. */
  ERROR,
  /** A policy or good-practice requirement is probably not met: review. */
  WARNING,
  /** Worth knowing; nothing may be wrong. */
  INFO
}
