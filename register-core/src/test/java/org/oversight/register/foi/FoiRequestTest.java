package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.validation.Problem;

class FoiRequestTest {

  private static final LocalDate DAY = LocalDate.of(2021, 9, 6);

  @Test
  void reportsEveryProblemWithItsPath() {
    InvalidFoiRequestException thrown =
        catchThrowableOfType(
            InvalidFoiRequestException.class,
            () ->
                FoiRequest.of(
                    "R",
                    DAY,
                    FoiQuestion.dpiasFor("1", "DPIAs for question 2", "2"),
                    FoiQuestion.assets("2", "cameras", AssetCriteria.ANY),
                    FoiQuestion.assets("2", "again", AssetCriteria.ANY),
                    FoiQuestion.contractsFor("4", "contracts", "1", "9")));

    assertThat(thrown.problems())
        .extracting(Problem::pointer)
        .containsExactly(
            "/questions/0/dpiasFor/0",
            "/questions/2/id",
            "/questions/3/contractsFor/0",
            "/questions/3/contractsFor/1");
    assertThat(thrown.problems().get(2).message()).contains("not an asset question");
    assertThat(thrown.problems().get(3).pointer()).isEqualTo("/questions/3/contractsFor/1");
  }

  @Test
  void aQuestionHasExactlyOneKind() {
    assertThatThrownBy(
            () -> FoiQuestion.of("1", "both", AssetCriteria.ANY, List.of("0"), null, false, false))
        .isInstanceOf(InvalidFoiRequestException.class)
        .hasMessageContaining(
            "exactly one of \"assets\", \"dpiasFor\", \"contractsFor\", \"doYouUse\","
                + " \"documentsFor\" and \"answeredByOfficer\", not 2");
    assertThatThrownBy(() -> FoiQuestion.of("1", "none", null, null, null, false, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FoiQuestion.of("1", "prices", null, List.of("0"), null, false, true))
        .isInstanceOf(InvalidFoiRequestException.class)
        .hasMessageContaining("/withoutPrices: is only for a contractsFor question");
    assertThatThrownBy(() -> FoiQuestion.dpiasFor("1", "empty"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  void aRequestHasAQuestionAndTheDefaultsOfTheContract() {
    assertThatThrownBy(() -> new FoiRequest("R", DAY, Regime.FOIA, List.of()))
        .isInstanceOf(InvalidFoiRequestException.class)
        .hasMessageContaining("at least one question");
    FoiRequest request = FoiRequest.of("R", DAY, FoiQuestion.assets("1", "all", AssetCriteria.ANY));
    assertThat(request.regime()).isNull();
    assertThat(request.regimeFor(org.oversight.register.model.Organisation.named("Any")))
        .isEqualTo(Regime.FOIA);
    assertThat(AssetCriteria.ANY.relationship()).isEqualTo(Relationship.OWNS_OR_OPERATES);
    assertThatThrownBy(() -> AssetCriteria.ANY.withManufacturer(" - "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
