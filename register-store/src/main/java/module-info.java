/**
 * Keeps every revision of a register, with who changed it, when and why, in a database: embedded H2
 * in a directory by default, or PostgreSQL.
 *
 * <p>The public API is {@link org.oversight.register.store.RegisterStore}; the FOI side needs only
 * {@link org.oversight.register.store.RecordedRegisters}, which answers with registers and nothing
 * of the audit trail.
 */
module org.oversight.register.store {
  requires static transitive org.jspecify;
  requires transitive org.oversight.register;
  requires transitive java.sql;
  requires org.oversight.register.json;
  requires flyway.core;
  // The two JDBC drivers the store supports, found by java.sql.DriverManager.
  requires com.h2database;
  requires org.postgresql.jdbc;

  exports org.oversight.register.store;
}
