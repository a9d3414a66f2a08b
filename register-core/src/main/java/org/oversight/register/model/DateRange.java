package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A range of days with a first day and, unless it is open-ended, a last day, both inclusive: an
 * asset's time in service, a contract's term. In the manner of threeten-extra's {@code
 * LocalDateRange}, so that "is it in service on this day?" is asked in one place.
 *
 * <p>Immutable and thread-safe; {@link #toString()} writes ISO 8601 {@code 2019-04-01/2024-02-29},
 * or {@code 2019-04-01/..} when open-ended, and {@link #parse(CharSequence)} reads it back.
 */
public final class DateRange {
  private final LocalDate start;
  private final @Nullable LocalDate end;

  private DateRange(LocalDate start, @Nullable LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A range from one day to another, both included.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the range, never null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateRange ofClosed(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("the end " + end + " is before the start " + start);
    }
    return new DateRange(start, end);
  }

  /**
   * A range from one day with no last day.
   *
   * @param start the first day
   * @return the range, never null
   */
  public static DateRange from(LocalDate start) {
    return new DateRange(requireNonNull(start, "start"), null);
  }

  /**
   * A range from a first day to a last day if there is one.
   *
   * @param start the first day
   * @param end the last day, or null for an open-ended range
   * @return the range, never null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, @Nullable LocalDate end) {
    return end == null ? from(start) : ofClosed(start, end);
  }

  /**
   * Reads the form {@link #toString()} writes.
   *
   * @param text {@code 2019-04-01/2024-02-29} or {@code 2019-04-01/..}
   * @return the range, never null
   * @throws java.time.format.DateTimeParseException if a date is malformed
   * @throws IllegalArgumentException if there is no {@code /}, or the end is before the start
   */
  public static DateRange parse(CharSequence text) {
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("a date range is START/END or START/..");
    }
    LocalDate start = LocalDate.parse(s.substring(0, slash));
    String end = s.substring(slash + 1);
    return end.equals("..") ? from(start) : ofClosed(start, LocalDate.parse(end));
  }

  /**
   * Returns the first day.
   *
   * @return the first day, never null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day, if the range has one.
   *
   * @return the last day, or empty when open-ended
   */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /**
   * Returns whether the range has no last day.
   *
   * @return true when open-ended
   */
  public boolean isOpenEnded() {
    return end == null;
  }

  /**
   * Returns whether a day is in the range.
   *
   * @param date the day
   * @return true when it is on or after the start and, if there is an end, on or before it
   */
  public boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /**
   * Returns whether two ranges share at least one day.
   *
   * @param other the other range
   * @return true when they overlap
   */
  public boolean overlaps(DateRange other) {
    requireNonNull(other, "other");
    boolean startsBeforeOtherEnds = other.end == null || !start.isAfter(other.end);
    boolean otherStartsBeforeThisEnds = end == null || !other.start.isAfter(end);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Returns whether the range ended before a day.
   *
   * @param date the day
   * @return true when it has an end and the end is before {@code date}
   */
  public boolean endsBefore(LocalDate date) {
    return end != null && end.isBefore(date);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DateRange that
        && start.equals(that.start)
        && java.util.Objects.equals(end, that.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + (end == null ? 0 : end.hashCode());
  }

  @Override
  public String toString() {
    return start + "/" + (end == null ? ".." : end.toString());
  }
}
