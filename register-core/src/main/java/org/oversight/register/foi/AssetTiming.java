package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * When the equipment an asset or "do you use" question asks about is, or will be, in service: on
 * the day of receipt, at any time in a period, or planned (optionally by a day).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which of the three
 * @param from the day of receipt ({@link Kind#ON}, {@link Kind#PLANNED}) or the period's first day
 * @param to the period's last day ({@link Kind#DURING}), the horizon's last day ({@link
 *     Kind#PLANNED} with a horizon), else null
 */
public record AssetTiming(Kind kind, LocalDate from, @Nullable LocalDate to) {

  /** When the equipment asked about is in service. */
  public enum Kind {
    /** In service on the day of receipt. */
    ON,
    /** In service at any time in a period. */
    DURING,
    /** Planned, not yet in service. */
    PLANNED
  }

  /**
   * Creates a value.
   *
   * @param kind which kind
   * @param from the first day
   * @param to the last day, or null
   * @throws NullPointerException if {@code kind} or {@code from} is null, or {@code to} is null for
   *     a period
   */
  public AssetTiming {
    requireNonNull(kind, "kind");
    requireNonNull(from, "from");
    if (kind == Kind.DURING) {
      requireNonNull(to, "to");
    }
  }
}
