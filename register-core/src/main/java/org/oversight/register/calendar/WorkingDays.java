package org.oversight.register.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working days for FOI time limits: a working day is any day other than a Saturday, a Sunday, or a
 * bank holiday in the parts of the UK that count. FOIA s10(6) counts the bank holidays of every
 * part of the UK; FOISA s73 counts only Scotland's (see {@code Regime#bankHolidayNations()} in the
 * {@code foi} package). Christmas Day and Good Friday, which both Acts also name, are bank holidays
 * in every part of the UK in the published lists, so they need no rule of their own.
 *
 * <p>The methods without a set of parts count the holidays of every part of the UK. Stateless and
 * thread-safe.
 */
public final class WorkingDays {
  private static final Set<UkNation> EVERY_PART = EnumSet.allOf(UkNation.class);

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
    return isWorkingDay(date, EVERY_PART);
  }

  /**
   * Returns whether a day is a working day: a weekday that is not a bank holiday in any of the
   * given parts of the UK.
   *
   * @param date the day
   * @param holidaysOf the parts of the UK whose bank holidays are not working days, at least one
   * @return true when it is a working day
   * @throws IllegalArgumentException if no part is given, or the year is before {@value
   *     UkBankHolidays#FIRST_YEAR}
   */
  public static boolean isWorkingDay(LocalDate date, Set<UkNation> holidaysOf) {
    requireNonNull(date, "date");
    requireParts(holidaysOf);
    if (UkBankHolidays.isWeekend(date)) {
      return false;
    }
    for (UkNation nation : holidaysOf) {
      if (UkBankHolidays.in(date.getYear(), nation).contains(date)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the {@code n}th working day after a day, counting the bank holidays of every part of
   * the UK, not counting the day itself.
   *
   * @param start the day counted from
   * @param n how many working days, at least 1
   * @return the day, never null
   * @throws IllegalArgumentException if {@code n} is less than 1, or a year on the way is before
   *     {@value UkBankHolidays#FIRST_YEAR}
   */
  public static LocalDate plusWorkingDays(LocalDate start, int n) {
    return plusWorkingDays(start, n, EVERY_PART);
  }

  /**
   * Returns the {@code n}th working day after a day, not counting the day itself: the 20th working
   * day after receipt is the FOI due date. A request received on a non-working day still counts
   * from the next working day as day one.
   *
   * @param start the day counted from
   * @param n how many working days, at least 1
   * @param holidaysOf the parts of the UK whose bank holidays are not working days, at least one
   * @return the day, never null
   * @throws IllegalArgumentException if {@code n} is less than 1, no part is given, or a year on
   *     the way is before {@value UkBankHolidays#FIRST_YEAR}
   */
  public static LocalDate plusWorkingDays(LocalDate start, int n, Set<UkNation> holidaysOf) {
    requireNonNull(start, "start");
    requireParts(holidaysOf);
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day, holidaysOf)) {
        counted++;
      }
    }
    return day;
  }

  private static void requireParts(Set<UkNation> holidaysOf) {
    requireNonNull(holidaysOf, "holidaysOf");
    if (holidaysOf.isEmpty()) {
      throw new IllegalArgumentException("give at least one part of the UK whose holidays count");
    }
  }
}
