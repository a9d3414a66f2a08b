package org.oversight.register.benchmarks;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
import org.openjdk.jmh.infra.Blackhole;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.AssetCriteria;
import org.oversight.register.foi.DisclosedRecord;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.foi.QuestionAnswer;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.RegisterContents;

/**
 * Answering the Essex request (ref 16076: Hikvision products owned or operated, advanced CCTV, and
 * the DPIAs and contracts for both) against the asset queries the answer rests on, and against
 * writing the records the answer discloses with {@link RegisterJson} (the cost of putting the same
 * records into words of another kind); rendering the text letter is measured beside them.
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
public class FoiBenchmark {
  /** Assets in the synthetic register. */
  @Param({"1000000"})
  public int size;

  private final FoiResponder responder = FoiResponder.standard();
  private OvertRegister overt;
  private FoiRequest request;
  private LocalDate date;
  private FoiResponse response;
  private RegisterContents disclosed;
  private final RegisterJson json = RegisterJson.standard();

  /** Creates the state; JMH calls it. */
  public FoiBenchmark() {}

  /**
   * Generates the register, takes its overt view and phrases the request as at its date.
   *
   * @throws IOException never: the writers do not fail
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    AssetRegister register = AssetRegister.of(Fixtures.contents(size));
    overt = OvertRegister.of(register);
    date = register.asAt();
    AssetCriteria hikvision = AssetCriteria.ANY.withManufacturer("Hikvision");
    request =
        FoiRequest.of(
            "16076",
            date,
            FoiQuestion.assets(
                "1", "A list of all Hikvision products your force owns or operates", hikvision),
            FoiQuestion.assets(
                "2",
                "A list of all advanced CCTV products your force owns or operates",
                AssetCriteria.ANY.withAdvanced(true)),
            FoiQuestion.dpiasFor("3", "DPIAs for all of these products", "1", "2"),
            FoiQuestion.contractsFor(
                "4", "Contracts for these products' supply - prices can be redacted", "1", "2"));
    response = respond();
    disclosed = disclosedRecords(response);
    if (!FoiRenderer.plainText(response).contains(disclosed.assets().get(0).id().value())) {
      throw new IllegalStateException("the letter does not list the disclosed assets");
    }
    System.out.printf(
        "%nEssex request on %d assets: %d Hikvision, %d advanced; %d answers; disclosed: %d asset"
            + " records (%d distinct), %d DPIAs, %d contracts; %d characters of JSON, %d of"
            + " letter%n",
        size,
        hikvisionQuery().size(),
        advancedQuery().size(),
        response.answers().size(),
        disclosed.assets().size(),
        disclosed.assets().stream().distinct().count(),
        disclosed.dpias().size(),
        disclosed.contracts().size(),
        writeDisclosed(),
        renderText());
  }

  /**
   * The records the response discloses, as many times as it lists them (an asset that answers both
   * asset questions is listed, and written, twice).
   */
  private RegisterContents disclosedRecords(FoiResponse answer) {
    Map<String, Asset> assetsById = new HashMap<>();
    overt.assets().forEach(a -> assetsById.put(a.id().value(), a));
    List<Asset> assets = new ArrayList<>();
    List<Dpia> dpias = new ArrayList<>();
    List<Contract> contracts = new ArrayList<>();
    for (QuestionAnswer question : answer.answers()) {
      for (DisclosedRecord record : question.records()) {
        switch (record.type()) {
          case ASSET -> assets.add(requireNonNull(assetsById.get(record.id())));
          case DPIA -> dpias.add(byId(overt.dpias(), record.id(), Dpia::id));
          case CONTRACT -> contracts.add(byId(overt.contracts(), record.id(), Contract::id));
          case DOCUMENT ->
              throw new IllegalStateException("the benchmark's request asks for no documents");
        }
      }
    }
    return new RegisterContents(overt.organisation(), overt.asAt(), assets, dpias, contracts);
  }

  private static <R> R byId(List<R> records, String id, Function<R, String> idOf) {
    return records.stream().filter(r -> idOf.apply(r).equals(id)).findFirst().orElseThrow();
  }

  private List<Asset> hikvisionQuery() {
    return overt.query().inServiceOn(date).ownedOrOperated().manufacturer("Hikvision").list();
  }

  private List<Asset> unknownQuery() {
    return overt.query().inServiceOn(date).ownedOrOperated().manufacturerUnknown().list();
  }

  private List<Asset> advancedQuery() {
    return overt.query().inServiceOn(date).ownedOrOperated().advanced().list();
  }

  /**
   * The whole answer: every question, records with redactions, exemptions, due date.
   *
   * @return the response
   */
  @Benchmark
  public FoiResponse respond() {
    return responder.respond(overt, request);
  }

  /**
   * The records the answer discloses, written as a register document to a writer that counts the
   * characters (as a command writes to its output).
   *
   * @return the number of characters written
   * @throws IOException never: the writer does not fail
   */
  @Benchmark
  public long writeDisclosed() throws IOException {
    Counting out = new Counting();
    json.write(disclosed, out);
    return out.characters;
  }

  /**
   * The text letter of the answer (computed once, in the set-up), written as it is rendered to a
   * writer that counts the characters (as {@code register foi} writes to its output).
   *
   * @return the number of characters written
   * @throws IOException never: the writer does not fail
   */
  @Benchmark
  public long renderText() throws IOException {
    Counting out = new Counting();
    FoiRenderer.standard().letter(response, FoiRenderer.Format.TEXT, out);
    return out.characters;
  }

  /**
   * Only the asset queries the answer rests on: Hikvision, unknown manufacturer, advanced.
   *
   * @param blackhole sink
   */
  @Benchmark
  public void underlyingQueries(Blackhole blackhole) {
    blackhole.consume(hikvisionQuery());
    blackhole.consume(unknownQuery());
    blackhole.consume(advancedQuery());
  }

  /** A writer that keeps nothing and counts what it is given. */
  private static final class Counting extends Writer {
    long characters;

    @Override
    public void write(char[] chars, int offset, int length) {
      characters += length;
    }

    @Override
    public void write(String text, int offset, int length) {
      characters += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
