package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.oversight.register.AssetRegister;

/**
 * One revision of a register: the register as it was recorded, with its audit record.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the number and instant only.
 *
 * @param info the audit record: number, instant, author, reason
 * @param register the register, validated
 */
public record Revision(RevisionInfo info, AssetRegister register) {

  /**
   * Creates a value.
   *
   * @param info the audit record
   * @param register the register
   */
  public Revision {
    requireNonNull(info, "info");
    requireNonNull(register, "register");
  }

  /**
   * Returns the revision number.
   *
   * @return 1 or more
   */
  public long number() {
    return info.number();
  }

  /**
   * Returns the instant the revision was recorded.
   *
   * @return the instant, never null
   */
  public Instant recordedAt() {
    return info.recordedAt();
  }

  @Override
  public String toString() {
    return info.toString();
  }
}
