package org.oversight.register.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
import org.oversight.register.imports.AssetExport;
import org.oversight.register.imports.ImportMapping;
import org.oversight.register.imports.SpreadsheetImport;
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Field;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.Values;

/**
 * Importing a spreadsheet of {@code size} rows (the register's own CSV export, every column mapped)
 * against reading the equivalent register document: the same assets, parsed and checked either way,
 * to {@link RegisterContents}. Both sources are bytes in memory. Goal: the import within 2× of the
 * JSON read.
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
public class ImportBenchmark {
  /** Rows of the spreadsheet, assets of the register. */
  @Param({"100000"})
  public int size;

  private byte[] csv;
  private byte[] json;
  private SpreadsheetImport importer;

  /** Creates the state; JMH calls it. */
  public ImportBenchmark() {}

  /**
   * Writes both sources and checks that they read to the same assets.
   *
   * @throws IOException never, the streams are in memory
   * @throws RegisterFormatException if the document does not read back
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, RegisterFormatException {
    RegisterContents contents = exportable(Fixtures.contents(size));
    csv = csv(contents);
    ByteArrayOutputStream out = new ByteArrayOutputStream(size * 400);
    RegisterJson.standard().write(contents, out);
    json = out.toByteArray();
    importer = SpreadsheetImport.of(ImportMapping.parse(AssetExport.mappingFor(contents), "m"));
    if (!importCsv().assets().equals(readJson().assets())) {
      throw new IllegalStateException("the import and the reader do not read the same assets");
    }
    System.out.printf(
        "%n%d rows: %d bytes of CSV (%.0f per row), %d bytes of JSON (%.0f per asset)%n",
        size, csv.length, (double) csv.length / size, json.length, (double) json.length / size);
  }

  /** What a spreadsheet can hold of a register: no confidential fields, no DPIAs or contracts. */
  static RegisterContents exportable(RegisterContents contents) {
    List<Asset> assets = new ArrayList<>(contents.assets().size());
    for (Asset asset : contents.assets()) {
      Values<Asset> values = Asset.TYPE.valuesOf(asset);
      for (Field<Asset, ?> field : Asset.TYPE.fields()) {
        if (field.isConfidential()) {
          values.set(field, null);
        }
      }
      values.set(Asset.DPIA_IDS, List.of()).set(Asset.CONTRACT_IDS, List.of());
      assets.add(values.build());
    }
    return new RegisterContents(
        contents.organisation(), contents.asAt(), assets, List.of(), List.of());
  }

  /** The register's assets as CSV bytes, UTF-8. */
  static byte[] csv(RegisterContents contents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(contents.assets().size() * 200);
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      AssetExport.csv(contents.assets(), writer);
    }
    return out.toByteArray();
  }

  /**
   * The spreadsheet import: every cell read and checked, then the register validated.
   *
   * @return the contents
   * @throws IOException never
   */
  @Benchmark
  public RegisterContents importCsv() throws IOException {
    return importer.read(new ByteArrayInputStream(csv), "bench.csv");
  }

  /**
   * The register document read to contents: parsed and validated.
   *
   * @return the contents
   * @throws IOException never
   * @throws RegisterFormatException never, the document is valid
   */
  @Benchmark
  public RegisterContents readJson() throws IOException, RegisterFormatException {
    return RegisterJson.standard().readContents(new ByteArrayInputStream(json));
  }
}
