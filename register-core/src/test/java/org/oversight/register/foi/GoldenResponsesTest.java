package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.DocumentKind;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Money;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ResidualRisk;

/**
 * Whole responses pinned to reviewed files, one folder per scenario under {@code
 * src/test/resources/org/oversight/register/foi/golden/}: the decisions ({@code decisions.txt}:
 * outcomes, records field by field, exemptions, redactions, NCND, dates, the officer's warnings),
 * the letter as plain text and Markdown, and the workings. Compared byte for byte, so any change of
 * decision or wording fails here and is reviewed as a diff.
 *
 * <p>After a deliberate, reviewed change, regenerate them with {@code mvn -o -B test -pl
 * register-core -Dtest=GoldenResponsesTest -Dgolden.update=true} and review the diff line by line
 * (docs/testing.md). The JSON rendering is pinned in register-json's {@code GoldenLettersTest}.
 */
class GoldenResponsesTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/org/oversight/register/foi/golden");

  static final LocalDate RECEIVED = LocalDate.of(2024, 3, 14);

  private static final Map<String, Supplier<FoiResponse>> SCENARIOS =
      Map.of(
          "police-england-prices-withheld", () -> policeWithPrices(false, Nation.ENGLAND),
          "police-scotland-prices-left-out", () -> policeWithPrices(true, Nation.SCOTLAND),
          "essex-2021", GoldenResponsesTest::essex,
          "council-wales-published-and-unknown", GoldenResponsesTest::councilWales,
          "council-withheld-late-no-contact", GoldenResponsesTest::councilWithheld,
          "police-nothing-held", GoldenResponsesTest::policeNothingHeld,
          "council-scotland-uses-periods-suppliers-documents",
              GoldenResponsesTest::councilScotlandQuestionsOfEveryOtherKind,
          "police-wales-policy-discloses-sites-places-prices-owners",
              GoldenResponsesTest::policeWalesDisclosingEverything);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "police-england-prices-withheld",
        "police-scotland-prices-left-out",
        "essex-2021",
        "council-wales-published-and-unknown",
        "council-withheld-late-no-contact",
        "police-nothing-held",
        "council-scotland-uses-periods-suppliers-documents",
        "police-wales-policy-discloses-sites-places-prices-owners"
      })
  void everyScenarioIsTheReviewedResponseByteForByte(String scenario) throws IOException {
    FoiResponse response = SCENARIOS.get(scenario).get();
    FoiRenderer renderer = FoiRenderer.standard();
    Path dir = GOLDEN.resolve(scenario);

    golden(dir.resolve("decisions.txt"), decisions(response, renderer));
    golden(dir.resolve("letter.txt"), renderer.letter(response, FoiRenderer.Format.TEXT));
    golden(dir.resolve("letter.md"), renderer.letter(response, FoiRenderer.Format.MARKDOWN));
    golden(dir.resolve("workings.txt"), renderer.workings(response));
  }

  // ------------------------------------------------------------------ scenarios

  static final FoiContact CONTACT =
      new FoiContact(
          "FOI Unit, 1 High Street, Town, AB1 2CD",
          "foi@example.gov.uk",
          "https://example.gov.uk/foi");

  static Organisation organisation(
      String name, OrganisationKind kind, Nation nation, FoiContact contact) {
    return new Organisation(
        name,
        kind,
        nation,
        contact,
        new FoiContact(null, "review@example.gov.uk", null),
        "Contracts over £25,000 are published on Contracts Finder.");
  }

  static Asset.Builder camera(String id) {
    return LettersInLawTest.camera(id, Deployment.OVERT);
  }

  /** Police, a PTZ camera with a site, a DPIA owned by a person and a post, a priced contract. */
  static FoiResponse policeWithPrices(boolean withoutPrices, Nation nation) {
    Organisation police =
        organisation("Example Constabulary", OrganisationKind.POLICE_FORCE, nation, CONTACT);
    AssetRegister register =
        AssetRegister.of(
            police,
            RECEIVED,
            List.of(
                camera("CAM-1")
                    .description("Town centre camera")
                    .brand("Axis")
                    .model("Q6135-LE")
                    .category(AssetCategory.PTZ_CAMERA)
                    .capabilities(Capability.RECORDING, Capability.LIVE_VIEW)
                    .quantity(12)
                    .site("Town centre")
                    .dpiaIds(List.of("D-1"))
                    .contractIds(List.of("C-1"))
                    .build(),
                camera("ANPR-1")
                    .manufacturer("Hikvision")
                    .category(AssetCategory.ANPR_CAMERA)
                    .capabilities(Capability.NUMBER_PLATE_RECOGNITION)
                    .owned(false)
                    .site("Ring road")
                    .dpiaIds(List.of("D-1"))
                    .build()),
            List.of(
                Dpia.builder("D-1", "Public space CCTV", DpiaStatus.APPROVED)
                    .version("2.1")
                    .completedOn(LocalDate.of(2019, 2, 11))
                    .reviewDue(LocalDate.of(2025, 2, 11))
                    .owner("J. Smith")
                    .ownerRole("Data Protection Officer")
                    .residualRisk(ResidualRisk.LOW)
                    .build()),
            List.of(
                Contract.builder("C-1", "Example Systems Ltd")
                    .reference("EX/2019/114")
                    .title("Town centre CCTV replacement")
                    .startDate(LocalDate.of(2019, 3, 1))
                    .endDate(LocalDate.of(2024, 2, 29))
                    .value(Money.of("125000.00", "GBP"))
                    .procurementRoute("Bluelight")
                    .build()));
    FoiRequest request =
        FoiRequest.of(
                "R-2",
                RECEIVED,
                FoiQuestion.assets("1", "Axis cameras", AssetCriteria.ANY.withManufacturer("Axis")),
                FoiQuestion.assets(
                    "2", "Advanced CCTV you operate", AssetCriteria.ANY.withAdvanced(true)),
                FoiQuestion.dpiasFor("3", "Their DPIAs", "1", "2"),
                new ContractsQuestion(
                    "4", "Their contracts", List.of("1", "2"), withoutPrices, false))
            .withRequester("Ms A. Jones");
    return FoiResponder.standard()
        .respond(OvertRegister.of(register), request, LocalDate.of(2024, 4, 2));
  }

  /** The request that started the project, with its covert records. */
  static FoiResponse essex() {
    return FoiResponder.standard()
        .respond(
            OvertRegister.of(EssexRequestTest.essexRegister(true)),
            EssexRequestTest.essexRequest(),
            LocalDate.of(2021, 9, 20));
  }

  /**
   * A Welsh council: a camera of unknown manufacturer asked about by vendor, a DPIA with a link, a
   * contract published elsewhere (s21), a decommissioned and a planned camera that do not count.
   */
  static FoiResponse councilWales() {
    Organisation council =
        organisation(
            "Example County Council", OrganisationKind.LOCAL_AUTHORITY, Nation.WALES, CONTACT);
    AssetRegister register =
        AssetRegister.of(
            council,
            RECEIVED,
            List.of(
                camera("CAM-1").manufacturer(null).site("Car park").dpiaIds(List.of("D-1")).build(),
                camera("CAM-2")
                    .manufacturer("EZVIZ")
                    .capabilities(Capability.RECORDING, Capability.PEOPLE_COUNTING)
                    .quantity(3)
                    .operated(false)
                    .contractIds(List.of("C-1"))
                    .build(),
                camera("CAM-3")
                    .manufacturer("Hikvision")
                    .status(org.oversight.register.model.AssetStatus.DECOMMISSIONED)
                    .inServiceUntil(LocalDate.of(2023, 12, 31))
                    .build(),
                camera("CAM-4")
                    .manufacturer("Hikvision")
                    .status(org.oversight.register.model.AssetStatus.PLANNED)
                    .inServiceFrom(null)
                    .build()),
            List.of(
                Dpia.builder("D-1", "Car park CCTV", DpiaStatus.UNDER_REVIEW)
                    .completedOn(LocalDate.of(2022, 5, 3))
                    .icoConsulted(true)
                    .residualRisk(ResidualRisk.MEDIUM)
                    .url("https://example.gov.uk/dpia-1.pdf")
                    .build()),
            List.of(
                Contract.builder("C-1", "Camera Supplies Ltd")
                    .title("Footfall counters")
                    .value(Money.of("9999.99", "GBP"))
                    .publishedUrl("https://example.gov.uk/contracts/1")
                    .build()));
    FoiRequest request =
        FoiRequest.of(
            "C/2024/77",
            RECEIVED,
            FoiQuestion.assets(
                "1", "Hikvision cameras", AssetCriteria.ANY.withManufacturer("Hikvision")),
            FoiQuestion.assets(
                "2", "Cameras you own", AssetCriteria.ANY.withRelationship(Relationship.OWNS)),
            FoiQuestion.dpiasFor("3", "DPIAs for these", "1", "2"),
            FoiQuestion.contractsFor("4", "Contracts for these", "1", "2"));
    return FoiResponder.standard()
        .respond(OvertRegister.of(register), request, LocalDate.of(2024, 4, 5));
  }

  /**
   * An English council without NCND powers whose policy withholds every asset answer under s31,
   * answering late, with no FOI contact and a register older than the request; a DPIA question
   * about the withheld answer is withheld with it.
   */
  static FoiResponse councilWithheld() {
    Organisation council =
        new Organisation(
            "Example District Council",
            OrganisationKind.LOCAL_AUTHORITY,
            Nation.ENGLAND,
            null,
            null,
            null);
    DisclosurePolicy policy =
        DisclosurePolicy.builder()
            .ncnd(NcndPolicy.builder().bundle(OrganisationKind.LOCAL_AUTHORITY, List.of()).build())
            .withhold(q -> q.criteria().advanced() != null, Exemption.LAW_ENFORCEMENT)
            .build();
    AssetRegister register =
        AssetRegister.of(
            council,
            LocalDate.of(2024, 2, 1),
            List.of(
                camera("CAM-1")
                    .category(AssetCategory.VIDEO_ANALYTICS_SOFTWARE)
                    .capabilities(Capability.OBJECT_DETECTION)
                    .build(),
                camera("CAM-2").build()),
            List.of(),
            List.of());
    FoiRequest request =
        FoiRequest.of(
            "D-9",
            RECEIVED,
            FoiQuestion.assets("1", "Video analytics", AssetCriteria.ANY.withAdvanced(true)),
            FoiQuestion.assets("2", "All cameras", AssetCriteria.ANY),
            FoiQuestion.dpiasFor("3", "DPIAs for the video analytics", "1"));
    return FoiResponder.of(policy)
        .respond(OvertRegister.of(register), request, LocalDate.of(2024, 5, 1));
  }

  /** Police holding nothing overt that matches: NCND for covert use, no information held. */
  static FoiResponse policeNothingHeld() {
    Organisation police =
        organisation(
            "Example Police",
            OrganisationKind.POLICE_FORCE,
            Nation.NORTHERN_IRELAND,
            FoiContact.ofEmail("foi@example.police.uk"));
    AssetRegister register = AssetRegister.of(police, RECEIVED, List.of(), List.of(), List.of());
    FoiRequest request =
        FoiRequest.of(
            "N-1",
            RECEIVED,
            FoiQuestion.assets(
                "1",
                "Live facial recognition",
                AssetCriteria.ANY.withCapabilities(Capability.LIVE_FACIAL_RECOGNITION)),
            FoiQuestion.dpiasFor("2", "Its DPIA", "1"),
            FoiQuestion.contractsFor("3", "Its contracts", "1"));
    return FoiResponder.standard()
        .respond(OvertRegister.of(register), request, LocalDate.of(2024, 3, 14));
  }

  /**
   * A Scottish council (FOISA) asked the kinds of question the other scenarios do not: "do you use"
   * (yes, by an asset and despite one of unknown make; no), equipment in service during a past
   * period, plans within a year (one undated, one too late), suppliers only, and governing
   * documents of chosen kinds (one published, one to enclose, one of a kind not asked for) and of
   * every kind for assets nothing governs; and an officer's answer that nothing is held, not about
   * equipment, so outside the NCND paragraph.
   */
  static FoiResponse councilScotlandQuestionsOfEveryOtherKind() {
    Organisation council =
        organisation(
            "Example Scottish Council", OrganisationKind.LOCAL_AUTHORITY, Nation.SCOTLAND, CONTACT);
    List<Asset> assets =
        List.of(
            camera("CAM-1")
                .manufacturer("Hikvision")
                .quantity(4)
                .contractIds(List.of("C-1"))
                .build(),
            camera("CAM-2").manufacturer(null).site("Depot").build(),
            camera("CAM-3")
                .manufacturer("Dahua")
                .status(AssetStatus.DECOMMISSIONED)
                .inServiceFrom(LocalDate.of(2018, 5, 1))
                .inServiceUntil(LocalDate.of(2022, 3, 31))
                .contractIds(List.of("C-2"))
                .build(),
            camera("CAM-4").inServiceFrom(LocalDate.of(2023, 1, 1)).build(),
            camera("CAM-5")
                .manufacturer("Dahua")
                .status(AssetStatus.DECOMMISSIONED)
                .inServiceFrom(LocalDate.of(2016, 1, 1))
                .inServiceUntil(LocalDate.of(2021, 12, 31))
                .build(),
            camera("PLAN-1")
                .category(AssetCategory.ANPR_CAMERA)
                .capabilities(Capability.NUMBER_PLATE_RECOGNITION)
                .status(AssetStatus.PLANNED)
                .inServiceFrom(null)
                .expectedInService(LocalDate.of(2024, 9, 1))
                .quantity(2)
                .contractIds(List.of("C-3"))
                .build(),
            camera("PLAN-2")
                .category(AssetCategory.ANPR_CAMERA)
                .capabilities(Capability.NUMBER_PLATE_RECOGNITION)
                .status(AssetStatus.PLANNED)
                .inServiceFrom(null)
                .build(),
            camera("PLAN-3")
                .status(AssetStatus.PLANNED)
                .inServiceFrom(null)
                .expectedInService(LocalDate.of(2026, 1, 1))
                .build());
    List<Contract> contracts =
        List.of(
            Contract.builder("C-1", "camera supplies ltd").build(),
            Contract.builder("C-2", "Zenith Security").build(),
            Contract.builder("C-3", "Camera Supplies Ltd").build());
    List<GoverningDocument> documents =
        List.of(
            new GoverningDocument(
                "P-1",
                DocumentKind.POLICY,
                "Public space CCTV policy",
                "3",
                LocalDate.of(2021, 6, 1),
                "Head of Community Safety",
                "https://example.gov.uk/cctv-policy",
                List.of(),
                Set.of(AssetCategory.FIXED_CAMERA)),
            new GoverningDocument(
                "S-1",
                DocumentKind.STANDARD_OPERATING_PROCEDURE,
                "Control room procedures",
                null,
                null,
                null,
                null,
                List.of("CAM-3"),
                Set.of()),
            GoverningDocument.of(
                "E-1",
                DocumentKind.EQUALITY_IMPACT_ASSESSMENT,
                "CCTV equality impact assessment",
                List.of("CAM-3"),
                Set.of()));
    AssetRegister register =
        AssetRegister.of(
            new RegisterContents(council, RECEIVED, assets, List.of(), contracts, documents));
    FoiRequest request =
        FoiRequest.of(
            "S/2024/5",
            RECEIVED,
            FoiQuestion.doYouUse(
                "1",
                "Do you use Hikvision cameras?",
                AssetCriteria.ANY.withManufacturer("Hikvision")),
            FoiQuestion.doYouUse(
                "2",
                "Do you use live facial recognition?",
                AssetCriteria.ANY.withCapabilities(Capability.LIVE_FACIAL_RECOGNITION)),
            FoiQuestion.assets(
                "3",
                "Cameras in service during 2022",
                AssetCriteria.ANY.withInServiceDuring(
                    LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31))),
            FoiQuestion.assets(
                "4",
                "ANPR cameras planned within a year",
                AssetCriteria.ANY
                    .withCategories(AssetCategory.ANPR_CAMERA, AssetCategory.FIXED_CAMERA)
                    .withPlanned(12)),
            new ContractsQuestion("5", "Who supplies them", List.of("3", "4"), false, false, true),
            FoiQuestion.documentsFor(
                "6",
                "Their policies and procedures",
                Set.of(DocumentKind.POLICY, DocumentKind.STANDARD_OPERATING_PROCEDURE),
                "3"),
            FoiQuestion.documentsFor("7", "Documents for the plans", Set.of(), "4"),
            FoiQuestion.answeredByOfficer(
                "8",
                "How long do you keep footage?",
                new OfficerAnswer(
                    QuestionOutcome.NOT_HELD, "We hold no retention schedule.", false, List.of())));
    return FoiResponder.standard()
        .respond(OvertRegister.of(register), request, LocalDate.of(2024, 4, 10));
  }

  /**
   * Welsh police whose policy discloses what is withheld by default (sites, places, prices, DPIA
   * owners) and does not point to published contracts: one camera with a custom capability and a
   * map position, another with no capabilities, prices in euros and in dollars, a DPIA owned by a
   * named person; and a question about equipment that is not advanced.
   */
  static FoiResponse policeWalesDisclosingEverything() {
    Organisation police =
        organisation("Example Heddlu", OrganisationKind.POLICE_FORCE, Nation.WALES, CONTACT);
    AssetRegister register =
        AssetRegister.of(
            police,
            RECEIVED,
            List.of(
                camera("CAM-1")
                    .capabilities(
                        Capability.RECORDING,
                        Capability.PAN_TILT_ZOOM,
                        Capability.of("X-WEAPON-DETECTION"))
                    .site("Queen Street")
                    .location(org.oversight.register.model.Location.of("51.4816", "-3.1791"))
                    .dpiaIds(List.of("D-1"))
                    .contractIds(List.of("C-1", "C-2"))
                    .build(),
                camera("CAM-2").capabilities(List.of()).build()),
            List.of(
                Dpia.builder("D-1", "City centre CCTV", DpiaStatus.APPROVED)
                    .completedOn(LocalDate.of(2023, 1, 9))
                    .owner("J. Smith")
                    .build()),
            List.of(
                Contract.builder("C-1", "Euro Cameras SA")
                    .value(Money.of("1234.5", "EUR"))
                    .publishedUrl("https://example.eu/contract-1")
                    .build(),
                Contract.builder("C-2", "US Analytics Inc")
                    .value(Money.of("2000000", "USD"))
                    .build()));
    DisclosurePolicy policy =
        DisclosurePolicy.builder()
            .disclose(Asset.SITE)
            .disclose(Asset.LOCATION)
            .disclose(Contract.VALUE)
            .disclose(Dpia.OWNER)
            .pointToPublishedContracts(false)
            .build();
    FoiRequest request =
        FoiRequest.of(
                "W-1",
                RECEIVED,
                FoiQuestion.assets("1", "Axis cameras", AssetCriteria.ANY.withManufacturer("Axis")),
                FoiQuestion.dpiasFor("2", "Its DPIA", "1"),
                FoiQuestion.contractsFor("3", "Its contracts", "1"),
                FoiQuestion.assets(
                    "4", "Cameras that are not advanced", AssetCriteria.ANY.withAdvanced(false)))
            .withRequester("Mr B. Evans");
    return FoiResponder.of(policy)
        .respond(OvertRegister.of(register), request, LocalDate.of(2024, 3, 20));
  }

  // ------------------------------------------------------------------ the decisions, as text

  /** Every decision of a response, one per line, in the response's own order. */
  static String decisions(FoiResponse response, FoiRenderer renderer) {
    StringBuilder out = new StringBuilder();
    Organisation organisation = response.organisation();
    line(out, "reference", response.reference());
    line(
        out,
        "organisation",
        organisation.name() + " / " + organisation.kind() + " / " + organisation.nation());
    line(out, "kind assumed", response.kindAssumed());
    line(out, "regime", response.regime());
    line(out, "requester", response.requester());
    line(out, "received on", response.receivedOn());
    line(out, "due on", response.dueOn());
    line(out, "responded on", response.respondedOn());
    line(out, "review request by", response.reviewRequestBy());
    line(out, "data correct as at", response.dataCorrectAsAt());
    line(out, "outcome", response.outcome());
    line(out, "ncnd", response.isNcnd());
    for (CitedExemption e : response.exemptions()) {
      line(
          out,
          "exemption",
          e.section()
              + " "
              + e.key()
              + (e.qualified() ? " qualified" : " absolute")
              + (e.ncnd() ? " ncnd" : ""));
    }
    Ncnd ncnd = response.ncnd();
    if (ncnd != null) {
      line(
          out,
          "ncnd bundle",
          ncnd.bundle().stream().map(CitedExemption::section).collect(Collectors.joining(" ")));
      line(out, "ncnd provision", ncnd.provision());
      line(out, "ncnd questions", String.join(" ", ncnd.questionIds()));
    }
    for (Redaction r : response.redactions()) {
      line(
          out,
          "redaction",
          r.type() + " " + r.id() + " " + r.field().name() + " " + r.section() + " " + r.key());
    }
    for (QuestionAnswer a : response.answers()) {
      out.append("question ")
          .append(a.questionId())
          .append(' ')
          .append(a.kind())
          .append(' ')
          .append(a.outcome())
          .append('\n');
      line(out, "  overt only", a.overtOnly());
      line(out, "  vendor", a.vendor());
      line(out, "  found", a.found().entries() + " entries, " + a.found().units() + " units");
      line(
          out,
          "  manufacturer unknown",
          a.manufacturerUnknown().entries()
              + " entries, "
              + a.manufacturerUnknown().units()
              + " units");
      line(out, "  about", String.join(" ", a.about()));
      line(out, "  exemptions", String.join(" ", a.exemptions()));
      line(out, "  prices left out", a.pricesLeftOut());
      AssetTiming timing = a.timing();
      if (timing != null) {
        line(out, "  timing", timing.kind() + " " + timing.from() + " to " + timing.to());
      }
      if (a.uses() != null) {
        line(out, "  uses", a.uses());
      }
      if (a.undated().entries() > 0) {
        line(
            out,
            "  undated",
            a.undated().entries() + " entries, " + a.undated().units() + " units");
      }
      if (!a.suppliers().isEmpty()) {
        line(out, "  suppliers", String.join(" / ", a.suppliers()));
      }
      for (DisclosedRecord r : a.records()) {
        out.append("  record ")
            .append(r.type())
            .append(' ')
            .append(r.id())
            .append(" document ")
            .append(r.document())
            .append(r.manufacturerUnknown() ? " manufacturer unknown" : "")
            .append(r.covers().isEmpty() ? "" : " covers " + String.join(" ", r.covers()))
            .append('\n');
        for (DisclosedField f : r.fields()) {
          String value =
              f.leftOut()
                  ? "(left out)"
                  : f.withheldUnder() != null
                      ? "(withheld under " + f.withheldUnder() + ")"
                      : f.value() == null ? "(not recorded)" : "= " + f.value();
          out.append("    ").append(f.field().name()).append(' ').append(value).append('\n');
        }
      }
      for (PublishedReference p : a.publishedElsewhere()) {
        line(
            out,
            "  published elsewhere",
            p.type() + " " + p.id() + " " + p.title() + " / " + p.supplier() + " " + p.url());
      }
      for (Working w : a.workings()) {
        line(out, "  working " + w.assetId(), String.join("; ", w.reasons()));
      }
    }
    for (OfficerWarning w : response.warnings()) {
      line(out, "warning", w.code() + " " + w.subject() + " " + w.date());
    }
    for (String w : renderer.warnings(response)) {
      line(out, "warning text", w);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String name, Object value) {
    out.append(name)
        .append(": ")
        .append(String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n"))
        .append('\n');
  }

  private static void golden(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s differs from what is rendered: review, then regenerate (see this test)", file)
        .isEqualTo(actual);
  }
}
