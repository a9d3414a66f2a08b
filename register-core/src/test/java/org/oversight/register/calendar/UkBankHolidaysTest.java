package org.oversight.register.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkBankHolidaysTest {

  // The gov.uk published lists (www.gov.uk/bank-holidays), written out by hand, one line a year.
  private static final Map<Integer, String> ENGLAND_AND_WALES =
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

  private static final Map<Integer, String> SCOTLAND =
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

  private static final Map<Integer, String> NORTHERN_IRELAND =
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

  @Test
  void englandAndWalesMatchesThePublishedLists2018To2027() {
    ENGLAND_AND_WALES.forEach(
        (year, days) ->
            assertThat(UkBankHolidays.in(year, UkNation.ENGLAND_AND_WALES))
                .as("England and Wales %d", year)
                .containsExactlyElementsOf(dates(year, days)));
  }

  @Test
  void scotlandMatchesThePublishedLists2018To2027() {
    SCOTLAND.forEach(
        (year, days) ->
            assertThat(UkBankHolidays.in(year, UkNation.SCOTLAND))
                .as("Scotland %d", year)
                .containsExactlyElementsOf(dates(year, days)));
  }

  @Test
  void northernIrelandMatchesThePublishedLists2018To2027() {
    NORTHERN_IRELAND.forEach(
        (year, days) ->
            assertThat(UkBankHolidays.in(year, UkNation.NORTHERN_IRELAND))
                .as("Northern Ireland %d", year)
                .containsExactlyElementsOf(dates(year, days)));
  }

  @Test
  void oneOffDaysBefore2018AreKnown() {
    assertThat(UkBankHolidays.in(2011, UkNation.ENGLAND_AND_WALES))
        .contains(LocalDate.of(2011, 4, 29));
    assertThat(UkBankHolidays.in(2012, UkNation.SCOTLAND))
        .contains(LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5))
        .doesNotContain(LocalDate.of(2012, 5, 28));
  }

  @ParameterizedTest
  @CsvSource({
    "2018,2018-04-01",
    "2019,2019-04-21",
    "2024,2024-03-31",
    "2027,2027-03-28",
    "2038,2038-04-25",
    "2285,2285-03-22"
  })
  void computesEasterSunday(int year, LocalDate easter) {
    assertThat(UkBankHolidays.easterSunday(year)).isEqualTo(easter);
  }

  @Test
  void aBankHolidayInOnePartOfTheUkIsNotAWorkingDay() {
    // St Andrew's Day 2021 (Scotland only), Boyne 2021 (Northern Ireland only), Easter Monday 2021.
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2021, 11, 30))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2021, 7, 12))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2021, 4, 5))).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2021, 11, 29))).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2021, 11, 27))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    // The Essex request: received Monday 6 September 2021, no holidays on the way.
    "2021-09-06,2021-10-04",
    // Received on a Saturday: Monday is day one.
    "2021-09-04,2021-10-01",
    // Christmas and the New Year substitutes 2021/22 (27, 28 Dec; 3 Jan; Scotland's 4 Jan).
    "2021-12-10,2022-01-13",
    // The platinum jubilee (2, 3 June 2022) and the spring bank holiday moved.
    "2022-05-20,2022-06-21",
    // St Andrew's Day 2022 (Wednesday, Scotland only) and Christmas 2022 (26, 27 Dec).
    "2022-11-25,2022-12-28",
    // The 2020 early May bank holiday moved to Friday 8 May (VE day).
    "2020-04-24,2020-05-26"
  })
  void dueDateIsTheTwentiethWorkingDayAfterReceipt(LocalDate received, LocalDate due) {
    assertThat(WorkingDays.plusWorkingDays(received, 20)).isEqualTo(due);
  }

  @Test
  void rejectsYearsBeforeTheEarlyMayHoliday() {
    assertThatThrownBy(() -> UkBankHolidays.in(1977, UkNation.SCOTLAND))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1977");
    assertThatThrownBy(() -> WorkingDays.plusWorkingDays(LocalDate.of(2021, 1, 1), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<LocalDate> dates(int year, String days) {
    return Arrays.stream(days.split(" "))
        .map(d -> LocalDate.parse(year + "-" + d))
        .collect(Collectors.toList());
  }
}
