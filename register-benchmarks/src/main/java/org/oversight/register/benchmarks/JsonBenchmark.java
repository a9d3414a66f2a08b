package org.oversight.register.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.RegisterContents;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing a register document with {@link RegisterJson} (parse, validate, build the
 * indexed register) against plain Jackson databind of the same bytes into {@link PlainDocument}
 * records. Documents are held in memory so that the file system is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@SuppressWarnings("NullAway.Init") // JMH fills parameters and runs @Setup before any benchmark
public class JsonBenchmark {
  /** Assets in the synthetic register. */
  @Param({"100000", "1000000"})
  public int size;

  private final RegisterJson json = RegisterJson.standard();
  private final JsonMapper mapper = JsonMapper.builder().build();
  private byte[] document;
  private AssetRegister register;
  private PlainDocument plain;

  /** Creates the state; JMH calls it. */
  public JsonBenchmark() {}

  /**
   * Writes the synthetic register and checks that both readers read it back.
   *
   * @throws IOException never, the streams are in memory
   * @throws RegisterFormatException if the register's own output does not read back
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, RegisterFormatException {
    RegisterContents contents = Fixtures.contents(size);
    register = AssetRegister.of(contents);
    ByteArrayOutputStream out = new ByteArrayOutputStream(size * 400);
    json.write(register, out);
    document = out.toByteArray();
    plain = mapper.readValue(document, PlainDocument.class);
    if (!readRegister().equals(register) || plain.assets().size() != size) {
      throw new IllegalStateException("the readers do not read the document back");
    }
    System.out.printf(
        "%n%d assets: %d bytes of JSON (%.0f per asset)%n",
        size, document.length, (double) document.length / size);
  }

  /**
   * The library's full read: parse, validate every record, build the indexed register.
   *
   * @return the register
   * @throws IOException never
   * @throws RegisterFormatException never, the document is valid
   */
  @Benchmark
  public AssetRegister readRegister() throws IOException, RegisterFormatException {
    return json.read(new ByteArrayInputStream(document));
  }

  /**
   * The library's read without building the register: parse and validate.
   *
   * @return the contents
   * @throws IOException never
   * @throws RegisterFormatException never, the document is valid
   */
  @Benchmark
  public RegisterContents readContents() throws IOException, RegisterFormatException {
    return json.readContents(new ByteArrayInputStream(document));
  }

  /**
   * Plain Jackson databind of the same bytes into records.
   *
   * @return the records
   */
  @Benchmark
  public PlainDocument readDatabind() {
    return mapper.readValue(new ByteArrayInputStream(document), PlainDocument.class);
  }

  /**
   * The library's canonical writer.
   *
   * @throws IOException never
   */
  @Benchmark
  public void writeRegister() throws IOException {
    json.write(register, OutputStream.nullOutputStream());
  }

  /** Plain Jackson databind writing the same data from records. */
  @Benchmark
  public void writeDatabind() {
    mapper.writeValue(OutputStream.nullOutputStream(), plain);
  }
}
