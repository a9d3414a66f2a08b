package org.oversight.register.compliance;

/**
 * The twelve guiding principles of the Surveillance Camera Code of Practice (Protection of Freedoms
 * Act 2012, amended Code in force 12 January 2022). The Code covers overt surveillance only, so a
 * finding about a covert asset names no principle.
 */
public enum CodePrinciple {
  /** 1: use must always be for a specified purpose in pursuit of a legitimate aim. */
  SPECIFIED_PURPOSE(1, "specified purpose"),
  /** 2: the effect on individuals and their privacy must be considered and regularly reviewed. */
  PRIVACY(2, "privacy considered and reviewed"),
  /** 3: as much transparency as possible, with a published contact point. */
  TRANSPARENCY(3, "transparency and a contact point"),
  /** 4: clear responsibility and accountability for all activities. */
  RESPONSIBILITY(4, "clear responsibility"),
  /** 5: clear rules, policies and procedures must be in place before use. */
  RULES_BEFORE_USE(5, "rules and policies before use"),
  /** 6: no more images and information stored than strictly required. */
  RETENTION(6, "keep no more images than needed"),
  /** 7: restricted access to retained images and information, and clear disclosure rules. */
  ACCESS_AND_DISCLOSURE(7, "restricted access and disclosure"),
  /** 8: operators should consider approved operational, technical and competency standards. */
  STANDARDS(8, "approved standards"),
  /** 9: images and information subject to appropriate security measures. */
  SECURITY(9, "security"),
  /** 10: effective review and audit, with regular reports published. */
  REVIEW_AND_AUDIT(10, "review, audit and published reports"),
  /** 11: use in the most effective way to support public safety and law enforcement. */
  EVIDENTIAL_USE(11, "effective evidential use"),
  /** 12: reference databases used for matching must be accurate and kept up to date. */
  REFERENCE_DATABASES(12, "accurate reference databases for matching");

  private final int number;
  private final String summary;

  CodePrinciple(int number, String summary) {
    this.number = number;
    this.summary = summary;
  }

  /**
   * Returns the principle's number in the Code, 1 to 12.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * Returns a few words saying what the principle asks.
   *
   * @return the summary, never null
   */
  public String summary() {
    return summary;
  }

  @Override
  public String toString() {
    return "principle " + number + " (" + summary + ")";
  }
}
