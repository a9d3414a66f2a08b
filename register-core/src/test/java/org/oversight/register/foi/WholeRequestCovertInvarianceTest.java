package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.DocumentKind;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RegisterContents;

/**
 * The contract's invariant for whole requests: with plans (and their expected dates), periods of
 * service, "do you use" questions, suppliers, governing documents (some naming covert assets beside
 * overt ones, some only covert ones) and officer-answered questions, adding or changing covert
 * assets and what only they refer to changes no byte of the text letter, the Markdown letter, the
 * workings or the warnings, for every organisation kind, nation and regime. QuickTheories, fixed
 * seed (pom).
 */
class WholeRequestCovertInvarianceTest {
  private static final List<Capability> CAPABILITIES =
      List.of(
          Capability.LIVE_FACIAL_RECOGNITION,
          Capability.RETROSPECTIVE_FACIAL_RECOGNITION,
          Capability.NUMBER_PLATE_RECOGNITION,
          Capability.RECORDING);

  @Test
  void covertRecordsChangeNoByteOfAWholeRequestsLetter() {
    qt().withExamples(250)
        .forAll(longs().all(), longs().all(), longs().all())
        .checkAssert(
            (overtSeed, covertSeed, otherCovertSeed) -> {
              Random random = new Random(overtSeed);
              RandomRegisters.Part overt = dated(random, RandomRegisters.overt(random));
              FoiRequest request = request(random);
              FoiResponder responder = FoiResponder.of(RandomRegisters.policy(random));
              Organisation organisation = RandomRegisters.organisation(random);
              List<GoverningDocument> documents = documents(random, overt.assets());
              RandomRegisters.Part covert =
                  dated(
                      new Random(covertSeed),
                      RandomRegisters.covert(new Random(covertSeed), overt));
              RandomRegisters.Part otherCovert =
                  dated(
                      new Random(otherCovertSeed),
                      RandomRegisters.covert(new Random(otherCovertSeed), overt));

              List<String> expected =
                  render(responder, register(organisation, overt, documents), request);
              assertThat(
                      render(
                          responder,
                          register(
                              organisation,
                              overt.plus(covert),
                              naming(new Random(covertSeed), documents, covert.assets())),
                          request))
                  .isEqualTo(expected);
              assertThat(
                      render(
                          responder,
                          register(
                              organisation,
                              overt.plus(otherCovert),
                              naming(new Random(otherCovertSeed), documents, otherCovert.assets())),
                          request))
                  .isEqualTo(expected);
              for (String rendering : expected) {
                assertThat(rendering).doesNotContain("RIPA-").doesNotContain("Covert-only");
              }
            });
  }

  /** Gives some planned assets an expected in-service date. */
  private static RandomRegisters.Part dated(Random random, RandomRegisters.Part part) {
    List<Asset> assets = new ArrayList<>();
    for (Asset asset : part.assets()) {
      if (asset.status() == AssetStatus.PLANNED && random.nextBoolean()) {
        asset =
            asset.toBuilder()
                .expectedInService(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365)))
                .build();
      }
      assets.add(asset);
    }
    return new RandomRegisters.Part(assets, part.dpias(), part.contracts());
  }

  /** Documents of the overt part: by category, by overt asset, published or not. */
  private static List<GoverningDocument> documents(Random random, List<Asset> overt) {
    List<GoverningDocument> documents = new ArrayList<>();
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      List<String> named = new ArrayList<>();
      for (Asset asset : overt) {
        if (random.nextInt(3) == 0) {
          named.add(asset.id().value());
        }
      }
      Set<AssetCategory> categories = EnumSet.noneOf(AssetCategory.class);
      if (random.nextBoolean()) {
        categories.add(pick(random, List.of(AssetCategory.values())));
      }
      GoverningDocument document =
          GoverningDocument.of(
              "G-" + (i * 2),
              pick(random, List.of(DocumentKind.values())),
              "Document " + i,
              named,
              categories);
      documents.add(
          random.nextBoolean() ? document.withUrl("https://example.org/g" + i) : document);
    }
    return documents;
  }

  /**
   * The same documents, some also naming covert assets, and covert-only documents: what covert
   * assets add to the register's documents.
   */
  private static List<GoverningDocument> naming(
      Random random, List<GoverningDocument> documents, List<Asset> covert) {
    List<GoverningDocument> changed = new ArrayList<>();
    for (GoverningDocument document : documents) {
      List<String> named = new ArrayList<>(document.assetIds());
      for (Asset asset : covert) {
        if (random.nextBoolean()) {
          named.add(asset.id().value());
        }
      }
      changed.add(
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
    if (!covert.isEmpty()) {
      changed.add(
          GoverningDocument.of(
              "G-1",
              DocumentKind.LEGITIMACY_ASSESSMENT,
              "Covert-only assessment",
              List.of(covert.get(0).id().value()),
              Set.of()));
    }
    return changed;
  }

  /** A request of every kind of question, officer-answered ones included. */
  private static FoiRequest request(Random random) {
    List<FoiQuestion> questions = new ArrayList<>();
    List<String> equipment = new ArrayList<>();
    for (int i = 1, n = 1 + random.nextInt(3); i <= n; i++) {
      AssetCriteria criteria =
          new AssetCriteria(
              random.nextBoolean() ? "Hikvision" : null,
              random.nextBoolean()
                  ? Set.of(CAPABILITIES.get(random.nextInt(CAPABILITIES.size())))
                  : Set.of(),
              Set.of(),
              null,
              Relationship.OWNS_OR_OPERATES);
      switch (random.nextInt(3)) {
        case 0 -> criteria = criteria.withPlanned(random.nextBoolean() ? 12 : null);
        case 1 ->
            criteria =
                criteria.withInServiceDuring(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 6, 30));
        default -> {}
      }
      String id = Integer.toString(i);
      questions.add(
          random.nextBoolean()
              ? new AssetsQuestion(id, "Equipment " + i, criteria, random.nextInt(4) == 0)
              : new UsesQuestion(id, "Do you use " + i + "?", criteria, random.nextInt(4) == 0));
      equipment.add(id);
    }
    String[] about = equipment.toArray(String[]::new);
    if (random.nextBoolean()) {
      questions.add(FoiQuestion.contractsFor("s", "Suppliers", about).askingForSuppliersOnly());
    }
    if (random.nextBoolean()) {
      questions.add(FoiQuestion.documentsFor("g", "Policies", Set.of(), about));
    }
    if (random.nextBoolean()) {
      questions.add(FoiQuestion.dpiasFor("d", "DPIAs", about));
    }
    questions.add(
        new OfficerQuestion(
            "o",
            "How long is footage kept?",
            new OfficerAnswer(
                pick(
                    random,
                    List.of(
                        QuestionOutcome.DISCLOSED,
                        QuestionOutcome.NOT_HELD,
                        QuestionOutcome.PUBLISHED_ELSEWHERE,
                        QuestionOutcome.WITHHELD)),
                "Thirty-one days.",
                random.nextBoolean(),
                List.of(
                    new OfficerExemption(
                        "31(1)(a)",
                        "law enforcement",
                        true,
                        "It would help offenders.",
                        "Openness.",
                        "Crime prevention.",
                        "Against disclosure."))),
            random.nextInt(4) == 0));
    LocalDate received = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(5 * 365));
    FoiRequest request =
        new FoiRequest(
            "REF-" + random.nextInt(1000),
            received,
            random.nextInt(3) == 0 ? null : pick(random, List.of(Regime.values())),
            questions);
    if (random.nextInt(3) == 0) {
      List<String> left = new ArrayList<>(List.of("o"));
      if (random.nextBoolean()) {
        left.addAll(questions.stream().map(FoiQuestion::id).filter(id -> !id.equals("o")).toList());
      }
      request =
          request.withCostLimit(new CostLimit(20 + random.nextInt(100), left, "Ask for one year."));
    }
    if (random.nextInt(3) == 0) {
      request =
          request.withClarification(
              new Clarification(
                  received.plusDays(2),
                  "Which years do you mean?",
                  random.nextBoolean() ? received.plusDays(5 + random.nextInt(30)) : null));
    }
    return request;
  }

  private static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static AssetRegister register(
      Organisation organisation, RandomRegisters.Part part, List<GoverningDocument> documents) {
    return AssetRegister.of(
        new RegisterContents(
            organisation,
            LocalDate.of(2024, 1, 1),
            part.assets(),
            part.dpias(),
            part.contracts(),
            documents));
  }

  private static List<String> render(
      FoiResponder responder, AssetRegister register, FoiRequest request) {
    FoiResponse response =
        responder.respond(OvertRegister.of(register), request, request.receivedOn().plusDays(9));
    return List.of(
        FoiRenderer.plainText(response),
        FoiRenderer.markdown(response),
        FoiRenderer.standard().workings(response),
        String.join("\n", FoiRenderer.standard().warnings(response)));
  }
}
