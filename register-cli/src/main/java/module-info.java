/** The {@code register} command line. */
module org.oversight.register.cli {
  requires static org.jspecify;
  requires org.oversight.register;
  requires org.oversight.register.json;
  requires org.oversight.register.imports;
  requires org.oversight.register.store;
  requires org.oversight.register.report;
  requires info.picocli;
  requires java.logging;

  exports org.oversight.register.cli;

  opens org.oversight.register.cli to
      info.picocli;
}
