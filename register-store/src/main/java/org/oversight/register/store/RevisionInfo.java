package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the audit trail records of one revision: its number, when it was recorded, who made it and
 * why, the register's as-at date and how many records it holds.
 *
 * <p>The reason is the owner's audit text and may speak of covert assets: it is never part of a
 * public answer, and {@link #toString()} never shows it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the revision number, 1 for the first
 * @param recordedAt the instant the revision was recorded, given by the committer
 * @param author who made it
 * @param reason why, never blank
 * @param asAt the register's as-at date
 * @param assets how many assets the register holds
 * @param dpias how many DPIAs
 * @param contracts how many contracts
 */
public record RevisionInfo(
    long number,
    Instant recordedAt,
    String author,
    String reason,
    LocalDate asAt,
    int assets,
    int dpias,
    int contracts) {

  /**
   * Creates a value.
   *
   * @param number the revision number, 1 for the first
   * @param recordedAt the instant the revision was recorded
   * @param author who made it
   * @param reason why
   * @param asAt the register's as-at date
   * @param assets how many assets the register holds
   * @param dpias how many DPIAs
   * @param contracts how many contracts
   */
  public RevisionInfo {
    if (number < 1) {
      throw new IllegalArgumentException("revision numbers start at 1, was " + number);
    }
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(author, "author");
    requireNonNull(reason, "reason");
    requireNonNull(asAt, "asAt");
  }

  @Override
  public String toString() {
    return "revision " + number + " recorded at " + recordedAt;
  }
}
