package org.oversight.register.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.oversight.register.AdvancedCctvPolicy;
import org.oversight.register.AssetCount;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Capability;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.vendor.VendorDirectory;
import org.oversight.register.vendor.VendorGroup;

/**
 * The register's indexed query against a stream scan over the same {@code List<Asset>} and against
 * H2 in memory with indexes, for each {@link Question}, as {@code list()} and {@code count()}.
 * Every approach answers with the same {@link Asset} objects in id order; the setup checks that
 * they agree before anything is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@SuppressWarnings("NullAway.Init") // JMH fills parameters and runs @Setup before any benchmark
public class QueryBenchmark {
  /** Assets in the synthetic register. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  /** The question asked. */
  @Param({"HIKVISION", "ADVANCED", "LIVE_FACIAL_RECOGNITION", "BODY_WORN_OVERT"})
  public Question question;

  AssetRegister register;
  List<Asset> assets;
  LocalDate date;
  Predicate<Asset> scan;

  /** Creates the state; JMH calls it. */
  public QueryBenchmark() {}

  /** Generates and indexes the register, prepares the scan, and checks that both agree. */
  @Setup(Level.Trial)
  public void setUp() {
    RegisterContents contents = Fixtures.contents(size);
    register = AssetRegister.of(contents);
    assets = register.assets();
    date = register.asAt();
    scan = question.scan(new Question.ScanContext(date, hikvisionNames(), standardPolicy()));
    List<Asset> indexed = registerList();
    List<Asset> scanned = scanList();
    check(indexed, scanned, registerCount(), scanCount(), "scan");
    System.out.printf(
        "%n%s on %d assets as at %s: %d match (%.2f%%)%n",
        question, size, date, indexed.size(), 100.0 * indexed.size() / size);
  }

  private Set<String> hikvisionNames() {
    VendorDirectory vendors = register.vendors();
    VendorGroup hikvision = vendors.vendorNamed("Hikvision");
    Set<String> names = new HashSet<>();
    Set<String> seen = new HashSet<>();
    for (Asset asset : assets) {
      for (String name : new String[] {asset.manufacturer(), asset.brand()}) {
        if (name != null && seen.add(name) && vendors.matches(name, null, hikvision, date)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static AdvancedCctvPolicy standardPolicy() {
    return AdvancedCctvPolicy.standard();
  }

  static void check(
      List<Asset> expected,
      List<Asset> actual,
      AssetCount expectedCount,
      AssetCount actualCount,
      String what) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          what + " lists " + actual.size() + " assets, the register " + expected.size());
    }
    if (!expectedCount.equals(actualCount)) {
      throw new IllegalStateException(
          what + " counts " + actualCount + ", the register " + expectedCount);
    }
  }

  /**
   * The register's answer, as a list.
   *
   * @return the matching assets
   */
  @Benchmark
  public List<Asset> registerList() {
    return question.ask(register, date).list();
  }

  /**
   * The register's answer, as a count.
   *
   * @return entries and units
   */
  @Benchmark
  public AssetCount registerCount() {
    return question.ask(register, date).count();
  }

  /**
   * A stream scan over the same list.
   *
   * @return the matching assets
   */
  @Benchmark
  public List<Asset> scanList() {
    return assets.stream().filter(scan).toList();
  }

  /**
   * A scan that counts entries and units.
   *
   * @return entries and units
   */
  @Benchmark
  public AssetCount scanCount() {
    long entries = 0;
    long units = 0;
    for (Asset asset : assets) {
      if (scan.test(asset)) {
        entries++;
        units += asset.quantity();
      }
    }
    return new AssetCount(entries, units);
  }

  /**
   * H2's answer, rows mapped back to the asset objects.
   *
   * @param h2 the loaded database
   * @return the matching assets
   * @throws SQLException if H2 fails
   */
  @Benchmark
  @Measurement(iterations = 10, time = 2)
  @Warmup(iterations = 5, time = 2)
  public List<Asset> h2List(H2 h2) throws SQLException {
    return h2.list(assets);
  }

  /**
   * H2's count of entries and units.
   *
   * @param h2 the loaded database
   * @return entries and units
   * @throws SQLException if H2 fails
   */
  @Benchmark
  @Measurement(iterations = 10, time = 2)
  @Warmup(iterations = 5, time = 2)
  public AssetCount h2Count(H2 h2) throws SQLException {
    return h2.count();
  }

  /**
   * H2 in memory holding the same assets: precomputed vendor-group and advanced columns, join
   * tables for capabilities and vendor groups, and an index for each question. Only the H2
   * benchmarks pay for loading it.
   */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class H2 {
    private Connection connection;
    private PreparedStatement list;
    private PreparedStatement count;

    /** Creates the state; JMH calls it. */
    public H2() {}

    /**
     * Loads the register's assets and checks H2's answers against the register's.
     *
     * @param data the register and question
     * @throws SQLException if H2 fails
     */
    @Setup(Level.Trial)
    public void load(QueryBenchmark data) throws SQLException {
      long start = System.nanoTime();
      connection =
          DriverManager.getConnection(
              // Without this H2 hands back the previous result of an unchanged query: not a query.
              "jdbc:h2:mem:;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "");
      connection.setAutoCommit(false);
      try (Statement ddl = connection.createStatement()) {
        ddl.execute(
            "CREATE TABLE asset (pos INT PRIMARY KEY, id VARCHAR(64) NOT NULL,"
                + " category VARCHAR(32) NOT NULL, deployment VARCHAR(8) NOT NULL,"
                + " owned BOOLEAN NOT NULL, operated BOOLEAN NOT NULL, from_day INT,"
                + " until_day INT, quantity INT NOT NULL, advanced BOOLEAN NOT NULL)");
        ddl.execute(
            "CREATE TABLE asset_capability (capability VARCHAR(64), pos INT,"
                + " PRIMARY KEY (capability, pos))");
        ddl.execute(
            "CREATE TABLE asset_vendor (group_key VARCHAR(200), pos INT,"
                + " PRIMARY KEY (group_key, pos))");
      }
      insert(data);
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE INDEX asset_advanced ON asset (advanced)");
        ddl.execute("CREATE INDEX asset_category ON asset (category, deployment)");
        ddl.execute("CREATE INDEX asset_from ON asset (from_day)");
        ddl.execute("ANALYZE");
      }
      connection.commit();
      long day = data.date.toEpochDay();
      list =
          connection.prepareStatement(data.question.sql("SELECT a.pos", day) + " ORDER BY a.pos");
      count =
          connection.prepareStatement(
              data.question.sql("SELECT COUNT(*), COALESCE(SUM(a.quantity), 0)", day));
      check(data.registerList(), list(data.assets), data.registerCount(), count(), "H2");
      System.out.printf(
          "%nH2 loaded %d assets in %.1f s%n", data.size, (System.nanoTime() - start) / 1e9);
    }

    private void insert(QueryBenchmark data) throws SQLException {
      VendorDirectory vendors = data.register.vendors();
      AdvancedCctvPolicy policy = data.register.advancedPolicy();
      Map<String, List<String>> groupKeys = new HashMap<>();
      try (PreparedStatement asset =
              connection.prepareStatement(
                  "INSERT INTO asset VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement capability =
              connection.prepareStatement("INSERT INTO asset_capability VALUES (?, ?)");
          PreparedStatement vendor =
              connection.prepareStatement("INSERT INTO asset_vendor VALUES (?, ?)")) {
        int pos = 0;
        for (Asset a : data.assets) {
          asset.setInt(1, pos);
          asset.setString(2, a.id().value());
          asset.setString(3, a.category().name());
          asset.setString(4, a.deployment().name());
          asset.setBoolean(5, a.owned());
          asset.setBoolean(6, a.operated());
          boolean started = a.status() != org.oversight.register.model.AssetStatus.PLANNED;
          setDay(asset, 7, started ? a.inServiceFrom() : null);
          setDay(asset, 8, started ? a.inServiceUntil() : null);
          asset.setInt(9, a.quantity());
          asset.setBoolean(10, policy.isAdvanced(a));
          asset.addBatch();
          for (Capability c : a.capabilities()) {
            capability.setString(1, c.code());
            capability.setInt(2, pos);
            capability.addBatch();
          }
          Set<String> keys = new LinkedHashSet<>();
          for (String name : new String[] {a.manufacturer(), a.brand()}) {
            if (name != null) {
              keys.addAll(
                  groupKeys.computeIfAbsent(
                      name,
                      n -> {
                        List<String> chain = new ArrayList<>();
                        vendors
                            .groupsOn(vendors.vendorNamed(n), data.date)
                            .forEach(g -> chain.add(g.key()));
                        return chain;
                      }));
            }
          }
          for (String key : keys) {
            vendor.setString(1, key);
            vendor.setInt(2, pos);
            vendor.addBatch();
          }
          if (++pos % 1000 == 0) {
            asset.executeBatch();
            capability.executeBatch();
            vendor.executeBatch();
          }
        }
        asset.executeBatch();
        capability.executeBatch();
        vendor.executeBatch();
      }
    }

    private static void setDay(PreparedStatement statement, int column, @Nullable LocalDate day)
        throws SQLException {
      if (day == null) {
        statement.setNull(column, java.sql.Types.INTEGER);
      } else {
        statement.setInt(column, (int) day.toEpochDay());
      }
    }

    List<Asset> list(List<Asset> assets) throws SQLException {
      List<Asset> result = new ArrayList<>();
      try (ResultSet rows = list.executeQuery()) {
        while (rows.next()) {
          result.add(assets.get(rows.getInt(1)));
        }
      }
      return result;
    }

    AssetCount count() throws SQLException {
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return new AssetCount(rows.getLong(1), rows.getLong(2));
      }
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if H2 fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }
}
