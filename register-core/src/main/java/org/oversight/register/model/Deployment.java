package org.oversight.register.model;

/**
 * Whether an asset is used openly or under a covert authorisation.
 *
 * <p>Overt means anything not authorised under RIPA 2000 or the Investigatory Powers Act 2016.
 * Covert assets never influence a public answer.
 */
public enum Deployment {
  /** Used openly; within the Surveillance Camera Code of Practice. */
  OVERT,
  /** Used under a covert authorisation; never disclosed. */
  COVERT
}
