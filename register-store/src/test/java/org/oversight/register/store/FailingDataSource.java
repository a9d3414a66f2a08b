package org.oversight.register.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections fail at the n-th batch they execute: the way a commit dies part
 * way (the network drops, the process is killed). What happens then is up to the fault: throw as a
 * dropped connection does, or halt the whole JVM.
 */
final class FailingDataSource implements DataSource {
  /** What to do at the failing batch, given the real connection. */
  interface Fault {
    void strike(Connection connection) throws SQLException;
  }

  private final DataSource real;
  private final int failingBatch;
  private final Fault fault;
  private final AtomicInteger batches = new AtomicInteger();

  FailingDataSource(DataSource real, int failingBatch, Fault fault) {
    this.real = real;
    this.failingBatch = failingBatch;
    this.fault = fault;
  }

  /** Closes the connection under the statement and fails as a dropped connection does. */
  static Fault dropConnection() {
    return connection -> {
      connection.close();
      throw new SQLException("connection lost (simulated)", "08006");
    };
  }

  /** Stops the JVM at once, as kill -9 does: no finally block, no shutdown hook, no rollback. */
  static Fault haltJvm(int status) {
    return connection -> Runtime.getRuntime().halt(status);
  }

  int batches() {
    return batches.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(real.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(real.getConnection(username, password));
  }

  private Connection wrap(Connection connection) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result = invoke(connection, method, args);
          if (result instanceof Statement statement
              && (method.getName().equals("prepareStatement")
                  || method.getName().equals("createStatement"))) {
            return wrap(connection, statement);
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private Statement wrap(Connection connection, Statement statement) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().equals("executeBatch")
              && batches.incrementAndGet() == failingBatch) {
            fault.strike(connection);
          }
          return invoke(statement, method, args);
        };
    Class<?> type =
        statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    return (Statement)
        Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return real.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    real.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    real.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return real.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
