package org.oversight.register.calendar;

/** A part of the UK with its own list of bank holidays. */
public enum UkNation {
  /** England and Wales. */
  ENGLAND_AND_WALES,
  /** Scotland. */
  SCOTLAND,
  /** Northern Ireland. */
  NORTHERN_IRELAND
}
