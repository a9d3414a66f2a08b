package org.oversight.register.model;

/** The state of a data protection impact assessment. */
public enum DpiaStatus {
  /** Being written; not yet approved. */
  DRAFT,
  /** Approved and in force. */
  APPROVED,
  /** Approved, and being reviewed. */
  UNDER_REVIEW,
  /** Replaced by a later assessment. */
  SUPERSEDED
}
