package org.oversight.register.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Asset;
import org.oversight.register.model.RegisterContents;

/**
 * Hibernate Validator's cost per valid asset: one asset at a time (what the JSON reader does as it
 * parses each record) and the whole-register path ({@link RegisterValidator#validate(
 * RegisterContents)}, which {@code AssetRegister.of} runs), both reported per asset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@SuppressWarnings("NullAway.Init") // JMH runs @Setup before any benchmark
public class ValidationBenchmark {
  static final int ASSETS = 10_000;

  private final RegisterValidator validator = RegisterValidator.standard();
  private RegisterContents contents;
  private List<Asset> assets;

  /** Creates the state; JMH calls it. */
  public ValidationBenchmark() {}

  /** Generates valid contents. */
  @Setup(Level.Trial)
  public void setUp() {
    contents = Fixtures.contents(ASSETS);
    assets = contents.assets();
    if (!validator.validate(contents).isEmpty()) {
      throw new IllegalStateException("the generator made an invalid register");
    }
  }

  /**
   * Each asset on its own, as the reader checks a record as soon as it is parsed.
   *
   * @param blackhole sink
   */
  @Benchmark
  @OperationsPerInvocation(ASSETS)
  public void perAsset(Blackhole blackhole) {
    for (Asset asset : assets) {
      blackhole.consume(validator.validate(asset));
    }
  }

  /**
   * The whole register at once: every record, unique ids and references.
   *
   * @return the problems (none)
   */
  @Benchmark
  @OperationsPerInvocation(ASSETS)
  public Object wholeRegister() {
    return validator.validate(contents);
  }
}
