/**
 * Spreadsheets in, registers out: imports a CSV or XLSX list of cameras into a register through a
 * mapping, with every problem located by row and column, merges it into an existing register, and
 * exports a register as CSV or JSON Lines.
 *
 * <p>The public API is in {@link org.oversight.register.imports}; the JSON Schema of the mapping is
 * a resource of this module ({@code org/oversight/register/imports/mapping-v1.schema.json}).
 */
module org.oversight.register.imports {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires transitive org.oversight.register.json;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires org.apache.commons.csv;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml;

  exports org.oversight.register.imports;
}
