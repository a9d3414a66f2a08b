package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Dpia;
import org.oversight.register.validation.Problem;

class RecordLinesTest {
  private static final RegisterJson JSON = RegisterJson.standard();

  private static AssetRegister essex() throws IOException {
    return JSON.read(EssexExampleTest.EXAMPLE);
  }

  private static String lines(List<Asset> assets) {
    return assets.stream()
        .map(a -> JSON.writeRecord(Asset.TYPE, a))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static List<Problem> problems(String text) {
    try {
      JSON.readRecords(Asset.TYPE, new StringReader(text));
    } catch (RegisterFormatException e) {
      return e.problems();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no problem reported");
  }

  @Test
  void everyRecordWrittenOnALineOfItsOwnReadsBackInOrder() throws Exception {
    List<Asset> assets = essex().assets();

    assertThat(JSON.readRecords(Asset.TYPE, new StringReader(lines(assets)))).isEqualTo(assets);
  }

  @Test
  void recordsOfAnotherTypeReadTheSameWay() throws Exception {
    List<Dpia> dpias = essex().dpias();
    String text =
        dpias.stream().map(d -> JSON.writeRecord(Dpia.TYPE, d)).collect(Collectors.joining("\n"));

    assertThat(JSON.readRecords(Dpia.TYPE, new StringReader(text))).isEqualTo(dpias);
  }

  @Test
  void aTextWithNoRecordsIsAnEmptyList() throws Exception {
    assertThat(JSON.readRecords(Asset.TYPE, new StringReader(""))).isEmpty();
    assertThat(JSON.readRecords(Asset.TYPE, new StringReader("\n\n"))).isEmpty();
  }

  @Test
  void blankLinesBetweenRecordsAreAllowed() throws Exception {
    List<Asset> assets = essex().assets().subList(0, 2);
    String text =
        JSON.writeRecord(Asset.TYPE, assets.get(0))
            + "\n\n\n"
            + JSON.writeRecord(Asset.TYPE, assets.get(1));

    assertThat(JSON.readRecords(Asset.TYPE, new StringReader(text))).isEqualTo(assets);
  }

  @Test
  void twoRecordsOnOneLineAreAProblemAtTheSecond() throws Exception {
    List<Asset> assets = essex().assets().subList(0, 2);
    String first = JSON.writeRecord(Asset.TYPE, assets.get(0));
    String text = first + " " + JSON.writeRecord(Asset.TYPE, assets.get(1)) + "\n";

    List<Problem> problems = problems(text);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(1);
    assertThat(problems.get(0).column()).isEqualTo(first.length() + 2);
    assertThat(problems.get(0).message()).contains("a second record on line 1");
  }

  @Test
  void aRepeatedIdIsAProblemNamingTheLineThatFirstUsedIt() throws Exception {
    Asset asset = essex().assets().get(0);
    String line = JSON.writeRecord(Asset.TYPE, asset);

    List<Problem> problems = problems(line + "\n" + line + "\n");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(2);
    assertThat(problems.get(0).pointer()).isEqualTo("/id");
    assertThat(problems.get(0).message())
        .isEqualTo("duplicate id \"" + asset.id().value() + "\", first used on line 1");
  }

  @Test
  void aBadValueIsPlacedOnItsLineWithAPointerInsideItsRecord() throws Exception {
    List<Asset> assets = essex().assets().subList(0, 3);
    String good = JSON.writeRecord(Asset.TYPE, assets.get(0));
    String bad =
        JSON.writeRecord(Asset.TYPE, assets.get(1))
            .replaceFirst("\"inServiceFrom\": \"[0-9-]+\"", "\"inServiceFrom\": \"2021-02-30\"");
    assertThat(bad).contains("2021-02-30");

    List<Problem> problems =
        problems(good + "\n" + bad + "\n" + JSON.writeRecord(Asset.TYPE, assets.get(2)));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).line()).isEqualTo(2);
    assertThat(problems.get(0).column()).isEqualTo(bad.indexOf("\"2021-02-30\"") + 1);
    assertThat(problems.get(0).pointer()).isEqualTo("/inServiceFrom");
    assertThat(problems.get(0).message()).contains("\"2021-02-30\" is not a real date");
  }

  @Test
  void aLineThatIsNotAnObjectIsAProblemAndReadingGoesOn() throws Exception {
    Asset asset = essex().assets().get(0);
    String text = "[1, 2]\n" + JSON.writeRecord(Asset.TYPE, asset) + "\n\"text\"\n";

    List<Problem> problems = problems(text);

    assertThat(problems).extracting(Problem::line).containsExactly(1, 3);
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("must be an object"));
  }

  @Test
  void brokenJsonIsOneLocatedProblem() {
    List<Problem> problems = problems("{\"id\": \"CAM-1\",\n");

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).message()).contains("ends before it is complete");
  }

  @Test
  void aFailingReaderIsAnIoExceptionNotAFormatProblem() {
    IOException failure = new IOException("disk gone");
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw failure;
          }

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> JSON.readRecords(Asset.TYPE, failing)).isSameAs(failure);
  }

  @Test
  void problemsStopAtTheLimit() throws Exception {
    RegisterJson strict =
        RegisterJson.withOptions(RegisterJson.Options.defaults().withMaxProblems(2));
    String text = "1\n2\n3\n4\n5\n";

    RegisterFormatException e =
        Assertions.assertThrows(
            RegisterFormatException.class,
            () -> strict.readRecords(Asset.TYPE, new StringReader(text)));

    assertThat(e.problems()).hasSize(3);
    assertThat(e.problems().get(2).message()).isEqualTo("too many problems: stopped after 2");
  }
}
