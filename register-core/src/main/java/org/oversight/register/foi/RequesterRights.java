package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

/**
 * What a requester may do if dissatisfied: ask for an internal review, then go to the regulator.
 *
 * <p>Immutable and thread-safe.
 *
 * @param internalReviewWorkingDays how many working days the requester has to ask for a review
 * @param commissioner the regulator
 * @param commissionerAddress the regulator's address
 * @param statement the rights in words, one paragraph
 */
public record RequesterRights(
    int internalReviewWorkingDays,
    String commissioner,
    String commissionerAddress,
    String statement) {

  /**
   * Creates a value.
   *
   * @param internalReviewWorkingDays working days to ask for a review, positive
   * @param commissioner the regulator
   * @param commissionerAddress the regulator's address
   * @param statement the rights in words
   * @throws IllegalArgumentException if the number of days is not positive
   */
  public RequesterRights {
    requireNonNull(commissioner, "commissioner");
    requireNonNull(commissionerAddress, "commissionerAddress");
    requireNonNull(statement, "statement");
    if (internalReviewWorkingDays < 1) {
      throw new IllegalArgumentException(
          "internalReviewWorkingDays must be positive, was " + internalReviewWorkingDays);
    }
  }
}
