package org.oversight.register.store;

/** How a record changed from one revision to another. */
public enum ChangeKind {
  /** The record is new. */
  ADDED,
  /** The record is there before and after, with some field changed. */
  CHANGED,
  /** The record is gone. */
  REMOVED
}
