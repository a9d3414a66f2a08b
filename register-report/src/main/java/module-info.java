/**
 * The public transparency report: one self-contained HTML page built from the overt view of a
 * register only, so covert holdings change no byte of it.
 *
 * <p>The public API is {@link org.oversight.register.report.TransparencyReport} (the figures) and
 * {@link org.oversight.register.report.ReportHtml} (the page).
 */
module org.oversight.register.report {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires com.github.mustachejava;

  exports org.oversight.register.report;

  // The templates read the page model's records reflectively.
  opens org.oversight.register.report to
      com.github.mustachejava;
}
