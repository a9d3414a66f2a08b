package org.oversight.register.compliance;

/** Why a vendor is on a list: the source names it, or we read the source as covering it. */
public enum RestrictionBasis {
  /** The list's source names the vendor. */
  STATED,
  /** The source names no company; the entry is the project's reading, and its note says why. */
  INFERRED
}
