package org.oversight.register.foi;

/** What a question asks for. */
public enum QuestionKind {
  /** Assets matching criteria. */
  ASSETS,
  /** The DPIAs covering the assets of earlier questions. */
  DPIAS,
  /** The contracts the assets of earlier questions were supplied under. */
  CONTRACTS
}
