package org.oversight.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oversight.register.store.postgres.PostgresServer;

/**
 * The store contract on a real PostgreSQL server that the test starts (installed binaries through
 * initdb and pg_ctl, or embedded PostgreSQL where none are installed) and stops.
 */
class PostgresStoreTest extends StoreContract {
  private static PostgresServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = PostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Override
  StoreLocation newLocation() throws Exception {
    return StoreLocation.jdbc(server.newDatabase());
  }

  @Test
  void openingADatabaseWithoutAStoreSaysSo() throws Exception {
    StoreLocation location = newLocation();

    assertThatThrownBy(() -> RegisterStore.open(location))
        .isInstanceOf(StoreException.class)
        .hasMessageEndingWith(": holds no register store (initialise one first)");
  }

  @Test
  void aStoreGoesBesideAnApplicationsOwnTables() throws Exception {
    StoreLocation location = newLocation();
    try (var connection =
            java.sql.DriverManager.getConnection(location.url(false), location.properties());
        var statement = connection.createStatement()) {
      statement.execute("CREATE TABLE force_incident (id BIGINT PRIMARY KEY, summary TEXT)");
    }

    try (RegisterStore store = RegisterStore.init(location)) {
      store.commit(0, essex(), "a", "first", T1);
      assertThat(store.latest().orElseThrow().register()).isEqualTo(essex());
    }
    assertThat(count(location, "SELECT COUNT(*) FROM force_incident")).isZero();
  }

  @Test
  void theServerIsRealPostgresql() throws Exception {
    StoreLocation location = newLocation();
    try (var connection =
            java.sql.DriverManager.getConnection(location.url(false), location.properties());
        var rows = connection.createStatement().executeQuery("SELECT version()")) {
      rows.next();
      assertThat(rows.getString(1)).startsWith("PostgreSQL ");
    }
  }
}
