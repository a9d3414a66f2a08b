package org.oversight.register.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.store.RegisterStore;
import org.oversight.register.store.StoreLocation;

/**
 * {@link RegisterStore#asRecordedAt(Instant)} on the embedded default (H2 in a directory): a
 * register of 100,000 assets committed once and then changed by {@code revisions} revisions of ten
 * assets each, read back as recorded at the first, the middle and the latest revision; beside it,
 * reading the same register from its JSON document in memory ({@link RegisterJson#read}), the
 * format's own full read. One read is one operation, each timed alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@SuppressWarnings("NullAway.Init") // JMH fills parameters and runs @Setup before any benchmark
public class StoreBenchmark {
  /** Assets in the synthetic register. */
  @Param({"100000"})
  public int size;

  /** Revisions of ten changed assets after the first. */
  @Param({"100"})
  public int revisions;

  /** Which revision is read: first, middle or latest. */
  @Param({"first", "middle", "latest"})
  public String at;

  private Path dir;
  private RegisterStore store;
  private Instant instant;
  private byte[] document;

  /** Creates the state; JMH calls it. */
  public StoreBenchmark() {}

  /**
   * Builds the store and checks that both reads give the same register.
   *
   * @throws IOException if the temporary directory cannot be made
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    dir = Files.createTempDirectory("store-benchmark-");
    store = RegisterStore.init(StoreLocation.directory(dir.resolve("store")));
    AssetRegister first = StoreHistory.first(store, size);
    AssetRegister latest = StoreHistory.change(store, first, revisions);
    long number =
        switch (at) {
          case "first" -> 1;
          case "middle" -> 1 + revisions / 2;
          default -> 1 + revisions;
        };
    instant = store.log().get((int) number - 1).recordedAt();
    AssetRegister expected = store.revision(number).orElseThrow().register();
    ByteArrayOutputStream out = new ByteArrayOutputStream(size * 400);
    RegisterJson.standard().write(expected, out);
    document = out.toByteArray();
    if (!asRecordedAt().equals(expected)
        || !readJson().equals(expected)
        || (number == 1 + revisions && !expected.equals(latest))) {
      throw new IllegalStateException("the store and the JSON reader do not agree");
    }
    System.out.printf(
        "%n%d assets, %d revisions; reading revision %d (%s); %d bytes of JSON%n",
        size, 1 + revisions, number, at, document.length);
  }

  /** Closes the store and deletes it. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /**
   * The register as recorded at the instant of the chosen revision.
   *
   * @return the register
   */
  @Benchmark
  public AssetRegister asRecordedAt() {
    return store.asRecordedAt(instant).orElseThrow();
  }

  /**
   * The same register read from its JSON document in memory.
   *
   * @return the register
   * @throws IOException never, the stream is in memory
   */
  @Benchmark
  public AssetRegister readJson() throws IOException {
    return RegisterJson.standard().read(new ByteArrayInputStream(document));
  }
}
