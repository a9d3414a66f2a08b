/**
 * Reads and writes the register's reference data format, JSON schema version 1, with Jackson 3.
 *
 * <p>The public API is {@link org.oversight.register.json.RegisterJson}; the JSON Schema of the
 * document is a resource of this module ({@code
 * org/oversight/register/json/register-v1.schema.json}).
 */
module org.oversight.register.json {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires com.google.common;

  exports org.oversight.register.json;
}
