package org.oversight.register.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The bank holidays gov.uk publishes for each part of the UK, 2012 to 2027, written out by hand:
 * the oracle that computed holidays and FOI working days are tested against.
 */
public final class PublishedBankHolidays {
  /** The first year written out here. */
  public static final int FIRST_YEAR = 2012;

  /** The last year written out here. */
  public static final int LAST_YEAR = 2027;

  // The gov.uk published lists (www.gov.uk/bank-holidays and its bank-holidays.json), written out
  // by hand, one line a year. 2012-2022 were checked against a copy of gov.uk's bank-holidays.json
  // (the one cached by the Ministry of Justice's govuk-bank-holidays package); the 2022 State
  // Funeral (19 September) and the 2023 coronation (8 May) were proclaimed later and are on gov.uk.
  static final Map<Integer, String> ENGLAND_AND_WALES_2012_TO_2017 =
      Map.of(
          2012, "01-02 04-06 04-09 05-07 06-04 06-05 08-27 12-25 12-26",
          2013, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
          2014, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
          2015, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
          2016, "01-01 03-25 03-28 05-02 05-30 08-29 12-26 12-27",
          2017, "01-02 04-14 04-17 05-01 05-29 08-28 12-25 12-26");

  // Scotland: 2 January (or its substitute), no Easter Monday, summer on the first Monday of
  // August,
  // St Andrew's Day (30 November, or the Monday after when it falls at a weekend: 2013, 2014).
  static final Map<Integer, String> SCOTLAND_2012_TO_2017 =
      Map.of(
          2012, "01-02 01-03 04-06 05-07 06-04 06-05 08-06 11-30 12-25 12-26",
          2013, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
          2014, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
          2015, "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
          2016, "01-01 01-04 03-25 05-02 05-30 08-01 11-30 12-26 12-27",
          2017, "01-02 01-03 04-14 05-01 05-29 08-07 11-30 12-25 12-26");

  // Northern Ireland: St Patrick's Day and the Battle of the Boyne, each moved off a weekend.
  static final Map<Integer, String> NORTHERN_IRELAND_2012_TO_2017 =
      Map.of(
          2012, "01-02 03-19 04-06 04-09 05-07 06-04 06-05 07-12 08-27 12-25 12-26",
          2013, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",
          2014, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
          2015, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
          2016, "01-01 03-17 03-25 03-28 05-02 05-30 07-12 08-29 12-26 12-27",
          2017, "01-02 03-17 04-14 04-17 05-01 05-29 07-12 08-28 12-25 12-26");

  static final Map<Integer, String> ENGLAND_AND_WALES =
      Map.of(
          2018, "01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
          2019, "01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
          2020, "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
          2021, "01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
          2022, "01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
          2023, "01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
          2024, "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
          2025, "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
          2026, "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
          2027, "01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28");

  static final Map<Integer, String> SCOTLAND =
      Map.of(
          2018, "01-01 01-02 03-30 05-07 05-28 08-06 11-30 12-25 12-26",
          2019, "01-01 01-02 04-19 05-06 05-27 08-05 12-02 12-25 12-26",
          2020, "01-01 01-02 04-10 05-08 05-25 08-03 11-30 12-25 12-28",
          2021, "01-01 01-04 04-02 05-03 05-31 08-02 11-30 12-27 12-28",
          2022, "01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27",
          2023, "01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26",
          2024, "01-01 01-02 03-29 05-06 05-27 08-05 12-02 12-25 12-26",
          2025, "01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
          2026, "01-01 01-02 04-03 05-04 05-25 08-03 11-30 12-25 12-28",
          2027, "01-01 01-04 03-26 05-03 05-31 08-02 11-30 12-27 12-28");

  static final Map<Integer, String> NORTHERN_IRELAND =
      Map.of(
          2018, "01-01 03-19 03-30 04-02 05-07 05-28 07-12 08-27 12-25 12-26",
          2019, "01-01 03-18 04-19 04-22 05-06 05-27 07-12 08-26 12-25 12-26",
          2020, "01-01 03-17 04-10 04-13 05-08 05-25 07-13 08-31 12-25 12-28",
          2021, "01-01 03-17 04-02 04-05 05-03 05-31 07-12 08-30 12-27 12-28",
          2022, "01-03 03-17 04-15 04-18 05-02 06-02 06-03 07-12 08-29 09-19 12-26 12-27",
          2023, "01-02 03-17 04-07 04-10 05-01 05-08 05-29 07-12 08-28 12-25 12-26",
          2024, "01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",
          2025, "01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26",
          2026, "01-01 03-17 04-03 04-06 05-04 05-25 07-13 08-31 12-25 12-28",
          2027, "01-01 03-17 03-26 03-29 05-03 05-31 07-12 08-30 12-27 12-28");

  private PublishedBankHolidays() {}

  /**
   * Returns every published bank holiday of a part of the UK, {@value #FIRST_YEAR} to {@value
   * #LAST_YEAR}.
   *
   * @param nation the part of the UK
   * @return the days, sorted
   */
  public static NavigableSet<LocalDate> of(UkNation nation) {
    TreeSet<LocalDate> days = new TreeSet<>();
    List<Map<Integer, String>> lists =
        switch (nation) {
          case ENGLAND_AND_WALES -> List.of(ENGLAND_AND_WALES_2012_TO_2017, ENGLAND_AND_WALES);
          case SCOTLAND -> List.of(SCOTLAND_2012_TO_2017, SCOTLAND);
          case NORTHERN_IRELAND -> List.of(NORTHERN_IRELAND_2012_TO_2017, NORTHERN_IRELAND);
        };
    lists.forEach(list -> list.forEach((year, text) -> days.addAll(dates(year, text))));
    return days;
  }

  static List<LocalDate> dates(int year, String days) {
    return Arrays.stream(days.split(" ")).map(d -> LocalDate.parse(year + "-" + d)).toList();
  }
}
