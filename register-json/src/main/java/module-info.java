/** Reads and writes the register's reference data format, JSON schema version 1, with Jackson 3. */
module org.oversight.register.json {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires tools.jackson.databind;

  exports org.oversight.register.json;
}
