package org.oversight.register.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Ranges of days, closed or open-ended, at their first and last day and one day outside. */
class DateRangeTest {
  static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);
  static final LocalDate JAN_31 = LocalDate.of(2024, 1, 31);

  @Test
  void aClosedRangeContainsItsFirstAndLastDayAndNothingOutside() {
    DateRange january = DateRange.ofClosed(JAN_1, JAN_31);

    assertThat(january.contains(JAN_1)).isTrue();
    assertThat(january.contains(JAN_31)).isTrue();
    assertThat(january.contains(JAN_1.minusDays(1))).isFalse();
    assertThat(january.contains(JAN_31.plusDays(1))).isFalse();
    assertThat(january.start()).isEqualTo(JAN_1);
    assertThat(january.end()).contains(JAN_31);
    assertThat(january.isOpenEnded()).isFalse();
    assertThat(DateRange.ofClosed(JAN_1, JAN_1).contains(JAN_1)).isTrue();
    assertThatThrownBy(() -> DateRange.ofClosed(JAN_31, JAN_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the end 2024-01-01 is before the start 2024-01-31");
  }

  @Test
  void anOpenEndedRangeContainsEveryDayFromItsStart() {
    DateRange from = DateRange.from(JAN_1);

    assertThat(from.contains(LocalDate.of(9999, 12, 31))).isTrue();
    assertThat(from.contains(JAN_1)).isTrue();
    assertThat(from.contains(JAN_1.minusDays(1))).isFalse();
    assertThat(from.isOpenEnded()).isTrue();
    assertThat(from.end()).isEmpty();
    assertThat(from.endsBefore(LocalDate.of(9999, 12, 31))).isFalse();
    assertThat(DateRange.of(JAN_1, null)).isEqualTo(from);
    assertThat(DateRange.of(JAN_1, JAN_31)).isEqualTo(DateRange.ofClosed(JAN_1, JAN_31));
  }

  @Test
  void endsBeforeADayOnlyWhenItsLastDayIsEarlier() {
    DateRange january = DateRange.ofClosed(JAN_1, JAN_31);

    assertThat(january.endsBefore(JAN_31.plusDays(1))).isTrue();
    assertThat(january.endsBefore(JAN_31)).isFalse();
    assertThat(january.endsBefore(JAN_1)).isFalse();
  }

  @Test
  void rangesOverlapWhenTheyShareAtLeastOneDay() {
    DateRange january = DateRange.ofClosed(JAN_1, JAN_31);
    LocalDate feb1 = JAN_31.plusDays(1);

    assertThat(january.overlaps(DateRange.ofClosed(JAN_31, feb1))).isTrue();
    assertThat(DateRange.ofClosed(JAN_31, feb1).overlaps(january)).isTrue();
    assertThat(january.overlaps(DateRange.ofClosed(feb1, feb1.plusDays(3)))).isFalse();
    assertThat(DateRange.ofClosed(feb1, feb1.plusDays(3)).overlaps(january)).isFalse();
    assertThat(january.overlaps(DateRange.ofClosed(JAN_1.minusDays(9), JAN_1))).isTrue();
    assertThat(january.overlaps(DateRange.ofClosed(JAN_1.minusDays(9), JAN_1.minusDays(1))))
        .isFalse();
    assertThat(january.overlaps(DateRange.from(JAN_31))).isTrue();
    assertThat(january.overlaps(DateRange.from(feb1))).isFalse();
    assertThat(DateRange.from(feb1).overlaps(january)).isFalse();
    assertThat(DateRange.from(JAN_31).overlaps(january)).isTrue();
    assertThat(DateRange.from(feb1).overlaps(DateRange.from(JAN_1))).isTrue();
  }

  @Test
  void parseReadsWhatToStringWrites() {
    DateRange january = DateRange.ofClosed(JAN_1, JAN_31);
    DateRange from = DateRange.from(JAN_1);

    assertThat(january).hasToString("2024-01-01/2024-01-31");
    assertThat(from).hasToString("2024-01-01/..");
    assertThat(DateRange.parse("2024-01-01/2024-01-31")).isEqualTo(january);
    assertThat(DateRange.parse("2024-01-01/..")).isEqualTo(from);
    assertThatThrownBy(() -> DateRange.parse("2024-01-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a date range is START/END or START/..");
    // A slash first leaves the start empty: a malformed date, not a missing slash.
    assertThatThrownBy(() -> DateRange.parse("/.."))
        .isInstanceOf(java.time.format.DateTimeParseException.class);
  }

  @Test
  void equalRangesHaveEqualHashCodes() {
    DateRange january = DateRange.ofClosed(JAN_1, JAN_31);

    assertThat(january)
        .isEqualTo(DateRange.ofClosed(JAN_1, JAN_31))
        .hasSameHashCodeAs(DateRange.ofClosed(JAN_1, JAN_31))
        .isNotEqualTo(DateRange.ofClosed(JAN_1, JAN_31.minusDays(1)))
        .isNotEqualTo(DateRange.ofClosed(JAN_1.plusDays(1), JAN_31))
        .isNotEqualTo(DateRange.from(JAN_1))
        .isNotEqualTo("2024-01-01/2024-01-31");
    assertThat(DateRange.from(JAN_1)).hasSameHashCodeAs(DateRange.from(JAN_1));
    assertThat(DateRange.from(JAN_1).hashCode()).isEqualTo(JAN_1.hashCode() * 31);
    assertThat(january.hashCode()).isEqualTo(JAN_1.hashCode() * 31 + JAN_31.hashCode());
  }
}
