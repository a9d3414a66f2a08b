/**
 * Compliance: which assets fall under which vendor restriction list and why ({@link
 * org.oversight.register.compliance.RestrictionCheck}), a report of findings for a register at a
 * date, each overt finding mapped to the Surveillance Camera Code principle it concerns ({@link
 * org.oversight.register.compliance.ComplianceReport}), and a summary shaped like the Biometrics
 * and Surveillance Camera Commissioner's 2022 police survey ({@link
 * org.oversight.register.compliance.SurveySummary}).
 *
 * <p>Nothing here reads the clock: every answer is for a date the caller passes in. No message ever
 * contains a covert asset's authorisation reference.
 */
@NullMarked
package org.oversight.register.compliance;

import org.jspecify.annotations.NullMarked;
