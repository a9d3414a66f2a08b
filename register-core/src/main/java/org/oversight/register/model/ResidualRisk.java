package org.oversight.register.model;

/**
 * The risk that remains after a DPIA's mitigations. High residual risk requires ICO consultation.
 */
public enum ResidualRisk {
  /** Low. */
  LOW,
  /** Medium. */
  MEDIUM,
  /** High: DPA 2018 s65 and UK GDPR Art 36 require consulting the ICO. */
  HIGH
}
