package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oversight.register.calendar.PublishedBankHolidays;
import org.oversight.register.calendar.UkNation;
import org.oversight.register.validation.Problem;

class RegimeTest {

  @ParameterizedTest
  @CsvSource({
    // FOISA s73: only Scotland's holidays count. Easter Monday 2024 is not one; Good Friday is.
    "FOISA,2024-03-14,2024-04-12",
    // FOIA s10(6): St Patrick's substitute (18 Mar), Good Friday and Easter Monday all count.
    "FOIA,2024-03-14,2024-04-16",
    // England and Wales' summer bank holiday (28 Aug 2023) is not a Scottish holiday.
    "FOISA,2023-08-14,2023-09-11",
    "FOIA,2023-08-14,2023-09-12",
    // The Essex request.
    "FOIA,2021-09-06,2021-10-04",
    // St Andrew's Day 2022 (Wednesday) counts under both Acts.
    "FOISA,2022-11-25,2022-12-28",
    "FOIA,2022-11-25,2022-12-28"
  })
  void dueDateIsTheTwentiethWorkingDayOfTheRegime(
      Regime regime, LocalDate received, LocalDate due) {
    assertThat(regime.dueDate(received)).isEqualTo(due);
  }

  @Test
  void regimesCountTheHolidaysTheirActsName() {
    assertThat(Regime.FOIA.bankHolidayNations()).isEqualTo(EnumSet.allOf(UkNation.class));
    assertThat(Regime.FOISA.bankHolidayNations()).containsExactly(UkNation.SCOTLAND);
  }

  @Test
  void dueDatesAgreeWithThePublishedListsForEveryReceiptDate2012To2027() {
    for (Regime regime : Regime.values()) {
      Set<LocalDate> holidays = new TreeSet<>();
      regime.bankHolidayNations().forEach(n -> holidays.addAll(PublishedBankHolidays.of(n)));
      LocalDate last = LocalDate.of(PublishedBankHolidays.LAST_YEAR, 11, 30);
      for (LocalDate received = LocalDate.of(PublishedBankHolidays.FIRST_YEAR, 1, 1);
          !received.isAfter(last);
          received = received.plusDays(1)) {
        assertThat(regime.dueDate(received))
            .as("%s received %s", regime, received)
            .isEqualTo(twentiethWorkingDay(received, holidays));
      }
    }
  }

  @Test
  void refusesReceiptDatesOutsideTheSupportedRange() {
    for (Regime regime : Regime.values()) {
      assertThatThrownBy(() -> regime.dueDate(LocalDate.of(1977, 5, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1977-05-01")
          .hasMessageContaining("2005-01-01");
      assertThatThrownBy(() -> regime.dueDate(Regime.FIRST_RECEIPT_DATE.minusDays(1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> regime.dueDate(Regime.LAST_RECEIPT_DATE.plusDays(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("9999-11-30");
      assertThatThrownBy(() -> regime.dueDate(LocalDate.of(1, 1, 1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Regime.isSupportedReceiptDate(LocalDate.of(2004, 12, 31))).isFalse();
    assertThat(Regime.isSupportedReceiptDate(LocalDate.of(2005, 1, 1))).isTrue();
  }

  @Test
  void everySupportedReceiptDateHasADueDateTheRegisterFormatCanWrite() {
    Random random = new Random(20240314L);
    long first = Regime.FIRST_RECEIPT_DATE.toEpochDay();
    long span = Regime.LAST_RECEIPT_DATE.toEpochDay() - first + 1;
    for (Regime regime : Regime.values()) {
      assertThat(regime.dueDate(Regime.LAST_RECEIPT_DATE)).isBefore(LocalDate.of(10000, 1, 1));
      // Saturday 1 January 2005: the New Year substitutes (3 and 4 January) are holidays in
      // Scotland too.
      assertThat(regime.dueDate(Regime.FIRST_RECEIPT_DATE)).isEqualTo(LocalDate.of(2005, 2, 1));
      for (int i = 0; i < 2_000; i++) {
        LocalDate received = LocalDate.ofEpochDay(first + Math.floorMod(random.nextLong(), span));
        LocalDate due = regime.dueDate(received);
        assertThat(due).as("%s received %s", regime, received).isAfter(received.plusDays(19));
        assertThat(due).as("%s received %s", regime, received).isBefore(received.plusDays(50));
        assertThat(due.getYear()).isLessThanOrEqualTo(9999);
      }
    }
  }

  @Test
  void aRequestReceivedOutsideTheSupportedRangeIsALocatedProblem() {
    InvalidFoiRequestException thrown =
        catchThrowableOfType(
            InvalidFoiRequestException.class,
            () ->
                FoiRequest.of(
                    "R",
                    LocalDate.of(1977, 5, 1),
                    FoiQuestion.assets("1", "cameras", AssetCriteria.ANY)));

    assertThat(thrown.problems()).extracting(Problem::pointer).containsExactly("/receivedOn");
    assertThat(thrown.problems().get(0).message())
        .contains("1977-05-01")
        .contains("2005-01-01")
        .contains("9999-11-30");
  }

  private static LocalDate twentiethWorkingDay(LocalDate received, Set<LocalDate> holidays) {
    LocalDate day = received;
    int counted = 0;
    while (counted < 20) {
      day = day.plusDays(1);
      boolean weekend =
          day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !holidays.contains(day)) {
        counted++;
      }
    }
    return day;
  }
}
