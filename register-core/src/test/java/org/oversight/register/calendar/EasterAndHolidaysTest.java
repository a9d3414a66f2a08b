package org.oversight.register.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Easter Sunday against published dates chosen to reach every branch of the computus (earliest and
 * latest possible dates, the 19-year cycle's exceptions, other centuries), and holidays anywhere in
 * the UK against each nation's own list.
 */
class EasterAndHolidaysTest {

  @Test
  void easterSundayIsThePublishedDate() {
    Map<Integer, LocalDate> published =
        Map.ofEntries(
            Map.entry(1818, LocalDate.of(1818, 3, 22)), // earliest possible
            Map.entry(1886, LocalDate.of(1886, 4, 25)), // latest possible
            Map.entry(1943, LocalDate.of(1943, 4, 25)),
            Map.entry(1954, LocalDate.of(1954, 4, 18)),
            Map.entry(1981, LocalDate.of(1981, 4, 19)),
            Map.entry(2000, LocalDate.of(2000, 4, 23)),
            Map.entry(2008, LocalDate.of(2008, 3, 23)),
            Map.entry(2011, LocalDate.of(2011, 4, 24)),
            Map.entry(2016, LocalDate.of(2016, 3, 27)),
            Map.entry(2019, LocalDate.of(2019, 4, 21)),
            Map.entry(2024, LocalDate.of(2024, 3, 31)),
            Map.entry(2025, LocalDate.of(2025, 4, 20)),
            Map.entry(2038, LocalDate.of(2038, 4, 25)),
            Map.entry(2049, LocalDate.of(2049, 4, 18)),
            Map.entry(2077, LocalDate.of(2077, 4, 11)),
            Map.entry(2100, LocalDate.of(2100, 3, 28)),
            Map.entry(2285, LocalDate.of(2285, 3, 22)));

    published.forEach(
        (year, easter) ->
            assertThat(UkBankHolidays.easterSunday(year)).as("%s", year).isEqualTo(easter));
    for (int year = 1583; year <= 4099; year++) {
      LocalDate easter = UkBankHolidays.easterSunday(year);
      assertThat(easter.getDayOfWeek()).as("%s", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  @Test
  void aHolidayAnywhereIsAHolidayInAtLeastOneNation() {
    // 17 March: Northern Ireland only; 2 January and St Andrew's Day (observed): Scotland only;
    // Easter Monday: not Scotland; the first Monday of August: Scotland only.
    assertThat(UkBankHolidays.isBankHolidayAnywhere(LocalDate.of(2025, 3, 17))).isTrue();
    assertThat(UkBankHolidays.isBankHolidayAnywhere(LocalDate.of(2025, 1, 2))).isTrue();
    assertThat(UkBankHolidays.isBankHolidayAnywhere(LocalDate.of(2025, 4, 21))).isTrue();
    assertThat(UkBankHolidays.isBankHolidayAnywhere(LocalDate.of(2025, 8, 4))).isTrue();
    assertThat(UkBankHolidays.isBankHolidayAnywhere(LocalDate.of(2025, 12, 25))).isTrue();
    assertThat(UkBankHolidays.isBankHolidayAnywhere(LocalDate.of(2025, 3, 18))).isFalse();
    assertThat(UkBankHolidays.isBankHolidayAnywhere(LocalDate.of(2025, 6, 2))).isFalse();
    for (LocalDate day = LocalDate.of(2024, 1, 1);
        day.isBefore(LocalDate.of(2026, 1, 1));
        day = day.plusDays(1)) {
      LocalDate d = day;
      boolean inSome =
          UkBankHolidays.in(d.getYear()).values().stream().anyMatch(days -> days.contains(d));
      assertThat(UkBankHolidays.isBankHolidayAnywhere(d)).as("%s", d).isEqualTo(inSome);
    }
  }

  @Test
  void holidaysAreKnownFrom1978() {
    assertThat(UkBankHolidays.in(UkBankHolidays.FIRST_YEAR, UkNation.ENGLAND_AND_WALES))
        .isNotEmpty();
    assertThatThrownBy(() -> UkBankHolidays.in(1977, UkNation.ENGLAND_AND_WALES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bank holidays are known from 1978, was 1977");
    // The last year computed is remembered per nation: asking again, or for another year, still
    // gives that year's days.
    UkNation nation = UkNation.ENGLAND_AND_WALES;
    assertThat(UkBankHolidays.in(2024, nation)).allMatch(d -> d.getYear() == 2024);
    assertThat(UkBankHolidays.in(2025, nation)).allMatch(d -> d.getYear() == 2025);
    assertThat(UkBankHolidays.in(2025, nation)).allMatch(d -> d.getYear() == 2025);
    assertThat(UkBankHolidays.in(2024, nation)).allMatch(d -> d.getYear() == 2024);
  }
}
