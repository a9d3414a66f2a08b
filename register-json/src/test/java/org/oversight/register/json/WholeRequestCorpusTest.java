package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.foi.QuestionAnswer;
import org.oversight.register.foi.ResponseOutcome;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.GoverningDocument;

/**
 * A corpus of whole requests as people write them (in {@code requests/} beside this class): each a
 * mix of computed questions (assets, plans, periods, "do you use", suppliers, documents, DPIAs,
 * contracts) and questions the officer answers. Each is answered from the facial recognition
 * example's register (which holds covert equipment, a covert-only DPIA, contract and document, and
 * a document naming a covert asset) into a letter in which every question appears once, in order,
 * with the outcome its {@code .outcomes} file gives (a request still awaiting the clarification
 * sought under s1(3) answers nothing, and its file says so); and each letter is byte for byte the
 * one answered from the same register with every covert record taken out.
 */
class WholeRequestCorpusTest {
  private static final Path CORPUS =
      Path.of("src", "test", "resources", "org", "oversight", "register", "json", "requests");
  private static final Path REGISTER =
      Path.of("..", "examples", "facial-recognition-2025", "register.json");
  private static final LocalDate RESPONDED_ON = LocalDate.of(2025, 2, 3);

  static Stream<String> requests() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("requests")
  void everyQuestionAppearsOnceInOrderWithItsOutcome(String name) throws IOException {
    FoiRequest request = FoiJson.readRequest(CORPUS.resolve(name));
    AssetRegister register = RegisterJson.standard().read(REGISTER);
    FoiResponse response =
        FoiResponder.standard().respond(OvertRegister.of(register), request, RESPONDED_ON);
    String text = FoiRenderer.standard().letter(response, FoiRenderer.Format.TEXT);
    String markdown = FoiRenderer.standard().letter(response, FoiRenderer.Format.MARKDOWN);

    if (Boolean.getBoolean("corpus.dump")) { // for reviewing the letters: target/corpus/
      Files.createDirectories(Path.of("target", "corpus"));
      Files.writeString(Path.of("target", "corpus", name.replace(".json", ".txt")), text);
    }
    boolean pending = response.outcome() == ResponseOutcome.CLARIFICATION_SOUGHT;
    List<String> outcomes = new ArrayList<>();
    if (pending) {
      outcomes.add(response.outcome().name());
    }
    for (QuestionAnswer answer : response.answers()) {
      outcomes.add(answer.questionId() + " " + answer.outcome());
    }
    Path expected = CORPUS.resolve(name.replace(".json", ".outcomes"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, String.join("\n", outcomes) + "\n", StandardCharsets.UTF_8);
    }
    assertThat(outcomes)
        .as("outcomes of %s", name)
        .containsExactlyElementsOf(
            Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .toList());

    int textAt = -1;
    int markdownAt = -1;
    for (FoiQuestion question : request.questions()) {
      String heading = "\nQuestion " + question.id() + ": \"" + question.text() + "\"\nAnswer: ";
      if (pending) { // held pending clarification (s1(3)): nothing is answered yet
        assertThat(text).doesNotContain(heading);
        continue;
      }
      assertThat(occurrences(text, heading)).as("%s in %s", heading, name).isEqualTo(1);
      int at = text.indexOf(heading);
      assertThat(at).as("question %s of %s in order", question.id(), name).isGreaterThan(textAt);
      textAt = at;
      String answerLine = text.substring(at + heading.length()).lines().findFirst().orElse("");
      assertThat(answerLine).as("answer to %s in %s", question.id(), name).isNotBlank();
      String mdHeading = "\n## Question " + question.id() + "\n";
      assertThat(occurrences(markdown, mdHeading)).isEqualTo(1);
      assertThat(markdown.indexOf(mdHeading)).isGreaterThan(markdownAt);
      markdownAt = markdown.indexOf(mdHeading);
    }
    assertThat(text).doesNotContain("{{").doesNotContain("}}");

    FoiResponse withoutCovert =
        FoiResponder.standard()
            .respond(OvertRegister.of(withoutCovert(register)), request, RESPONDED_ON);
    assertThat(FoiRenderer.standard().letter(withoutCovert, FoiRenderer.Format.TEXT))
        .as("the letter for %s from the register with no covert records", name)
        .isEqualTo(text);
    assertThat(FoiRenderer.standard().letter(withoutCovert, FoiRenderer.Format.MARKDOWN))
        .isEqualTo(markdown);
    assertThat(FoiJson.writeResponse(withoutCovert)).isEqualTo(FoiJson.writeResponse(response));
  }

  /** The register with every covert asset, and everything only covert assets refer to, removed. */
  static AssetRegister withoutCovert(AssetRegister register) {
    List<Asset> overt = register.assets().stream().filter(a -> !a.isCovert()).toList();
    Set<String> overtIds = new HashSet<>();
    Set<String> dpiaIds = new HashSet<>();
    Set<String> contractIds = new HashSet<>();
    for (Asset asset : overt) {
      overtIds.add(asset.id().value());
      dpiaIds.addAll(asset.dpiaIds());
      contractIds.addAll(asset.contractIds());
    }
    List<Dpia> dpias = register.dpias().stream().filter(d -> dpiaIds.contains(d.id())).toList();
    List<Contract> contracts =
        register.contracts().stream().filter(c -> contractIds.contains(c.id())).toList();
    List<GoverningDocument> documents = new ArrayList<>();
    for (GoverningDocument document : register.documents()) {
      List<String> named = document.assetIds().stream().filter(overtIds::contains).toList();
      if (!named.isEmpty() || !document.categories().isEmpty()) {
        documents.add(
            new GoverningDocument(
                document.id(),
                document.kind(),
                document.title(),
                document.version(),
                document.issuedOn(),
                document.ownerRole(),
                document.url(),
                named,
                document.categories()));
      }
    }
    AssetRegister stripped = register.derive(overt, dpias, contracts, documents);
    assertThat(stripped.assets()).hasSizeLessThan(register.assets().size());
    return stripped;
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
