package org.oversight.register.calendar;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The bank holidays of each part of the UK, computed from their rules: New Year's Day (and 2
 * January in Scotland), Good Friday, Easter Monday (not in Scotland), St Patrick's Day and the
 * Battle of the Boyne (Northern Ireland), the early May and spring bank holidays (first and last
 * Mondays of May), the summer bank holiday (last Monday of August; first Monday in Scotland), St
 * Andrew's Day (Scotland, from 2007), Christmas Day and Boxing Day. A fixed-date holiday that falls
 * on a weekend, or on a day that is already a holiday, is replaced by the next weekday that is not.
 *
 * <p>The one-off changes proclaimed since 1995 are built in: early May moved to 8 May in 1995 and
 * 2020; spring moved to 4 June in 2002 and 2012 and to 2 June in 2022; extra days on 31 December
 * 1999, 3 June 2002, 29 April 2011, 5 June 2012, 3 June 2022, 19 September 2022 and 8 May 2023.
 * One-off days proclaimed after this release are not known to it. Years before 1978 (when the early
 * May bank holiday began) are not supported.
 *
 * <p>Stateless and thread-safe.
 */
public final class UkBankHolidays {

  /** The first year whose holidays this class computes. */
  public static final int FIRST_YEAR = 1978;

  /**
   * The first year with a St Andrew's Day bank holiday in Scotland: the St Andrew's Day Bank
   * Holiday (Scotland) Act 2007 came into force on 16 January 2007.
   */
  private static final int FIRST_ST_ANDREWS_DAY_YEAR = 2007;

  private static final DayOfWeek MONDAY = DayOfWeek.MONDAY;

  /** Extra days proclaimed UK-wide: millennium, jubilees, royal wedding, funeral, coronation. */
  private static final Set<LocalDate> ONE_OFF_DAYS =
      Set.of(
          LocalDate.of(1999, 12, 31),
          LocalDate.of(2002, 6, 3),
          LocalDate.of(2011, 4, 29),
          LocalDate.of(2012, 6, 5),
          LocalDate.of(2022, 6, 3),
          LocalDate.of(2022, 9, 19),
          LocalDate.of(2023, 5, 8));

  /** The last year computed for each part, so that a walk through working days computes once. */
  private static final Map<UkNation, AtomicReference<@Nullable YearHolidays>> LAST_COMPUTED =
      lastComputed();

  private record YearHolidays(int year, NavigableSet<LocalDate> days) {}

  private static Map<UkNation, AtomicReference<@Nullable YearHolidays>> lastComputed() {
    Map<UkNation, AtomicReference<@Nullable YearHolidays>> map = new EnumMap<>(UkNation.class);
    for (UkNation nation : UkNation.values()) {
      map.put(nation, new AtomicReference<>());
    }
    return Collections.unmodifiableMap(map);
  }

  private UkBankHolidays() {}

  /**
   * Returns the bank holidays of one part of the UK in a year.
   *
   * @param year the year, {@value #FIRST_YEAR} or later
   * @param nation the part of the UK
   * @return an unmodifiable sorted set, never null
   * @throws IllegalArgumentException if the year is before {@value #FIRST_YEAR}
   */
  public static NavigableSet<LocalDate> in(int year, UkNation nation) {
    requireNonNull(nation, "nation");
    if (year < FIRST_YEAR) {
      throw new IllegalArgumentException(
          "bank holidays are known from " + FIRST_YEAR + ", was " + year);
    }
    AtomicReference<@Nullable YearHolidays> cache = requireNonNull(LAST_COMPUTED.get(nation));
    YearHolidays last = cache.get();
    if (last != null && last.year() == year) {
      return last.days();
    }
    NavigableSet<LocalDate> days = compute(year, nation);
    cache.set(new YearHolidays(year, days));
    return days;
  }

  private static NavigableSet<LocalDate> compute(int year, UkNation nation) {
    TreeSet<LocalDate> days = new TreeSet<>();
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    if (nation != UkNation.SCOTLAND) {
      days.add(easter.plusDays(1));
    }
    days.add(earlyMay(year));
    days.add(spring(year));
    days.add(
        nation == UkNation.SCOTLAND
            ? LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.firstInMonth(MONDAY))
            : LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(MONDAY)));
    addOneOffs(year, days);
    // Fixed-date holidays last, in date order, so that each substitute skips the days already
    // taken.
    addFixed(days, LocalDate.of(year, Month.JANUARY, 1));
    if (nation == UkNation.SCOTLAND) {
      addFixed(days, LocalDate.of(year, Month.JANUARY, 2));
    }
    if (nation == UkNation.NORTHERN_IRELAND) {
      addFixed(days, LocalDate.of(year, Month.MARCH, 17));
      addFixed(days, LocalDate.of(year, Month.JULY, 12));
    }
    if (nation == UkNation.SCOTLAND && year >= FIRST_ST_ANDREWS_DAY_YEAR) {
      // 30 November, or the first Monday after it when it falls at a weekend.
      addFixed(days, LocalDate.of(year, Month.NOVEMBER, 30));
    }
    addFixed(days, LocalDate.of(year, Month.DECEMBER, 25));
    addFixed(days, LocalDate.of(year, Month.DECEMBER, 26));
    return Collections.unmodifiableNavigableSet(days);
  }

  /**
   * Returns the bank holidays of every part of the UK in a year, by part.
   *
   * @param year the year, {@value #FIRST_YEAR} or later
   * @return an unmodifiable map with an entry for each part, never null
   * @throws IllegalArgumentException if the year is before {@value #FIRST_YEAR}
   */
  public static Map<UkNation, NavigableSet<LocalDate>> in(int year) {
    Map<UkNation, NavigableSet<LocalDate>> all = new EnumMap<>(UkNation.class);
    for (UkNation nation : UkNation.values()) {
      all.put(nation, in(year, nation));
    }
    return Collections.unmodifiableMap(all);
  }

  /**
   * Returns whether a day is a bank holiday in any part of the UK.
   *
   * @param date the day
   * @return true when it is a bank holiday in England and Wales, Scotland or Northern Ireland
   * @throws IllegalArgumentException if the year is before {@value #FIRST_YEAR}
   */
  public static boolean isBankHolidayAnywhere(LocalDate date) {
    requireNonNull(date, "date");
    for (UkNation nation : UkNation.values()) {
      if (in(date.getYear(), nation).contains(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus).
   *
   * @param year the year
   * @return Easter Sunday, never null
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate earlyMay(int year) {
    if (year == 1995 || year == 2020) {
      return LocalDate.of(year, Month.MAY, 8); // VE day anniversaries (50th and 75th)
    }
    return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(MONDAY));
  }

  private static LocalDate spring(int year) {
    return switch (year) {
      // moved for the golden and diamond jubilees
      case 2002, 2012 -> LocalDate.of(year, Month.JUNE, 4);
      // moved for the platinum jubilee
      case 2022 -> LocalDate.of(year, Month.JUNE, 2);
      default -> LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(MONDAY));
    };
  }

  private static void addOneOffs(int year, Set<LocalDate> days) {
    for (LocalDate day : ONE_OFF_DAYS) {
      if (day.getYear() == year) {
        days.add(day);
      }
    }
  }

  private static void addFixed(Set<LocalDate> days, LocalDate date) {
    LocalDate day = date;
    while (isWeekend(day) || days.contains(day)) {
      day = day.plusDays(1);
    }
    days.add(day);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
