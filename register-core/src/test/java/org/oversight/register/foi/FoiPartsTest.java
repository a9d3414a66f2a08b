package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.DocumentKind;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Location;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RegisterContents;

/**
 * The parts of an answer each on its own: the regimes' names and addresses, what a question and a
 * disclosed field refuse, the policies' builders, and the overt view of a register.
 */
class FoiPartsTest {
  private static final String ID_RULE =
      "/id: is not an identifier (character 2 is not allowed): use 1 to 64 characters of A-Z a-z"
          + " 0-9 . _ : -";

  @Test
  void eachRegimeNamesItsActItsCommissionerAndTheSectionOfItsAsAtDate() {
    assertThat(Regime.FOIA.actName()).isEqualTo("Freedom of Information Act 2000");
    assertThat(Regime.FOISA.actName()).isEqualTo("Freedom of Information (Scotland) Act 2002");
    assertThat(Regime.FOIA.asAtSection()).isEqualTo("1(4)");
    assertThat(Regime.FOISA.asAtSection()).isEqualTo("1(4)");
    assertThat(Regime.FOIA.commissioner()).isEqualTo("Information Commissioner");
    assertThat(Regime.FOISA.commissioner()).isEqualTo("Scottish Information Commissioner");
    assertThat(Regime.FOIA.commissionerAddress())
        .isEqualTo(
            "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire"
                + " SK9 5AF (ico.org.uk)");
    assertThat(Regime.FOISA.commissionerAddress())
        .isEqualTo(
            "Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife"
                + " KY16 9DS");
  }

  @Test
  void everyKindOfQuestionRefusesABadIdAndText() {
    List<Runnable> questions =
        List.of(
            () -> new AssetsQuestion("a b", "", AssetCriteria.ANY, false),
            () -> new DpiasQuestion("a b", "", List.of("1"), false),
            () -> new ContractsQuestion("a b", "", List.of("1"), false, false, false),
            () -> new UsesQuestion("a b", "", AssetCriteria.ANY, false),
            () -> new DocumentsQuestion("a b", "", List.of("1"), Set.of(), false),
            () ->
                new OfficerQuestion(
                    "a b", "", OfficerAnswer.of(QuestionOutcome.DISCLOSED, "Yes."), false));
    for (Runnable question : questions) {
      InvalidFoiRequestException e =
          catchThrowableOfType(InvalidFoiRequestException.class, question::run);
      assertThat(e.problems())
          .extracting(p -> p.pointer() + ": " + p.message())
          .containsExactly(ID_RULE, "/text: must not be blank");
    }
  }

  @Test
  void aDocumentsQuestionNamesEarlierQuestionsAndCopiesThem() {
    assertThatThrownBy(() -> new DocumentsQuestion("1", "t", List.of(), Set.of(), false))
        .isInstanceOfSatisfying(
            InvalidFoiRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.pointer() + ": " + p.message())
                    .containsExactly(
                        "/documentsFor: must name at least one earlier asset question"));
    DocumentsQuestion question =
        new DocumentsQuestion("1", "t", List.of("2", "3"), Set.of(DocumentKind.POLICY), false);
    assertThat(question.referencedQuestions()).containsExactly("2", "3");
    assertThat(question.kinds()).containsExactly(DocumentKind.POLICY);
  }

  @Test
  void aQuestionCannotReferToItself() {
    InvalidFoiRequestException e =
        catchThrowableOfType(
            InvalidFoiRequestException.class,
            () ->
                FoiRequest.of(
                    "R",
                    LocalDate.of(2024, 3, 14),
                    FoiQuestion.assets("1", "cameras", AssetCriteria.ANY),
                    FoiQuestion.dpiasFor("2", "their DPIAs", "2")));
    assertThat(e.problems())
        .extracting(p -> p.pointer() + ": " + p.message())
        .containsExactly(
            "/questions/1/dpiasFor/0: question \"2\" is not an earlier question: name an earlier"
                + " asset question");
  }

  @Test
  void aFieldIsDisclosedWithheldOrLeftOutButNeverTwoOfThem() {
    String message = "site: a field is disclosed, withheld or left out, not more than one";
    assertThatThrownBy(() -> new DisclosedField(Asset.SITE, "x", "31(1)(a)", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> new DisclosedField(Asset.SITE, "x", null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> new DisclosedField(Asset.SITE, null, "31(1)(a)", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(new DisclosedField(Asset.SITE, "x", null, false).value()).isEqualTo("x");
    assertThat(new DisclosedField(Asset.SITE, null, "31(1)(a)", false).withheldUnder())
        .isEqualTo("31(1)(a)");
    assertThat(new DisclosedField(Asset.SITE, null, null, true).leftOut()).isTrue();
    assertThat(new DisclosedField(Asset.SITE, null, null, false).value()).isNull();
  }

  @Test
  void anExemptionKeyIsLowerCaseWordsJoinedByHyphens() {
    assertThat(new Exemption("health-and-safety", "38(1)", "39(1)", true).key())
        .isEqualTo("health-and-safety");
    assertThat(new Exemption("s38", "38(1)", null, true).foisaSection()).isNull();
    for (String bad : List.of("Health", "health--safety", "-health", "health safety", "")) {
      assertThatThrownBy(() -> new Exemption(bad, "38(1)", null, true))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "an exemption key is lower-case words joined by hyphens, was \"" + bad + "\"");
    }
  }

  @Test
  void aPolicyBuiltAgainKeepsWhatWasDisclosedAndWithheld() {
    assertThat(DisclosurePolicy.standard().redactions())
        .containsEntry(Asset.SITE, Exemption.LAW_ENFORCEMENT)
        .containsEntry(Dpia.OWNER, Exemption.PERSONAL_DATA)
        .containsEntry(Contract.VALUE, Exemption.COMMERCIAL_INTERESTS);
    DisclosurePolicy sitesDisclosed = DisclosurePolicy.builder().disclose(Asset.SITE).build();
    assertThat(sitesDisclosed.redaction(Asset.SITE)).isEmpty();

    DisclosurePolicy again = sitesDisclosed.toBuilder().build();
    assertThat(again.redaction(Asset.SITE)).isEmpty();
    assertThat(again.redactions()).isEqualTo(sitesDisclosed.redactions());
    assertThat(again.redaction(Dpia.OWNER)).contains(Exemption.PERSONAL_DATA);

    NcndPolicy plain =
        NcndPolicy.builder()
            .bundle(OrganisationKind.LOCAL_AUTHORITY, List.of())
            .officerBundle(List.of(Exemption.NATIONAL_SECURITY_NCND))
            .build();
    NcndPolicy rebuilt = plain.toBuilder().build();
    assertThat(rebuilt.bundle(OrganisationKind.LOCAL_AUTHORITY)).isEmpty();
    assertThat(rebuilt.bundle(OrganisationKind.POLICE_FORCE))
        .isEqualTo(NcndPolicy.standard().bundle(OrganisationKind.POLICE_FORCE));
    assertThat(rebuilt.officerBundle(OrganisationKind.LOCAL_AUTHORITY))
        .containsExactly(Exemption.NATIONAL_SECURITY_NCND);
    assertThat(rebuilt.officerBundle(OrganisationKind.POLICE_FORCE))
        .isEqualTo(NcndPolicy.standard().bundle(OrganisationKind.POLICE_FORCE));
    assertThatThrownBy(() -> NcndPolicy.builder().officerBundle(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an NCND bundle cites at least one exemption");
  }

  @Test
  void anOfficersQuestionIsCoveredByNcndOnlyWhenItIsAboutHoldings() {
    NcndPolicy standard = NcndPolicy.standard();
    OfficerQuestion holdings =
        new OfficerQuestion(
            "1",
            "How many body-worn cameras?",
            new OfficerAnswer(QuestionOutcome.DISCLOSED, "Forty.", true, List.of()),
            false);
    OfficerQuestion other =
        new OfficerQuestion(
            "1",
            "How long is footage kept?",
            new OfficerAnswer(QuestionOutcome.DISCLOSED, "31 days.", false, List.of()),
            false);
    assertThat(standard.covers(OrganisationKind.POLICE_FORCE, holdings)).isTrue();
    assertThat(standard.covers(OrganisationKind.POLICE_FORCE, other)).isFalse();
    for (FoiQuestion question :
        List.<FoiQuestion>of(
            FoiQuestion.assets("1", "t", AssetCriteria.ANY),
            FoiQuestion.dpiasFor("2", "t", "1"),
            FoiQuestion.contractsFor("2", "t", "1"),
            FoiQuestion.doYouUse("1", "t", AssetCriteria.ANY),
            FoiQuestion.documentsFor("2", "t", Set.of(), "1"))) {
      assertThat(standard.covers(OrganisationKind.POLICE_FORCE, question))
          .as(question.id())
          .isTrue();
    }
  }

  @Test
  void theOvertViewsDocumentsNameOnlyItsOvertAssets() {
    Asset first = LettersInLawTest.camera("A-1", Deployment.OVERT).build();
    Asset covert = LettersInLawTest.camera("B-1", Deployment.COVERT).build();
    Asset last = LettersInLawTest.camera("C-1", Deployment.OVERT).build();
    GoverningDocument mixed =
        GoverningDocument.of(
            "P-1", DocumentKind.POLICY, "Mixed", List.of("C-1", "B-1", "A-1"), Set.of());
    GoverningDocument covertOnly =
        GoverningDocument.of("P-2", DocumentKind.POLICY, "Covert", List.of("B-1"), Set.of());
    AssetRegister whole =
        AssetRegister.of(
            new RegisterContents(
                Organisation.named("Example Police"),
                LocalDate.of(2024, 1, 1),
                List.of(first, covert, last),
                List.of(),
                List.of(),
                List.of(mixed, covertOnly)));

    OvertRegister view = OvertRegister.of(whole);

    assertThat(view.documents())
        .containsExactly(
            GoverningDocument.of(
                "P-1", DocumentKind.POLICY, "Mixed", List.of("C-1", "A-1"), Set.of()));
  }

  @Test
  void theOvertViewKeepsOnlyWhatOvertAssetsReferTo() {
    Asset overt =
        LettersInLawTest.camera("CAM-1", Deployment.OVERT)
            .dpiaIds(List.of("D-1"))
            .contractIds(List.of("C-1"))
            .build();
    Asset covert =
        LettersInLawTest.camera("COV-1", Deployment.COVERT)
            .dpiaIds(List.of("D-2"))
            .contractIds(List.of("C-2"))
            .build();
    Dpia d1 = Dpia.builder("D-1", "Overt", DpiaStatus.DRAFT).build();
    Dpia d2 = Dpia.builder("D-2", "Covert", DpiaStatus.DRAFT).build();
    Contract c1 = Contract.builder("C-1", "Overt Ltd").build();
    Contract c2 = Contract.builder("C-2", "Covert Ltd").build();
    GoverningDocument named =
        GoverningDocument.of("P-1", DocumentKind.POLICY, "Policy", List.of("CAM-1"), Set.of());
    GoverningDocument byCategory =
        GoverningDocument.of(
            "P-2", DocumentKind.POLICY, "Drones", List.of(), Set.of(AssetCategory.DRONE));
    Organisation organisation = Organisation.named("Example Police");
    AssetRegister whole =
        AssetRegister.of(
            new RegisterContents(
                organisation,
                LocalDate.of(2024, 1, 1),
                List.of(overt, covert),
                List.of(d1, d2),
                List.of(c1, c2),
                List.of(named, byCategory)));

    OvertRegister view = OvertRegister.of(whole);

    assertThat(view.assets()).containsExactly(overt);
    assertThat(view.dpias()).containsExactly(d1);
    assertThat(view.contracts()).containsExactly(c1);
    assertThat(view.documents()).containsExactly(named, byCategory);
    assertThat(view.documentsFor(List.of(overt))).containsExactly(named);
    assertThat(view.documentsFor(List.of())).isEmpty();
    assertThat(view.organisation()).isEqualTo(organisation);
    assertThat(view.asAt()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(view).isEqualTo(OvertRegister.of(whole)).hasSameHashCodeAs(OvertRegister.of(whole));
    assertThat(view)
        .isNotEqualTo(
            OvertRegister.of(
                AssetRegister.of(
                    organisation, LocalDate.of(2024, 1, 1), List.of(), List.of(), List.of())))
        .isNotEqualTo(whole);
    assertThat(view.toString()).startsWith("OvertRegister[").doesNotContain("COV-1");
    assertThat(
            OvertRegister.of(
                    AssetRegister.of(
                        organisation,
                        LocalDate.of(2024, 1, 1),
                        List.of(
                            LettersInLawTest.camera("CAM-2", Deployment.OVERT)
                                .location(Location.of("51.5", "-0.1"))
                                .build()),
                        List.of(),
                        List.of()))
                .hashCode())
        .isNotEqualTo(view.hashCode());
    assertThat(Map.of(view, 1)).containsKey(OvertRegister.of(whole));
  }
}
