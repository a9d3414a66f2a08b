package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.DocumentKind;

/**
 * A question made from the members of its JSON form, as a reader has them: the one kind given
 * decides the question, and each member given on a question of another kind is a problem at its own
 * pointer. Criteria about a period or a plan are checked as they are made.
 */
class QuestionFormsTest {
  private static final AssetCriteria CRITERIA = AssetCriteria.ANY;
  private static final OfficerAnswer ANSWER = OfficerAnswer.of(QuestionOutcome.DISCLOSED, "Yes.");

  private static FoiQuestion.Kinds kinds(
      @Nullable AssetCriteria assets,
      @Nullable List<String> dpias,
      @Nullable List<String> contracts,
      @Nullable AssetCriteria uses,
      @Nullable List<String> documents,
      @Nullable OfficerAnswer officer) {
    return new FoiQuestion.Kinds(assets, dpias, contracts, uses, documents, officer);
  }

  private static List<String> problems(Runnable making) {
    InvalidFoiRequestException e =
        catchThrowableOfType(InvalidFoiRequestException.class, making::run);
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(p -> p.pointer() + ": " + p.message()).toList();
  }

  @Test
  void theOneKindGivenDecidesTheQuestion() {
    Set<DocumentKind> policies = Set.of(DocumentKind.POLICY);

    assertThat(
            FoiQuestion.of(
                "1",
                "t",
                kinds(CRITERIA, null, null, null, null, null),
                true,
                false,
                false,
                Set.of()))
        .isEqualTo(new AssetsQuestion("1", "t", CRITERIA, true));
    assertThat(
            FoiQuestion.of(
                "1",
                "t",
                kinds(null, List.of("0"), null, null, null, null),
                false,
                false,
                false,
                Set.of()))
        .isEqualTo(new DpiasQuestion("1", "t", List.of("0"), false));
    assertThat(
            FoiQuestion.of(
                "1",
                "t",
                kinds(null, null, List.of("0"), null, null, null),
                false,
                true,
                false,
                Set.of()))
        .isEqualTo(new ContractsQuestion("1", "t", List.of("0"), true, false, false));
    assertThat(
            FoiQuestion.of(
                "1",
                "t",
                kinds(null, null, List.of("0"), null, null, null),
                false,
                false,
                true,
                Set.of()))
        .isEqualTo(new ContractsQuestion("1", "t", List.of("0"), false, false, true));
    assertThat(
            FoiQuestion.of(
                "1",
                "t",
                kinds(null, null, null, CRITERIA, null, null),
                true,
                false,
                false,
                Set.of()))
        .isEqualTo(new UsesQuestion("1", "t", CRITERIA, true));
    assertThat(
            FoiQuestion.of(
                "1",
                "t",
                kinds(null, null, null, null, List.of("0"), null),
                false,
                false,
                false,
                policies))
        .isEqualTo(new DocumentsQuestion("1", "t", List.of("0"), policies, false));
    assertThat(
            FoiQuestion.of(
                "1",
                "t",
                kinds(null, null, null, null, null, ANSWER),
                false,
                false,
                false,
                Set.of()))
        .isEqualTo(new OfficerQuestion("1", "t", ANSWER, false));
  }

  @Test
  void membersOfAnotherKindOfQuestionAreEachAProblem() {
    String kindRule =
        ": give exactly one of \"assets\", \"dpiasFor\", \"contractsFor\", \"doYouUse\","
            + " \"documentsFor\" and \"answeredByOfficer\", not ";

    assertThat(
            problems(
                () ->
                    FoiQuestion.of(
                        "1",
                        "t",
                        kinds(null, null, null, null, null, null),
                        false,
                        false,
                        false,
                        Set.of())))
        .containsExactly(kindRule + "none");
    assertThat(
            problems(
                () ->
                    FoiQuestion.of(
                        "1",
                        "t",
                        kinds(CRITERIA, List.of("0"), List.of("0"), CRITERIA, List.of("0"), ANSWER),
                        false,
                        false,
                        false,
                        Set.of())))
        .containsExactly(kindRule + "6");
    assertThat(
            problems(
                () ->
                    FoiQuestion.of(
                        "1",
                        "t",
                        kinds(null, List.of("0"), null, null, null, null),
                        false,
                        true,
                        true,
                        Set.of(DocumentKind.POLICY))))
        .containsExactly(
            "/withoutPrices: is only for a contractsFor question",
            "/suppliersOnly: is only for a contractsFor question",
            "/withoutPrices: a suppliers-only question asks for no prices",
            "/documentKinds: is only for a documentsFor question");
    assertThat(
            problems(
                () ->
                    FoiQuestion.of(
                        "1",
                        "t",
                        kinds(null, null, List.of("0"), null, null, null),
                        false,
                        true,
                        true,
                        Set.of())))
        .containsExactly("/withoutPrices: a suppliers-only question asks for no prices");
    assertThat(
            problems(
                () ->
                    FoiQuestion.of(
                        "1",
                        "t",
                        kinds(null, null, null, CRITERIA, null, null),
                        false,
                        false,
                        true,
                        Set.of())))
        .containsExactly("/suppliersOnly: is only for a contractsFor question");
  }

  @Test
  void aPeriodOfServiceNeedsBothEndsInOrderAndIsNotForPlans() {
    LocalDate jan = LocalDate.of(2024, 1, 1);
    LocalDate feb = LocalDate.of(2024, 2, 1);
    String both = "a period of service needs both inServiceFrom and inServiceTo";

    assertThat(CRITERIA.withInServiceDuring(jan, jan).inServiceTo()).isEqualTo(jan);
    assertThat(CRITERIA.withInServiceDuring(jan, feb).planned()).isFalse();
    assertThat(problems(() -> criteria(false, null, jan, null)))
        .containsExactly("/inServiceTo: " + both);
    assertThat(problems(() -> criteria(false, null, null, feb)))
        .containsExactly("/inServiceFrom: " + both);
    assertThat(problems(() -> criteria(false, null, feb, jan)))
        .containsExactly(
            "/inServiceTo: must not be before inServiceFrom (2024-02-01), was 2024-01-01");
    assertThat(problems(() -> criteria(true, null, jan, feb)))
        .containsExactly("/inServiceFrom: a period of service is not for planned equipment");
    assertThat(problems(() -> criteria(true, 3, feb, jan)))
        .containsExactly(
            "/inServiceFrom: a period of service is not for planned equipment",
            "/inServiceTo: must not be before inServiceFrom (2024-02-01), was 2024-01-01");
    assertThat(problems(() -> criteria(false, 3, null, null)))
        .containsExactly("/plannedWithinMonths: is only for a question about planned equipment");
    assertThat(criteria(true, 3, null, null).plannedWithinMonths()).isEqualTo(3);
    assertThat(CRITERIA.withPlanned(6))
        .extracting(AssetCriteria::planned, AssetCriteria::plannedWithinMonths)
        .containsExactly(true, 6);
  }

  private static AssetCriteria criteria(
      boolean planned, @Nullable Integer months, @Nullable LocalDate from, @Nullable LocalDate to) {
    return new AssetCriteria(
        null, Set.of(), Set.of(), null, Relationship.OWNS_OR_OPERATES, planned, months, from, to);
  }
}
