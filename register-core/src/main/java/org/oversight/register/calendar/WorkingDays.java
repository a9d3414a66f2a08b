package org.oversight.register.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Working days for FOI time limits: a working day is any day other than a Saturday, a Sunday, or a
 * bank holiday in any part of the UK (FOIA s10(6); FOISA s73 defines it the same way).
 *
 * <p>Stateless and thread-safe.
 */
public final class WorkingDays {

  private WorkingDays() {}

  /**
   * Returns whether a day is a working day: a weekday that is not a bank holiday anywhere in the
   * UK.
   *
   * @param date the day
   * @return true when it is a working day
   * @throws IllegalArgumentException if the year is before {@value UkBankHolidays#FIRST_YEAR}
   */
  public static boolean isWorkingDay(LocalDate date) {
    requireNonNull(date, "date");
    return !UkBankHolidays.isWeekend(date) && !UkBankHolidays.isBankHolidayAnywhere(date);
  }

  /**
   * Returns the {@code n}th working day after a day, not counting the day itself: the 20th working
   * day after receipt is the FOI due date. A request received on a non-working day still counts
   * from the next working day as day one.
   *
   * @param start the day counted from
   * @param n how many working days, at least 1
   * @return the day, never null
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public static LocalDate plusWorkingDays(LocalDate start, int n) {
    requireNonNull(start, "start");
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
