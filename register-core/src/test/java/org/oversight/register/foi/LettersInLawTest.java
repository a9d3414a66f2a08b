package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Money;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;

/**
 * The letters are right in law (issue 12): each test names the point it holds, and checks the
 * decision it rests on rather than words alone.
 */
class LettersInLawTest {
  static final LocalDate RECEIVED = LocalDate.of(2024, 3, 14);
  static final FoiContact CONTACT =
      new FoiContact("FOI Unit, 1 High Street, Town, AB1 2CD", "foi@example.gov.uk", null);

  static Organisation organisation(OrganisationKind kind, Nation nation) {
    return new Organisation(
        "Example " + kind.name().toLowerCase(java.util.Locale.ROOT),
        kind,
        nation,
        CONTACT,
        null,
        "Contracts over £25,000 are published on Contracts Finder.");
  }

  static Asset.Builder camera(String id, Deployment deployment) {
    return Asset.builder(id)
        .manufacturer("Axis")
        .category(AssetCategory.FIXED_CAMERA)
        .capabilities(Capability.RECORDING)
        .deployment(deployment)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(LocalDate.of(2020, 1, 1));
  }

  static AssetRegister register(Organisation organisation, List<Asset> assets) {
    return AssetRegister.of(organisation, RECEIVED, assets, List.of(), List.of());
  }

  static FoiRequest hikvisionRequest() {
    return FoiRequest.of(
        "R-1",
        RECEIVED,
        FoiQuestion.assets(
            "1",
            "All Hikvision products you own or operate",
            AssetCriteria.ANY.withManufacturer("Hikvision")));
  }

  static FoiResponse respond(AssetRegister register, FoiRequest request) {
    return FoiResponder.standard()
        .respond(OvertRegister.of(register), request, LocalDate.of(2024, 4, 2));
  }

  // ------------------------------------------------------------------ item 2: NCND class rule

  @Test
  void aPoliceHikvisionQuestionIsAnsweredAsAboutOvertUseWithTheNcndParagraphWhateverIsHeld() {
    Organisation police = organisation(OrganisationKind.POLICE_FORCE, Nation.ENGLAND);
    AssetRegister withCovert =
        register(
            police,
            List.of(
                camera("CAM-1", Deployment.OVERT).build(),
                camera("CAM-2", Deployment.COVERT).manufacturer("Hikvision").build()));
    AssetRegister without = register(police, List.of(camera("CAM-1", Deployment.OVERT).build()));

    FoiResponse response = respond(withCovert, hikvisionRequest());

    assertThat(response.answer("1").outcome()).isEqualTo(QuestionOutcome.NOT_HELD);
    assertThat(response.answer("1").overtOnly()).isTrue();
    assertThat(response.ncnd()).isNotNull();
    assertThat(response.ncnd().bundle())
        .extracting(CitedExemption::section)
        .containsExactly("23(5)", "24(2)", "31(3)");
    assertThat(response.outcome()).isEqualTo(ResponseOutcome.PART_DISCLOSURE);
    String letter = FoiRenderer.plainText(response);
    assertThat(letter)
        .contains(
            "Outcome: No information is held about overt use; we neither confirm nor deny whether"
                + " any other information is held")
        .contains("No information is held about overt equipment matching this question")
        .doesNotContain("Outcome: No information is held.");
    assertThat(letter).isEqualTo(FoiRenderer.plainText(respond(without, hikvisionRequest())));
  }

  @Test
  void theClassComesFromTheStructuredQuestionNeverItsWords() {
    Organisation council = organisation(OrganisationKind.LOCAL_AUTHORITY, Nation.ENGLAND);
    DisclosurePolicy noCovertPowers =
        DisclosurePolicy.builder()
            .ncnd(NcndPolicy.builder().bundle(OrganisationKind.LOCAL_AUTHORITY, List.of()).build())
            .build();
    AssetRegister register = register(council, List.of(camera("CAM-1", Deployment.OVERT).build()));
    FoiRequest facialWords =
        FoiRequest.of(
            "R",
            RECEIVED,
            FoiQuestion.assets(
                "1",
                "Do you use LFR, face-matching or covert facial recognition?",
                AssetCriteria.ANY));

    FoiResponse plain =
        FoiResponder.of(noCovertPowers).respond(OvertRegister.of(register), facialWords);

    assertThat(plain.ncnd()).isNull();
    assertThat(plain.answer("1").overtOnly()).isFalse();
    FoiRequest officerChoice =
        new FoiRequest(
            "R",
            RECEIVED,
            null,
            List.of(new AssetsQuestion("1", "Cameras in car parks", AssetCriteria.ANY, true)));
    FoiResponse chosen =
        FoiResponder.of(noCovertPowers).respond(OvertRegister.of(register), officerChoice);
    assertThat(chosen.ncnd()).isNotNull();
    assertThat(chosen.ncnd().bundle()).extracting(CitedExemption::section).containsExactly("31(3)");
  }

  @Test
  void aCouncilsCarParkAnprQuestionNeverCitesTheSecurityBodies() {
    Organisation council = organisation(OrganisationKind.LOCAL_AUTHORITY, Nation.ENGLAND);
    FoiRequest anpr =
        FoiRequest.of(
            "R",
            RECEIVED,
            FoiQuestion.assets(
                "1",
                "ANPR cameras in your car parks",
                AssetCriteria.ANY.withCategories(AssetCategory.ANPR_CAMERA)));

    FoiResponse response = respond(register(council, List.of()), anpr);

    assertThat(response.exemptions())
        .extracting(CitedExemption::section)
        .containsExactly("31(3)")
        .doesNotContain("23(5)", "24(2)");
  }

  @Test
  void anUnknownKindIsAssumedToBePoliceAndTheOfficerIsTold() {
    FoiResponse response =
        respond(register(Organisation.named("Somewhere"), List.of()), hikvisionRequest());

    assertThat(response.kindAssumed()).isEqualTo(OrganisationKind.POLICE_FORCE);
    assertThat(response.warns(OfficerWarning.Code.ORGANISATION_KIND_ASSUMED)).isTrue();
    assertThat(FoiRenderer.standard().warnings(response))
        .anySatisfy(w -> assertThat(w).contains("assumes a police force"));
    assertThat(FoiRenderer.plainText(response)).doesNotContain("assumes");
  }

  // ------------------------------------------------------------------ item 3: public interest

  @Test
  void everyQualifiedExemptionHasItsPublicInterestTestAndS40NamesItsLimb() {
    FoiResponse response = withPrices(false, Nation.ENGLAND);
    String letter = FoiRenderer.plainText(response);

    assertThat(response.exemptions())
        .extracting(CitedExemption::section, CitedExemption::qualified)
        .contains(
            org.assertj.core.groups.Tuple.tuple("43(2)", true),
            org.assertj.core.groups.Tuple.tuple("40(2)", false),
            org.assertj.core.groups.Tuple.tuple("31(1)(a)", true));
    assertThat(letter)
        .contains("Section 43(2): commercial interests\nWhy it applies: Section 43(2) exempts")
        .contains("Section 31(1)(a) exempts")
        .contains("mosaic effect")
        .contains("section 40(3A)(a)")
        .contains("legitimate interests (Article 6(1)(f))");
    // One public interest test per qualified exemption, none for the absolute ones.
    long qualified = response.exemptions().stream().filter(CitedExemption::qualified).count();
    assertThat(letter.split("Public interest test\\.", -1)).hasSize((int) qualified + 1);
    assertThat(letter).contains("under section 17(4) of the Act");
  }

  // ------------------------------------------------------------------ item 4: FOISA wording

  @Test
  void foisaLettersAreWrittenForFoisa() {
    FoiResponse response = withPrices(false, Nation.SCOTLAND);
    String letter = FoiRenderer.plainText(response);

    assertThat(response.regime()).isEqualTo(Regime.FOISA);
    assertThat(response.ncnd().provision()).isEqualTo("18(1)");
    assertThat(response.exemptions())
        .extracting(CitedExemption::section)
        .containsExactly("35(1)(a)", "38(1)(b)", "33(1)(b)", "31(1)", "35(1)(a) and (b)");
    assertThat(letter)
        .contains("Freedom of Information (Scotland) Act 2002")
        .contains("prejudice substantially")
        .contains("Under section 18(1) of the Act")
        .contains("within 20 working days of receiving it (section 21)")
        .contains("Scottish Information Commissioner for a decision, normally within six months")
        .contains("Court of Session, on a point of law only")
        .doesNotContain("Information Commissioner's Office")
        .doesNotContain("duty to confirm or deny")
        .doesNotContain("43(2)")
        .doesNotContain("23(5)");
    // 40 working days after the due date (FOISA s20(5)), Scottish holidays only.
    assertThat(response.reviewRequestBy()).isEqualTo(LocalDate.of(2024, 6, 11));
  }

  // ------------------------------------------------------------------ items 5, 6, 9, 10

  @Test
  void pricesTheRequesterSaidMayBeLeftOutAreLeftOutWithNoExemption() {
    FoiResponse without = withPrices(true, Nation.ENGLAND);
    QuestionAnswer contracts = without.answer("3");

    assertThat(contracts.pricesLeftOut()).isTrue();
    assertThat(contracts.exemptions()).doesNotContain("43(2)");
    assertThat(without.exemptions()).extracting(CitedExemption::section).doesNotContain("43(2)");
    assertThat(without.redactions()).extracting(Redaction::section).doesNotContain("43(2)");
    assertThat(contracts.records().get(0).fields())
        .contains(new DisclosedField(Contract.VALUE, null, null, true));
    assertThat(FoiRenderer.plainText(without))
        .contains("As you said that prices may be left out, the contract values are not included")
        .doesNotContain("125,000");
    FoiResponse with = withPrices(false, Nation.ENGLAND);
    assertThat(with.answer("3").exemptions()).contains("43(2)");
  }

  @Test
  void leavingPricesOutAtTheRequestersWordIsNotAPartDisclosure() {
    Organisation plain = organisation(OrganisationKind.LOCAL_AUTHORITY, Nation.ENGLAND);
    DisclosurePolicy noNcnd =
        DisclosurePolicy.builder()
            .ncnd(NcndPolicy.builder().bundle(OrganisationKind.LOCAL_AUTHORITY, List.of()).build())
            .disclose(Dpia.OWNER)
            .build();
    AssetRegister register =
        AssetRegister.of(
            plain,
            RECEIVED,
            List.of(camera("CAM-1", Deployment.OVERT).contractIds(List.of("C-1")).build()),
            List.of(),
            List.of(Contract.builder("C-1", "Example Ltd").value(Money.of("1.00", "GBP")).build()));
    FoiRequest request =
        FoiRequest.of(
            "R",
            RECEIVED,
            FoiQuestion.assets("1", "Cameras", AssetCriteria.ANY),
            new ContractsQuestion(
                "2", "Contracts, prices may be redacted", List.of("1"), true, false));

    assertThat(FoiResponder.of(noNcnd).respond(OvertRegister.of(register), request).outcome())
        .isEqualTo(ResponseOutcome.FULL_DISCLOSURE);
  }

  @Test
  void aPostIsDisclosedAndOnlyAPersonsNameIsWithheld() {
    FoiResponse response = withPrices(true, Nation.ENGLAND);
    DisclosedRecord dpia = response.answer("2").records().get(0);

    assertThat(dpia.fields())
        .contains(new DisclosedField(Dpia.OWNER_ROLE, "Data Protection Officer", null, false))
        .contains(new DisclosedField(Dpia.OWNER, null, "40(2)", false));
    assertThat(response.redactions())
        .extracting(r -> r.field().name() + " " + r.section())
        .containsExactly("site 31(1)(a)", "owner 40(2)");
  }

  @Test
  void documentsAreLinkedWhenRecordedElseEnclosedAndTheOfficerIsWarned() {
    FoiResponse response = withPrices(true, Nation.ENGLAND);

    assertThat(response.answer("2").records().get(0).document())
        .isEqualTo(DisclosedRecord.DocumentProvision.ENCLOSED);
    assertThat(response.warnings())
        .contains(new OfficerWarning(OfficerWarning.Code.NO_DOCUMENT_RECORDED, "DPIA D-1", null));
    String letter = FoiRenderer.plainText(response);
    assertThat(letter).contains("    Document: a copy is enclosed with this letter\n");
    assertThat(letter).doesNotContain("no document link");
  }

  @Test
  void adviceAndAssistanceComesFromTheOrganisation() {
    assertThat(FoiRenderer.plainText(withPrices(true, Nation.ENGLAND)))
        .contains(
            "Advice and assistance\nContracts over £25,000 are published on Contracts Finder.\n");
  }

  // ------------------------------------------------------------------ items 7, 8

  @Test
  void aStaleRegisterWarnsTheOfficerNotTheRequester() {
    Organisation police = organisation(OrganisationKind.POLICE_FORCE, Nation.ENGLAND);
    AssetRegister stale =
        AssetRegister.of(police, LocalDate.of(2024, 1, 31), List.of(), List.of(), List.of());

    FoiResponse response = respond(stale, hikvisionRequest());

    assertThat(response.dataCorrectAsAt()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(response.warnings())
        .containsExactly(
            new OfficerWarning(
                OfficerWarning.Code.DATA_OLDER_THAN_REQUEST, null, LocalDate.of(2024, 1, 31)));
    String letter = FoiRenderer.plainText(response);
    assertThat(letter)
        .contains("The information in this letter is correct as at 31 January 2024.")
        .doesNotContain("before the request was received");
  }

  @Test
  void aLetterIsDatedAddressedAndSaysHowAndByWhenToAskForAReview() {
    FoiResponse response =
        respond(
            register(organisation(OrganisationKind.POLICE_FORCE, Nation.ENGLAND), List.of()),
            hikvisionRequest().withRequester("Ms A. Jones"));
    String letter = FoiRenderer.plainText(response);

    assertThat(response.respondedOn()).isEqualTo(LocalDate.of(2024, 4, 2));
    // 40 working days after 2 April 2024, skipping 6 and 27 May (bank holidays everywhere).
    assertThat(response.reviewRequestBy()).isEqualTo(LocalDate.of(2024, 5, 30));
    assertThat(letter)
        .startsWith(
            "Freedom of Information request R-1\nExample police_force\nFOI Unit, 1 High Street,"
                + " Town, AB1 2CD\nEmail: foi@example.gov.uk\n\nDate: 2 April 2024\n\nDear Ms A."
                + " Jones,\n")
        .contains("within 40 working days of the date of this letter, that is by 30 May 2024")
        .contains("within 20 working days")
        .contains("Information Commissioner under section 50 of the Act");
    assertThat(
            FoiRenderer.plainText(
                respond(
                    register(
                        organisation(OrganisationKind.POLICE_FORCE, Nation.ENGLAND), List.of()),
                    hikvisionRequest())))
        .contains("Dear Sir or Madam,");
  }

  // ------------------------------------------------------------------ item 11: plain English

  @Test
  void lettersSpeakPlainEnglishWithoutInternalNotes() {
    FoiResponse response = withPrices(true, Nation.ENGLAND);
    String letter = FoiRenderer.plainText(response);

    assertThat(letter)
        .contains("Category: PTZ camera")
        .contains("Capabilities: recording, live view")
        .contains("Status: approved")
        .contains("Completed on: 11 February 2019")
        .contains("We hold 1 entry (12 units) of overt equipment")
        .doesNotContain("PTZ_CAMERA")
        .doesNotContain("APPROVED")
        .doesNotContain("matched")
        .doesNotContain("2019-02-11");
    assertThat(response.answer("1").workings()).isNotEmpty();
    assertThat(FoiRenderer.standard().workings(response)).contains("Question 1, asset CAM-1:");
    // No paragraph is printed twice (lines of records may repeat: two documents enclosed).
    List<String> paragraphs =
        letter.lines().filter(l -> l.length() > 40 && !l.startsWith(" ")).toList();
    assertThat(paragraphs).doesNotHaveDuplicates();
  }

  @Test
  void anArticleAgreesWithTheVendor() {
    Organisation police = organisation(OrganisationKind.POLICE_FORCE, Nation.ENGLAND);
    AssetRegister register =
        register(police, List.of(camera("CAM-1", Deployment.OVERT).manufacturer(null).build()));
    FoiRequest axis =
        FoiRequest.of(
            "R",
            RECEIVED,
            FoiQuestion.assets("1", "Axis", AssetCriteria.ANY.withManufacturer("Axis")));

    assertThat(FoiRenderer.plainText(respond(register, axis)))
        .contains("whether it is an Axis product");
  }

  // ------------------------------------------------------------------ issue 13 item 11

  @Test
  void aDescriptionWithLineBreaksCannotForgeAParagraph() {
    Organisation police = organisation(OrganisationKind.POLICE_FORCE, Nation.ENGLAND);
    String forged = "Camera\n\nEssex Police confirms it holds covert facial recognition.\u202E";
    AssetRegister register =
        register(police, List.of(camera("CAM-1", Deployment.OVERT).description(forged).build()));
    FoiRequest request =
        FoiRequest.of("R", RECEIVED, FoiQuestion.assets("1", "All\nequipment", AssetCriteria.ANY));
    FoiResponse response = respond(register, request);

    for (String rendering :
        List.of(
            FoiRenderer.plainText(response),
            FoiRenderer.markdown(response),
            FoiRenderer.standard().workings(response))) {
      assertThat(rendering.lines())
          .noneMatch(l -> l.startsWith("Essex Police confirms"))
          .noneMatch(l -> l.contains("\u202E"));
    }
    assertThat(FoiRenderer.plainText(response))
        .contains(
            "    Description: Camera\\n\\nEssex Police confirms it holds covert facial"
                + " recognition.\\u202E\n")
        .contains("Question 1: \"All\\nequipment\"");
  }

  /**
   * A police register with a camera, a DPIA owned by a post and a person, and a priced contract.
   */
  static FoiResponse withPrices(boolean withoutPrices, Nation nation) {
    Organisation police = organisation(OrganisationKind.POLICE_FORCE, nation);
    AssetRegister register =
        AssetRegister.of(
            police,
            RECEIVED,
            List.of(
                camera("CAM-1", Deployment.OVERT)
                    .category(AssetCategory.PTZ_CAMERA)
                    .capabilities(Capability.RECORDING, Capability.LIVE_VIEW)
                    .quantity(12)
                    .site("Town centre")
                    .dpiaIds(List.of("D-1"))
                    .contractIds(List.of("C-1"))
                    .build()),
            List.of(
                Dpia.builder("D-1", "Public space CCTV", DpiaStatus.APPROVED)
                    .completedOn(LocalDate.of(2019, 2, 11))
                    .owner("J. Smith")
                    .ownerRole("Data Protection Officer")
                    .build()),
            List.of(
                Contract.builder("C-1", "Example Systems Ltd")
                    .value(Money.of("125000.00", "GBP"))
                    .build()));
    FoiRequest request =
        FoiRequest.of(
            "R-2",
            RECEIVED,
            FoiQuestion.assets("1", "Axis cameras", AssetCriteria.ANY.withManufacturer("Axis")),
            FoiQuestion.dpiasFor("2", "Their DPIAs", "1"),
            new ContractsQuestion("3", "Their contracts", List.of("1"), withoutPrices, false));
    return respond(register, request);
  }
}
