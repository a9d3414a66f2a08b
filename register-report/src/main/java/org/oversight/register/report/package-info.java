/**
 * The public transparency report.
 *
 * <p>{@link org.oversight.register.report.TransparencyReport#of} computes the report's figures from
 * an {@link org.oversight.register.foi.OvertRegister} on a date: units in service by category and
 * by vendor group (unknown manufacturers counted on their own), units from vendors on restriction
 * lists, units in service over time, located cameras, DPIA coverage, DPIAs and contracts, and the
 * organisation's contact. {@link org.oversight.register.report.ReportHtml#render} writes them as
 * one self-contained HTML page with logic-less templates, every text escaped by the template
 * engine: no script, no network at view time, the same bytes for the same register and date.
 */
@NullMarked
package org.oversight.register.report;

import org.jspecify.annotations.NullMarked;
