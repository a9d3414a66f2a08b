package org.oversight.register.vendor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * That a vendor (a brand or subsidiary) belonged to a corporate group over a period, and who says
 * so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param member the brand or subsidiary
 * @param group the group it belonged to
 * @param from the first day, or null if since before records
 * @param until the last day, or null if it still belongs
 * @param source where this is stated; empty only for entries made in code without one
 * @param note a caveat, for example that sources disagree about a date; empty if none
 * @param basis whether the source states the membership or it is inferred from trade knowledge
 */
public record Membership(
    VendorGroup member,
    VendorGroup group,
    @Nullable LocalDate from,
    @Nullable LocalDate until,
    String source,
    String note,
    Basis basis) {

  /** Whether a membership is stated by its source or inferred. */
  public enum Basis {
    /** The source states that the member belongs to the group. */
    STATED,
    /**
     * Only trade knowledge supports the membership (the source says what it rests on): every
     * explanation of a match through it says "by inference".
     */
    INFERRED
  }

  /**
   * Creates a value.
   *
   * @param member the brand or subsidiary
   * @param group the group it belonged to
   * @param from the first day, or null if since before records
   * @param until the last day, or null if it still belongs
   * @param source where this is stated; empty only for entries made in code without one
   * @param note a caveat, for example that sources disagree about a date; empty if none
   * @param basis whether the source states the membership or it is inferred
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Membership {
    requireNonNull(member, "member");
    requireNonNull(group, "group");
    requireNonNull(source, "source");
    requireNonNull(note, "note");
    requireNonNull(basis, "basis");
    if (from != null && until != null && until.isBefore(from)) {
      throw new IllegalArgumentException(
          member.name() + " in " + group.name() + ": until " + until + " is before from " + from);
    }
  }

  /**
   * Creates a membership its source states.
   *
   * @param member the brand or subsidiary
   * @param group the group it belonged to
   * @param from the first day, or null if since before records
   * @param until the last day, or null if it still belongs
   * @param source where this is stated
   * @param note a caveat; empty if none
   * @throws NullPointerException if a required component is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public Membership(
      VendorGroup member,
      VendorGroup group,
      @Nullable LocalDate from,
      @Nullable LocalDate until,
      String source,
      String note) {
    this(member, group, from, until, source, note, Basis.STATED);
  }

  /**
   * Returns whether only trade knowledge supports the membership.
   *
   * @return true when the basis is {@link Basis#INFERRED}
   */
  public boolean isInferred() {
    return basis == Basis.INFERRED;
  }

  /**
   * Returns whether the member belonged to the group on a day.
   *
   * @param date the day
   * @return true when {@code from <= date <= until}, open ends included
   */
  public boolean isOn(LocalDate date) {
    requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  /**
   * Returns whether the period has a start or an end.
   *
   * @return true when {@code from} or {@code until} is set
   */
  public boolean isDated() {
    return from != null || until != null;
  }

  boolean overlaps(@Nullable LocalDate otherFrom, @Nullable LocalDate otherUntil) {
    boolean startsBeforeOtherEnds = from == null || otherUntil == null || !from.isAfter(otherUntil);
    boolean endsAfterOtherStarts = until == null || otherFrom == null || !until.isBefore(otherFrom);
    return startsBeforeOtherEnds && endsAfterOtherStarts;
  }
}
