package org.oversight.register.foi;

/** What kind of register record an answer discloses. */
public enum RecordKind {
  /** An asset: a piece of equipment or software, or a number of identical ones. */
  ASSET,
  /** A data protection impact assessment. */
  DPIA,
  /** A supply contract. */
  CONTRACT,
  /** A governing document other than a DPIA: a policy, procedure or assessment. */
  DOCUMENT
}
