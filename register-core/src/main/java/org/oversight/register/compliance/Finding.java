package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * One compliance finding: how serious, what kind, about which record, which Surveillance Camera
 * Code principle it concerns (none for covert assets, which the Code does not cover) and a message.
 *
 * <p>Messages never contain a covert asset's authorisation reference. Immutable and thread-safe;
 * {@link #ORDER} is the order of every report: severity, code, subject, id, message.
 *
 * @param severity how serious
 * @param code what kind of finding
 * @param subject what kind of record it is about
 * @param subjectId the record's id (asset, DPIA or contract id)
 * @param principle the Code principle it concerns, or null when the subject is covert or the code
 *     names none
 * @param message what was found, in one sentence
 */
public record Finding(
    Severity severity,
    FindingCode code,
    FindingSubject subject,
    String subjectId,
    @Nullable CodePrinciple principle,
    String message) {

  /** The order of findings in a report. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::subject)
          .thenComparing(Finding::subjectId)
          .thenComparing(Finding::message);

  /**
   * Creates a value.
   *
   * @param severity how serious
   * @param code what kind of finding
   * @param subject what kind of record it is about
   * @param subjectId the record's id (asset, DPIA or contract id)
   * @param principle the Code principle it concerns, or null
   * @param message what was found, in one sentence
   * @throws NullPointerException if a required component is null
   */
  public Finding {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(subject, "subject");
    requireNonNull(subjectId, "subjectId");
    requireNonNull(message, "message");
  }

  /**
   * Returns the finding as one line: {@code ERROR CODE asset ID [principle N]: message}.
   *
   * @return the line, never null
   */
  @Override
  public String toString() {
    return severity
        + " "
        + code
        + " "
        + subject.name().toLowerCase(java.util.Locale.ROOT)
        + " "
        + subjectId
        + (principle == null ? "" : " [Code principle " + principle.number() + "]")
        + ": "
        + message;
  }
}
