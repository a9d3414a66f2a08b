package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something the disclosure officer should know before sending the letter, never told to the
 * requester: the JSON response carries it and the command line prints it on standard error. The
 * templates word each code.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code what it is about
 * @param subject the record or kind concerned, such as a DPIA's id; null when none
 * @param date the date concerned, such as the register's as-at date; null when none
 */
public record OfficerWarning(Code code, @Nullable String subject, @Nullable LocalDate date) {

  /** What a warning is about. */
  public enum Code {
    /** The register's data is correct as at a day before the request was received. */
    DATA_OLDER_THAN_REQUEST,
    /** The register does not say what kind of organisation it is: the kind assumed is given. */
    ORGANISATION_KIND_ASSUMED,
    /** A DPIA or contract asked for has no document link: enclose a copy. */
    NO_DOCUMENT_RECORDED,
    /** The register records no FOI contact for the letter. */
    NO_FOI_CONTACT,
    /** The date of response is after the due date. */
    RESPONSE_LATE,
    /** The date of response is before the request was received. */
    RESPONSE_BEFORE_RECEIPT,
    /** The cost estimate is within the appropriate limit, so section 12 does not apply. */
    COST_ESTIMATE_WITHIN_LIMIT,
    /** Clarification was sought after the day the response was due. */
    CLARIFICATION_SOUGHT_LATE
  }

  /**
   * Creates a value.
   *
   * @param code what it is about
   * @param subject the record or kind concerned, or null
   * @param date the date concerned, or null
   * @throws NullPointerException if {@code code} is null
   */
  public OfficerWarning {
    requireNonNull(code, "code");
  }
}
