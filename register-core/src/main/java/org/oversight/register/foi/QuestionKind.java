package org.oversight.register.foi;

/** What a question asks for. */
public enum QuestionKind {
  /** Assets matching criteria. */
  ASSETS,
  /** The DPIAs covering the assets of earlier questions. */
  DPIAS,
  /** The contracts the assets of earlier questions were supplied under (or their suppliers). */
  CONTRACTS,
  /** Only the names of the suppliers of the assets of earlier questions. */
  SUPPLIERS,
  /** Whether equipment matching criteria is held or used: yes or no. */
  USES,
  /**
   * The governing documents (policies, procedures, assessments) of the assets of earlier questions.
   */
  DOCUMENTS,
  /** A question the register cannot answer, answered by the disclosure officer in the request. */
  OFFICER
}
