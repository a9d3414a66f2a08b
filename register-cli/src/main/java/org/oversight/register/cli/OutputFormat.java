package org.oversight.register.cli;

/** How {@code query} prints its answer. */
enum OutputFormat {
  table,
  json,
  csv
}
