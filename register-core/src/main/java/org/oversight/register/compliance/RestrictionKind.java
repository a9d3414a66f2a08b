package org.oversight.register.compliance;

/** Whether a list restricts vendors or only names them as of concern. */
public enum RestrictionKind {
  /** A legal or policy restriction, for example US NDAA FY2019 s889. */
  RESTRICTION,
  /** Named as a vendor of concern, for example by the Commissioner's 2022 police survey. */
  CONCERN
}
