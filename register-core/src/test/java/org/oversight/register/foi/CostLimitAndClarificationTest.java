package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;

/**
 * Requests answered in part under the cost limit (FOIA and FOISA s12(1), with advice under FOIA s16
 * and FOISA s15), and requests held pending clarification (s1(3)), whose clock starts again on the
 * day the further information comes (FOIA s10(6), FOISA s10(1)(b)).
 */
class CostLimitAndClarificationTest {
  private static final LocalDate RECEIVED = LocalDate.of(2024, 7, 22);

  private static OvertRegister register() {
    AssetRegister register =
        AssetRegister.of(
            Organisation.named("Test Constabulary")
                .withKindAndNation(OrganisationKind.POLICE_FORCE, null),
            RECEIVED,
            List.of(EssexRequestTest.overtAxisCamera("CAM-1").build()),
            List.of(),
            List.of());
    return OvertRegister.of(register);
  }

  private static FoiRequest request(Regime regime) {
    return new FoiRequest(
        "CL-1",
        RECEIVED,
        regime,
        List.of(
            FoiQuestion.assets("1", "Your cameras", AssetCriteria.ANY),
            FoiQuestion.answeredByOfficer(
                "2",
                "Every recording made in 2023",
                OfficerAnswer.of(QuestionOutcome.DISCLOSED, "not used")),
            FoiQuestion.contractsFor("3", "Contracts", "1")));
  }

  @Test
  void dueDateRestartsFromTheDayTheClarificationCameUnderEachRegimesWorkingDays() {
    Clarification clarified =
        new Clarification(
            LocalDate.of(2024, 7, 24), "Which years do you mean?", LocalDate.of(2024, 8, 14));

    FoiResponse foia =
        FoiResponder.standard()
            .respond(
                register(),
                request(Regime.FOIA).withClarification(clarified),
                LocalDate.of(2024, 9, 2));
    FoiResponse foisa =
        FoiResponder.standard()
            .respond(
                register(),
                request(Regime.FOISA).withClarification(clarified),
                LocalDate.of(2024, 9, 2));

    // FOIA: 26 August (summer bank holiday in England and Wales) is not a working day.
    assertThat(foia.dueOn()).isEqualTo(LocalDate.of(2024, 9, 12));
    // FOISA: Scotland's summer holiday was 5 August, so 26 August is a working day.
    assertThat(foisa.dueOn()).isEqualTo(LocalDate.of(2024, 9, 11));
    assertThat(foia.dueOn()).isNotEqualTo(Regime.FOIA.dueDate(RECEIVED));
    assertThat(foia.receivedOn()).isEqualTo(RECEIVED);
    String letter = FoiRenderer.plainText(foia);
    assertThat(letter)
        .contains("Response due by: 12 September 2024")
        .contains("received on 22 July 2024")
        .contains("We asked you on 24 July 2024 for further information")
        .contains("received it on 14 August 2024")
        .contains("sections 1(3) and 10(6) of the Act");
    assertThat(FoiRenderer.plainText(foisa)).contains("sections 1(3) and 10(1)(b) of the Act");
  }

  @Test
  void aRequestAwaitingClarificationAsksForItAndAnswersNothing() {
    FoiRequest request =
        request(Regime.FOIA)
            .withClarification(
                new Clarification(LocalDate.of(2024, 7, 24), "Which years do you mean?", null));

    FoiResponse response =
        FoiResponder.standard().respond(register(), request, LocalDate.of(2024, 7, 24));

    assertThat(response.outcome()).isEqualTo(ResponseOutcome.CLARIFICATION_SOUGHT);
    assertThat(response.answers()).isEmpty();
    // The officer is still told what is wrong with the register and the organisation.
    assertThat(response.warnings())
        .extracting(OfficerWarning::code)
        .containsExactly(OfficerWarning.Code.NO_FOI_CONTACT);
    String letter = FoiRenderer.plainText(response);
    assertThat(letter)
        .contains("Which years do you mean?")
        .contains("Under section 1(3) of the Act we are not obliged")
        .contains("start again from the day we do (section 10(6))")
        .doesNotContain("Question 1")
        .doesNotContain("Response due by")
        .doesNotContain("correct as at");
    assertThat(FoiRenderer.markdown(response)).doesNotContain("Response due by");
  }

  @Test
  void clarificationSoughtAfterTheDueDateWarnsTheOfficer() {
    FoiRequest request =
        request(Regime.FOIA)
            .withClarification(new Clarification(LocalDate.of(2024, 9, 30), "Which years?", null));

    FoiResponse response =
        FoiResponder.standard().respond(register(), request, LocalDate.of(2024, 9, 30));

    assertThat(response.warns(OfficerWarning.Code.CLARIFICATION_SOUGHT_LATE)).isTrue();
    assertThat(FoiRenderer.plainText(response)).doesNotContain("sought after");
  }

  @Test
  void costLimitLeavesTheNamedQuestionsUnansweredWithTheEstimateAndAdvice() {
    FoiRequest request =
        request(Regime.FOIA)
            .withCostLimit(
                new CostLimit(
                    60, List.of("2"), "Ask for the recordings of one month, from one camera."));

    FoiResponse response = FoiResponder.standard().respond(register(), request, RECEIVED);

    assertThat(response.answers())
        .extracting(QuestionAnswer::outcome)
        .containsExactly(
            QuestionOutcome.DISCLOSED,
            QuestionOutcome.EXCEEDS_COST_LIMIT,
            QuestionOutcome.NOT_HELD);
    assertThat(response.outcome()).isEqualTo(ResponseOutcome.PART_DISCLOSURE);
    assertThat(response.warns(OfficerWarning.Code.COST_ESTIMATE_WITHIN_LIMIT)).isFalse();
    String letter = FoiRenderer.plainText(response);
    assertThat(letter)
        .contains("31(1)(a) and 12(1) for the information not disclosed")
        .contains("about 60 hours of staff time")
        .contains("£1500")
        .contains("appropriate limit of £450 (18 hours)")
        .contains("under section 12(1) of the Act we are not obliged to comply")
        .contains("(section 16)")
        .contains("have not answered question 2")
        .contains("Ask for the recordings of one month, from one camera.")
        .doesNotContain("not used");
    assertThat(letter.indexOf("Cost limit\n")).isGreaterThan(letter.indexOf("Question 3:"));
  }

  @Test
  void foisaCostLimitIsThePrescribedAmountWithAdviceUnderSection15() {
    FoiRequest request =
        request(Regime.FOISA).withCostLimit(new CostLimit(50, List.of("2"), "Narrow it."));

    String letter =
        FoiRenderer.plainText(FoiResponder.standard().respond(register(), request, RECEIVED));

    assertThat(letter)
        .contains("at £15 an hour is £750")
        .contains("prescribed amount of £600")
        .contains("(section 15)")
        .doesNotContain("section 16");
  }

  @Test
  void anEstimateWithinTheLimitWarnsTheOfficer() {
    FoiRequest request =
        request(Regime.FOIA).withCostLimit(new CostLimit(18, List.of("2"), "Narrow it."));

    FoiResponse response = FoiResponder.standard().respond(register(), request, RECEIVED);

    assertThat(response.warns(OfficerWarning.Code.COST_ESTIMATE_WITHIN_LIMIT)).isTrue();
  }

  @Test
  void aQuestionReferringToOneLeftToTheCostLimitMustBeLeftToo() {
    assertThatThrownBy(
            () ->
                request(Regime.FOIA).withCostLimit(new CostLimit(60, List.of("1", "9"), "Narrow")))
        .isInstanceOfSatisfying(
            InvalidFoiRequestException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.pointer() + ": " + p.message())
                    .containsExactly(
                        "/costLimit/questions/1: no question has the id \"9\"",
                        "/questions/2: refers to question \"1\", which the cost limit leaves"
                            + " unanswered: name it in costLimit.questions too"));
  }
}
