package org.oversight.register.foi;

/** How the organisation stands to the assets a question asks about. */
public enum Relationship {
  /** Assets the organisation owns. */
  OWNS,
  /** Assets the organisation operates. */
  OPERATES,
  /** Assets the organisation owns, operates, or both: the default. */
  OWNS_OR_OPERATES
}
