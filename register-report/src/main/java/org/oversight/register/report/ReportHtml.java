package org.oversight.register.report;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.oversight.register.foi.OvertRegister;

/**
 * Writes a {@link TransparencyReport} as one self-contained HTML page a resident can open on a
 * phone or print: headline figures, bar charts (inline SVG, each with a table giving the same
 * figures), a map of located equipment when its locations may be published, DPIA coverage, DPIAs
 * and contracts with their published links, and the organisation's contact for questions and FOI
 * requests.
 *
 * <p>What the page guarantees:
 *
 * <ul>
 *   <li>Built from the overt view only: registers that differ only in covert records give the same
 *       bytes.
 *   <li>Every text from the register is HTML-escaped by the template engine; links are written only
 *       for absolute {@code https:} and {@code http:} addresses (and {@code mailto:} for the FOI
 *       contact's e-mail address). Its Content-Security-Policy allows no script, no request to any
 *       site and no style but its own, so even a mistake could not make it run or load anything.
 *   <li>Readable without JavaScript (it has none), accessible (headings in order, tables with
 *       header cells, colour never the only cue), readable from 320 pixels wide, and printable.
 *   <li>Deterministic: the same report gives the same bytes, whatever the clock, locale or
 *       platform; lines end with {@code \n}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ReportHtml {

  private ReportHtml() {}

  /**
   * Renders a report as an HTML page.
   *
   * @param report the report
   * @return the page, never null
   */
  public static String render(TransparencyReport report) {
    requireNonNull(report, "report");
    return Templates.render(Page.of(report));
  }

  /**
   * Renders the report of a register's overt part on a day, with the standard options, as an HTML
   * page.
   *
   * @param register the overt view of the register
   * @param date the day the figures are for
   * @return the page, never null
   */
  public static String render(OvertRegister register, LocalDate date) {
    return render(TransparencyReport.of(register, date));
  }

  /**
   * Renders a report as the bytes of an HTML file: UTF-8, no byte order mark.
   *
   * @param report the report
   * @return the bytes, never null
   */
  public static byte[] bytes(TransparencyReport report) {
    return render(report).getBytes(StandardCharsets.UTF_8);
  }
}
