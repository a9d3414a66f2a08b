package org.oversight.register.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Deployment;

/** Placeholder: the register's query against a stream scan on a tiny register. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryBenchmark {
  private AssetRegister register =
      AssetRegister.of("x", LocalDate.EPOCH, List.of(), List.of(), List.of());

  /** Creates the benchmark state. */
  public QueryBenchmark() {}

  /** Builds the register. */
  @Setup
  public void setUp() {
    Asset asset =
        Asset.builder("A-1")
            .category(AssetCategory.FIXED_CAMERA)
            .deployment(Deployment.OVERT)
            .status(AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2020, 1, 1))
            .owned(true)
            .manufacturer("Hikvision")
            .build();
    register =
        AssetRegister.of("x", LocalDate.of(2021, 9, 6), List.of(asset), List.of(), List.of());
  }

  /**
   * Counts Hikvision assets.
   *
   * @return the count
   */
  @Benchmark
  public long hikvisionCount() {
    return register.query().manufacturer("Hikvision").count().entries();
  }
}
