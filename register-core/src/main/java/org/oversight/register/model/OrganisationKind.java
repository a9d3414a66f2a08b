package org.oversight.register.model;

/**
 * What kind of public authority an organisation is. It decides which neither-confirm-nor-deny
 * exemptions fit its answers: a police force deals with security bodies and has covert powers; a
 * council's car-park cameras are not a national security matter.
 */
public enum OrganisationKind {
  /** A territorial police force or other police body. */
  POLICE_FORCE,
  /** A county, district, unitary, metropolitan or London borough council. */
  LOCAL_AUTHORITY,
  /** Any other public authority. */
  OTHER_PUBLIC_AUTHORITY
}
