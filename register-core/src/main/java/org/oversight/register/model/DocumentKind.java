package org.oversight.register.model;

/**
 * What kind of governing document a {@link GoverningDocument} is: the documents FOI requests about
 * surveillance technology ask for besides DPIAs (which have their own record, {@link Dpia}).
 */
public enum DocumentKind {
  /** A policy document, such as a force's facial recognition policy. */
  POLICY,
  /** A standard operating procedure. */
  STANDARD_OPERATING_PROCEDURE,
  /** An equality impact assessment (the public sector equality duty, Equality Act 2010 s149). */
  EQUALITY_IMPACT_ASSESSMENT,
  /** A legitimacy assessment (legal basis and legitimate aim of a deployment). */
  LEGITIMACY_ASSESSMENT,
  /** A necessity and proportionality assessment. */
  NECESSITY_ASSESSMENT
}
