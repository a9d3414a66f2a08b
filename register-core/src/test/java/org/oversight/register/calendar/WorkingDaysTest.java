package org.oversight.register.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
  private static final LocalDate FIRST = LocalDate.of(PublishedBankHolidays.FIRST_YEAR, 1, 1);
  private static final LocalDate LAST = LocalDate.of(PublishedBankHolidays.LAST_YEAR, 12, 31);

  @Test
  void workingDaysOfScotlandSkipOnlyScottishHolidays2012To2027() {
    assertAgreesWithPublishedLists(EnumSet.of(UkNation.SCOTLAND));
  }

  @Test
  void workingDaysOfEveryPartSkipTheHolidaysOfAnyPart2012To2027() {
    assertAgreesWithPublishedLists(EnumSet.allOf(UkNation.class));
    // The one-nation overloads keep their meaning: any part of the UK.
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      assertThat(WorkingDays.isWorkingDay(day))
          .as("%s", day)
          .isEqualTo(WorkingDays.isWorkingDay(day, EnumSet.allOf(UkNation.class)));
    }
  }

  @Test
  void aHolidayOfAnotherPartIsAWorkingDayInScotland() {
    Set<UkNation> scotland = EnumSet.of(UkNation.SCOTLAND);
    // Easter Monday 2024 (not in Scotland), St Patrick's substitute 2024 (Northern Ireland),
    // summer bank holiday 2023 of England and Wales (Scotland's was 7 August).
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2024, 4, 1), scotland)).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2024, 3, 18), scotland)).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2023, 8, 28), scotland)).isTrue();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2023, 8, 7), scotland)).isFalse();
    assertThat(WorkingDays.isWorkingDay(LocalDate.of(2024, 4, 1))).isFalse();
  }

  @Test
  void countsFromTheDayAfterInTheGivenParts() {
    assertThat(
            WorkingDays.plusWorkingDays(
                LocalDate.of(2024, 3, 14), 20, EnumSet.of(UkNation.SCOTLAND)))
        .isEqualTo(LocalDate.of(2024, 4, 12));
    assertThat(WorkingDays.plusWorkingDays(LocalDate.of(2024, 3, 14), 20))
        .isEqualTo(LocalDate.of(2024, 4, 16));
  }

  @Test
  void needsAtLeastOnePartOfTheUk() {
    assertThatThrownBy(
            () ->
                WorkingDays.isWorkingDay(LocalDate.of(2024, 1, 2), EnumSet.noneOf(UkNation.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one part of the UK");
  }

  private static void assertAgreesWithPublishedLists(Set<UkNation> nations) {
    Set<LocalDate> holidays = new TreeSet<>();
    nations.forEach(n -> holidays.addAll(PublishedBankHolidays.of(n)));
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      assertThat(WorkingDays.isWorkingDay(day, nations))
          .as("%s in %s", day, nations)
          .isEqualTo(!weekend && !holidays.contains(day));
    }
  }
}
