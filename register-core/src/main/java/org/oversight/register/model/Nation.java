package org.oversight.register.model;

/**
 * The nation of the United Kingdom an organisation belongs to. It decides the FOI regime by
 * default: the Freedom of Information (Scotland) Act 2002 for Scottish public authorities, the
 * Freedom of Information Act 2000 for the rest.
 */
public enum Nation {
  /** England. */
  ENGLAND,
  /** Wales. */
  WALES,
  /** Scotland: FOISA applies. */
  SCOTLAND,
  /** Northern Ireland. */
  NORTHERN_IRELAND
}
