package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oversight.register.calendar.UkNation;
import org.oversight.register.calendar.WorkingDays;

/**
 * The law a request is made under: it decides section numbers, the cost limit, the
 * neither-confirm-nor-deny provision, the regulator and the days that count towards the time for
 * compliance.
 *
 * <p><b>Due dates.</b> The time for compliance is 20 working days after the day of receipt (FOIA
 * s10(1), FOISA s10(1)). FOIA s10(6) excludes Saturdays, Sundays, Christmas Day, Good Friday and
 * the bank holidays of <em>any</em> part of the UK; FOISA s73 excludes Saturdays, Sundays,
 * Christmas Day and the bank holidays <em>in Scotland</em> only. {@link #dueDate(LocalDate)}
 * computes it for receipt dates from 1 January 2005 (the day both Acts' rights of access came into
 * force) to 30 November 9999 (the last day whose due date still falls in year 9999, the last year
 * the register format can write), and refuses any other date. Bank holidays are computed from their
 * rules and the one-off days proclaimed up to this release (see {@link
 * org.oversight.register.calendar.UkBankHolidays}); a day proclaimed later is not known.
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
          + " (ico.org.uk)",
      EnumSet.allOf(UkNation.class)),
  /** The Freedom of Information (Scotland) Act 2002. */
  FOISA(
      "Freedom of Information (Scotland) Act 2002",
      600,
      "18(1)",
      "1(4)",
      "Scottish Information Commissioner",
      "Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife"
          + " KY16 9DS",
      EnumSet.of(UkNation.SCOTLAND));

  /**
   * The first receipt date {@link #dueDate(LocalDate)} accepts: 1 January 2005, when the general
   * rights of access of FOIA (s1) and FOISA (s1) came into force.
   */
  public static final LocalDate FIRST_RECEIPT_DATE = LocalDate.of(2005, 1, 1);

  /**
   * The last receipt date {@link #dueDate(LocalDate)} accepts: 30 November 9999, so that every due
   * date falls in year 9999 or earlier and can be written as {@code yyyy-MM-dd}.
   */
  public static final LocalDate LAST_RECEIPT_DATE = LocalDate.of(9999, 11, 30);

  /** The time for compliance: FOIA s10(1), FOISA s10(1). */
  private static final int WORKING_DAYS_TO_RESPOND = 20;

  private final String actName;
  private final int costLimitPounds;
  private final @Nullable String ncndProvision;
  private final String asAtSection;
  private final String commissioner;
  private final String commissionerAddress;
  private final ImmutableSet<UkNation> bankHolidayNations;

  Regime(
      String actName,
      int costLimitPounds,
      @Nullable String ncndProvision,
      String asAtSection,
      String commissioner,
      String commissionerAddress,
      Set<UkNation> bankHolidayNations) {
    this.actName = actName;
    this.costLimitPounds = costLimitPounds;
    this.ncndProvision = ncndProvision;
    this.asAtSection = asAtSection;
    this.commissioner = commissioner;
    this.commissionerAddress = commissionerAddress;
    this.bankHolidayNations = Sets.immutableEnumSet(bankHolidayNations);
  }

  /**
   * Returns the parts of the UK whose bank holidays are not working days under this Act: every part
   * under FOIA (s10(6)), Scotland only under FOISA (s73).
   *
   * @return an unmodifiable set, never empty
   */
  public Set<UkNation> bankHolidayNations() {
    return bankHolidayNations;
  }

  /**
   * Returns whether a receipt date is one {@link #dueDate(LocalDate)} computes a due date for: from
   * {@link #FIRST_RECEIPT_DATE} to {@link #LAST_RECEIPT_DATE}.
   *
   * @param receivedOn the day a request was received
   * @return true when it is in the supported range
   */
  public static boolean isSupportedReceiptDate(LocalDate receivedOn) {
    requireNonNull(receivedOn, "receivedOn");
    return !receivedOn.isBefore(FIRST_RECEIPT_DATE) && !receivedOn.isAfter(LAST_RECEIPT_DATE);
  }

  /**
   * Says why a receipt date has no due date, for a problem or an exception message.
   *
   * @param receivedOn a date outside the supported range
   * @return one sentence, never null
   */
  static String unsupportedReceiptDate(LocalDate receivedOn) {
    return "received on "
        + receivedOn
        + ", outside the dates a due date can be computed for ("
        + FIRST_RECEIPT_DATE
        + ", when the FOI Acts' rights of access came into force, to "
        + LAST_RECEIPT_DATE
        + ")";
  }

  /**
   * Returns the day a response is due: the 20th working day after the day of receipt, where the
   * working days are those of this Act (see {@link #bankHolidayNations()}). A request received on a
   * non-working day counts from the next working day as day one.
   *
   * @param receivedOn the day the request was received
   * @return the due date, never null
   * @throws IllegalArgumentException if the date is outside {@link #FIRST_RECEIPT_DATE} to {@link
   *     #LAST_RECEIPT_DATE}
   */
  public LocalDate dueDate(LocalDate receivedOn) {
    if (!isSupportedReceiptDate(receivedOn)) {
      throw new IllegalArgumentException(unsupportedReceiptDate(receivedOn));
    }
    return WorkingDays.plusWorkingDays(receivedOn, WORKING_DAYS_TO_RESPOND, bankHolidayNations);
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
   * Returns the hourly rate at which staff time counts towards the appropriate limit: £25 under
   * FOIA (the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations
   * 2004, reg 4(4)), so 18 hours for £450; at most £15 under FOISA (the Freedom of Information
   * (Fees for Required Disclosure) (Scotland) Regulations 2004, reg 3), so 40 hours for £600.
   *
   * @return the rate in pounds
   */
  public int costPerHourPounds() {
    return this == FOIA ? 25 : 15;
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
