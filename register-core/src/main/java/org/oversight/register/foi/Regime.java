package org.oversight.register.foi;

import org.jspecify.annotations.Nullable;

/**
 * The law a request is made under: it decides section numbers, the cost limit, the
 * neither-confirm-nor-deny provision and the regulator.
 */
public enum Regime {
  /** The Freedom of Information Act 2000 (England, Wales, Northern Ireland and UK bodies). */
  FOIA(
      "Freedom of Information Act 2000",
      450,
      null,
      "1(4)",
      "Information Commissioner",
      "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF"
          + " (ico.org.uk)"),
  /** The Freedom of Information (Scotland) Act 2002. */
  FOISA(
      "Freedom of Information (Scotland) Act 2002",
      600,
      "18(1)",
      "1(4)",
      "Scottish Information Commissioner",
      "Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife"
          + " KY16 9DS");

  private final String actName;
  private final int costLimitPounds;
  private final @Nullable String ncndProvision;
  private final String asAtSection;
  private final String commissioner;
  private final String commissionerAddress;

  Regime(
      String actName,
      int costLimitPounds,
      @Nullable String ncndProvision,
      String asAtSection,
      String commissioner,
      String commissionerAddress) {
    this.actName = actName;
    this.costLimitPounds = costLimitPounds;
    this.ncndProvision = ncndProvision;
    this.asAtSection = asAtSection;
    this.commissioner = commissioner;
    this.commissionerAddress = commissionerAddress;
  }

  /**
   * Returns the Act's full name.
   *
   * @return the name, never null
   */
  public String actName() {
    return actName;
  }

  /**
   * Returns the appropriate limit for the cost of compliance, in pounds: £450 under FOIA (the Fees
   * Regulations 2004, for police and councils), £600 under FOISA.
   *
   * @return the limit in pounds
   */
  public int costLimitPounds() {
    return costLimitPounds;
  }

  /**
   * Returns the general neither-confirm-nor-deny provision, if the regime has one: FOISA's s18(1).
   * Under FOIA each exemption has its own NCND subsection, so there is none.
   *
   * @return the section, such as {@code "18(1)"}, or null under FOIA
   */
  public @Nullable String ncndProvision() {
    return ncndProvision;
  }

  /**
   * Returns the section that fixes the information as that held when the request was received.
   *
   * @return the section, never null
   */
  public String asAtSection() {
    return asAtSection;
  }

  /**
   * Returns the regulator a requester may complain to after internal review.
   *
   * @return the regulator's name, never null
   */
  public String commissioner() {
    return commissioner;
  }

  /**
   * Returns the regulator's postal address and website.
   *
   * @return the address, never null
   */
  public String commissionerAddress() {
    return commissionerAddress;
  }
}
