/** A downstream application on Jackson 2 that uses the register through its public API. */
module org.oversight.downstream {
  requires org.oversight.register.json;
  requires org.oversight.register.testkit;
  requires com.fasterxml.jackson.databind;

  exports org.oversight.downstream;
}
