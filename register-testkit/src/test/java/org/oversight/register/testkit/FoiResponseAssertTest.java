package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.register.testkit.RegisterAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.AssetCriteria;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.foi.ResponseOutcome;

class FoiResponseAssertTest {
  static final LocalDate RECEIVED = LocalDate.of(2021, 9, 6);

  final AssetRegister essex = SampleRegisters.essex2021();
  final FoiRequest request =
      FoiRequest.of(
          "16076",
          RECEIVED,
          FoiQuestion.assets(
              "1", "All Hikvision products", AssetCriteria.ANY.withManufacturer("Hikvision")),
          FoiQuestion.assets("2", "All advanced CCTV", AssetCriteria.ANY.withAdvanced(true)),
          FoiQuestion.dpiasFor("3", "Their DPIAs", "1", "2"),
          FoiQuestion.contractsFor("4", "Their contracts", "1", "2"));
  final FoiResponse response = FoiResponder.standard().respond(OvertRegister.of(essex), request);

  @Test
  void theEssexAnswerPasses() {
    assertThat(response)
        .hasOutcome(ResponseOutcome.PART_DISCLOSURE)
        .isDueOn(LocalDate.of(2021, 10, 4))
        .citesExemption("23(5)")
        .neitherConfirmsNorDenies()
        .disclosesNothingCovert(essex);
    assertThat(response).answer("1").isNotHeld().disclosesExactly();
    assertThat(response).answer("4").isNotHeld();
  }

  @Test
  void failuresSayWhatWasExpectedAndFound() {
    assertThatThrownBy(() -> assertThat(response).hasOutcome(ResponseOutcome.FULL_DISCLOSURE))
        .hasMessageContaining(
            "Expecting response 16076 to have outcome FULL_DISCLOSURE but it is PART_DISCLOSURE");
    assertThatThrownBy(() -> assertThat(response).isDueOn(RECEIVED))
        .hasMessageContaining("to be due on 2021-09-06 but it is due on 2021-10-04");
    assertThatThrownBy(() -> assertThat(response).citesExemption("43(2)"))
        .hasMessageContaining("to cite section 43(2) but it cites [23(5), 24(2), 31(3)]");
    assertThatThrownBy(() -> assertThat(response).answer("1").isDisclosed())
        .hasMessageContaining(
            "Expecting the answer to question 1 to be DISCLOSED but it is NOT_HELD");
    assertThatThrownBy(() -> assertThat(response).answer("9"))
        .hasMessageContaining("to answer question 9 but it answers [1, 2, 3, 4]");
  }

  @Test
  void aResponseNamingACovertRecordFails() {
    // Drafting from a view that wrongly includes covert assets must be caught.
    AssetRegister everythingOvert =
        essex.derive(
            essex.assets().stream()
                .map(
                    a ->
                        a.toBuilder()
                            .deployment(org.oversight.register.model.Deployment.OVERT)
                            .authorisationRef(null)
                            .build())
                .toList(),
            essex.dpias(),
            essex.contracts());
    FoiResponse leaky = FoiResponder.standard().respond(OvertRegister.of(everythingOvert), request);

    assertThatThrownBy(() -> assertThat(leaky).disclosesNothingCovert(essex))
        .hasMessageContaining("to disclose nothing covert but it names covert-only records [");
    List.of(1).forEach(i -> assertThat(response).disclosesNothingCovert(essex));
  }
}
