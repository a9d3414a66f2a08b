package org.oversight.register.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UkBankHolidaysTest {

  @Test
  void englandAndWalesMatchesThePublishedLists2018To2027() {
    check(PublishedBankHolidays.ENGLAND_AND_WALES, UkNation.ENGLAND_AND_WALES);
  }

  @Test
  void scotlandMatchesThePublishedLists2018To2027() {
    check(PublishedBankHolidays.SCOTLAND, UkNation.SCOTLAND);
  }

  @Test
  void northernIrelandMatchesThePublishedLists2018To2027() {
    check(PublishedBankHolidays.NORTHERN_IRELAND, UkNation.NORTHERN_IRELAND);
  }

  @Test
  void everyPartMatchesThePublishedLists2012To2017() {
    check(PublishedBankHolidays.ENGLAND_AND_WALES_2012_TO_2017, UkNation.ENGLAND_AND_WALES);
    check(PublishedBankHolidays.SCOTLAND_2012_TO_2017, UkNation.SCOTLAND);
    check(PublishedBankHolidays.NORTHERN_IRELAND_2012_TO_2017, UkNation.NORTHERN_IRELAND);
  }

  @Test
  void stAndrewsDayIsABankHolidayFrom2007Only() {
    // St Andrew's Day Bank Holiday (Scotland) Act 2007, in force 16 January 2007.
    assertThat(UkBankHolidays.in(2006, UkNation.SCOTLAND))
        .doesNotContain(LocalDate.of(2006, 11, 30));
    assertThat(UkBankHolidays.in(2007, UkNation.SCOTLAND)).contains(LocalDate.of(2007, 11, 30));
    // 2008: 30 November is a Sunday, so the holiday is Monday 1 December.
    assertThat(UkBankHolidays.in(2008, UkNation.SCOTLAND))
        .contains(LocalDate.of(2008, 12, 1))
        .doesNotContain(LocalDate.of(2008, 11, 30));
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

  private static void check(Map<Integer, String> lists, UkNation nation) {
    lists.forEach(
        (year, days) ->
            assertThat(UkBankHolidays.in(year, nation))
                .as("%s %d", nation, year)
                .containsExactlyElementsOf(PublishedBankHolidays.dates(year, days)));
  }
}
