package org.oversight.register.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.RegisterContents;

/**
 * The overt view: derived from the register ({@link OvertRegister#of}, index restricted, nothing
 * validated again) against building a register with {@link AssetRegister#of} from the same overt
 * records (what the view cost before) and from the whole contents.
 *
 * <p>The register keeps its view once derived, so every measured derivation starts from a register
 * built afresh before the iteration (not timed): one derivation per iteration, single shot, and the
 * builds are measured the same way so that the ratios compare like with like.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@SuppressWarnings("NullAway.Init") // JMH fills parameters and runs @Setup before any benchmark
public class OvertBenchmark {
  /** Assets in the synthetic register. */
  @Param({"1000000"})
  public int size;

  private RegisterContents contents;
  private RegisterContents overtContents;
  private AssetRegister register;

  /** Creates the state; JMH calls it. */
  public OvertBenchmark() {}

  /**
   * Generates the contents, and checks that the derived view equals a register built from the overt
   * records.
   */
  @Setup(Level.Trial)
  public void setUp() {
    contents = Fixtures.contents(size);
    AssetRegister whole = AssetRegister.of(contents);
    AssetRegister overt = whole.overtOnly();
    overtContents = overt.contents();
    long overtCount =
        contents.assets().stream().filter(a -> a.deployment() == Deployment.OVERT).count();
    if (!overt.equals(AssetRegister.of(overtContents))
        || overt.assets().size() != overtCount
        || !OvertRegister.of(whole).equals(OvertRegister.of(AssetRegister.of(overtContents)))) {
      throw new IllegalStateException("the derived view differs from a freshly built register");
    }
    System.out.printf(
        "%n%d assets, %d overt; %d of %d DPIAs and %d of %d contracts in the view%n",
        size,
        overtCount,
        overt.dpias().size(),
        contents.dpias().size(),
        overt.contracts().size(),
        contents.contracts().size());
  }

  /** A register built afresh before each iteration, whose view is not yet derived. */
  @Setup(Level.Iteration)
  public void freshRegister() {
    register = AssetRegister.of(contents);
  }

  /**
   * The overt view, derived from the register.
   *
   * @return the view
   */
  @Benchmark
  public OvertRegister deriveView() {
    return OvertRegister.of(register);
  }

  /**
   * A register built from the overt records: validated and indexed from scratch.
   *
   * @return the register
   */
  @Benchmark
  public AssetRegister buildOvert() {
    return AssetRegister.of(overtContents);
  }

  /**
   * The whole register built from its contents.
   *
   * @return the register
   */
  @Benchmark
  public AssetRegister buildWhole() {
    return AssetRegister.of(contents);
  }
}
