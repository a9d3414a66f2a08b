package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.validation.Problem;

/** Questions the register cannot answer, answered by the officer in the request. */
class OfficerQuestionTest {
  private static final LocalDate RECEIVED = LocalDate.of(2025, 1, 13);

  private static FoiResponse answer(OrganisationKind kind, FoiQuestion... questions) {
    AssetRegister register =
        AssetRegister.of(
            Organisation.named("Test").withKindAndNation(kind, null),
            RECEIVED,
            List.of(),
            List.of(),
            List.of());
    return FoiResponder.standard()
        .respond(OvertRegister.of(register), FoiRequest.of("R", RECEIVED, questions), RECEIVED);
  }

  @Test
  void aQuestionAboutHoldingsIsAnsweredAsAboutOvertUseUnderTheNcndClassRule() {
    FoiResponse response =
        answer(
            OrganisationKind.POLICE_FORCE,
            FoiQuestion.answeredByOfficer(
                "1", "Deployments?", OfficerAnswer.of(QuestionOutcome.DISCLOSED, "Fourteen.")),
            FoiQuestion.answeredByOfficer(
                "2",
                "Retention?",
                new OfficerAnswer(QuestionOutcome.DISCLOSED, "31 days.", false, List.of())));

    assertThat(response.answer("1").overtOnly()).isTrue();
    assertThat(response.answer("2").overtOnly()).isFalse();
    assertThat(response.ncnd()).isNotNull();
    assertThat(response.ncnd().questionIds()).containsExactly("1");
    String letter = FoiRenderer.plainText(response);
    assertThat(letter)
        .contains("Answer: Fourteen. See also \"Neither confirm nor deny\" below.")
        .contains("Answer: 31 days.\n");
  }

  @Test
  void theOfficersExemptionsAreCitedWithTheirReasonsAndPublicInterestTest() {
    OfficerExemption exemption =
        new OfficerExemption(
            "31(1)(a)",
            "law enforcement",
            true,
            "It would help offenders.\nForged paragraph",
            "Openness.",
            "Crime prevention.",
            "Against disclosure.");
    FoiResponse response =
        answer(
            OrganisationKind.LOCAL_AUTHORITY,
            FoiQuestion.answeredByOfficer(
                "1",
                "Which streets?",
                new OfficerAnswer(
                    QuestionOutcome.WITHHELD, "Withheld.", false, List.of(exemption))));

    assertThat(response.outcome()).isEqualTo(ResponseOutcome.REFUSED);
    assertThat(response.answer("1").exemptions()).containsExactly("31(1)(a)");
    String letter = FoiRenderer.plainText(response);
    assertThat(letter)
        .contains("We rely on section 31(1)(a) of the Act; the reasons are given below")
        .contains("Section 31(1)(a): law enforcement")
        .contains("Why it applies: It would help offenders.\\nForged paragraph")
        .contains("In favour of disclosure: Openness.")
        .doesNotContain("\nForged paragraph");
  }

  @Test
  void theOfficersAnswerIsCheckedAsItIsRead() {
    assertThatThrownBy(() -> new OfficerAnswer(QuestionOutcome.WITHHELD, "No.", true, List.of()))
        .isInstanceOfSatisfying(
            InvalidFoiRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::pointer)
                    .containsExactly("/exemptions"));
    assertThatThrownBy(
            () -> new OfficerExemption("section 40(2)", "personal", false, "r", null, null, null))
        .isInstanceOfSatisfying(
            InvalidFoiRequestException.class,
            e -> assertThat(e.problems()).extracting(Problem::pointer).containsExactly("/section"));
    assertThatThrownBy(() -> new OfficerExemption("24(1)", "security", true, "r", null, "a", null))
        .isInstanceOfSatisfying(
            InvalidFoiRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::pointer)
                    .containsExactly("/publicInterestFor", "/balance"));
    assertThatThrownBy(() -> new OfficerExemption("21", "elsewhere", false, "r", "f", null, null))
        .isInstanceOfSatisfying(
            InvalidFoiRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::pointer)
                    .containsExactly("/publicInterestFor"));
  }
}
