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
import org.oversight.register.model.Money;

/** The request that started the project: Essex Police, ref 16076, received 6 September 2021. */
class EssexRequestTest {

  static final LocalDate RECEIVED = LocalDate.of(2021, 9, 6);

  static FoiRequest essexRequest() {
    return FoiRequest.of(
        "16076",
        RECEIVED,
        FoiQuestion.assets(
            "1",
            "A list of all Hikvision products your force owns or operates",
            AssetCriteria.ANY.withManufacturer("Hikvision")),
        FoiQuestion.assets(
            "2",
            "A list of all advanced CCTV products your force owns or operates",
            AssetCriteria.ANY.withAdvanced(true)),
        FoiQuestion.dpiasFor("3", "DPIAs for all of these products", "1", "2"),
        FoiQuestion.contractsFor(
            "4", "Contracts for these products' supply - prices can be redacted", "1", "2"));
  }

  static Asset.Builder overtAxisCamera(String id) {
    return Asset.builder(id)
        .manufacturer("Axis Communications")
        .category(AssetCategory.FIXED_CAMERA)
        .capabilities(Capability.RECORDING, Capability.LIVE_VIEW)
        .deployment(Deployment.OVERT)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(LocalDate.of(2019, 4, 1))
        .quantity(12)
        .site("Chelmsford town centre");
  }

  static AssetRegister essexRegister(boolean withCovert) {
    List<Asset> overt = List.of(overtAxisCamera("CAM-0001").build());
    if (!withCovert) {
      return AssetRegister.of("Essex Police", RECEIVED, overt, List.of(), List.of());
    }
    Asset covertFr =
        Asset.builder("FR-0001")
            .manufacturer("NEC")
            .category(AssetCategory.FACIAL_RECOGNITION_SYSTEM)
            .capabilities(Capability.LIVE_FACIAL_RECOGNITION)
            .deployment(Deployment.COVERT)
            .owned(true)
            .operated(true)
            .status(AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2020, 1, 1))
            .site("Secret van")
            .dpiaIds(List.of("DPIA-COVERT"))
            .contractIds(List.of("C-COVERT"))
            .authorisationRef("RIPA-2021-0042")
            .build();
    Asset covertHikvision =
        Asset.builder("CAM-0002")
            .manufacturer("Hikvision")
            .category(AssetCategory.FIXED_CAMERA)
            .capabilities(Capability.RECORDING)
            .deployment(Deployment.COVERT)
            .owned(true)
            .operated(true)
            .status(AssetStatus.IN_SERVICE)
            .inServiceFrom(LocalDate.of(2018, 1, 1))
            .quantity(3)
            .contractIds(List.of("C-COVERT"))
            .authorisationRef("RIPA-2020-0007")
            .build();
    Dpia covertDpia =
        Dpia.builder("DPIA-COVERT", "Covert LFR deployment", DpiaStatus.APPROVED)
            .completedOn(LocalDate.of(2019, 12, 1))
            .owner("D. Officer")
            .build();
    Contract covertContract =
        Contract.builder("C-COVERT", "Secret Supplies Ltd")
            .value(Money.of("990000.00", "GBP"))
            .build();
    return AssetRegister.of(
        "Essex Police",
        RECEIVED,
        List.of(overt.get(0), covertFr, covertHikvision),
        List.of(covertDpia),
        List.of(covertContract));
  }

  static FoiResponse answer(AssetRegister register) {
    return FoiResponder.standard().respond(OvertRegister.of(register), essexRequest());
  }

  @Test
  void everyAnswerIsNotHeldThoughCovertFacialRecognitionAndHikvisionAreHeld() {
    FoiResponse response = answer(essexRegister(true));

    assertThat(response.answers())
        .extracting(QuestionAnswer::outcome)
        .containsExactly(
            QuestionOutcome.NOT_HELD,
            QuestionOutcome.NOT_HELD,
            QuestionOutcome.NOT_HELD,
            QuestionOutcome.NOT_HELD);
    assertThat(response.outcome()).isEqualTo(ResponseOutcome.PART_DISCLOSURE);
  }

  @Test
  void neitherConfirmsNorDeniesUnderSections23And24And31() {
    FoiResponse response = answer(essexRegister(true));

    assertThat(response.ncnd()).isNotNull();
    assertThat(response.ncnd().bundle())
        .extracting(CitedExemption::section)
        .containsExactly("23(5)", "24(2)", "31(3)");
    assertThat(response.ncnd().questionIds()).containsExactly("1", "2", "3", "4");
    assertThat(response.exemptions())
        .extracting(CitedExemption::section)
        .containsExactly("23(5)", "24(2)", "31(3)");
    assertThat(response.redactions()).isEmpty();
  }

  @Test
  void isCorrectAsAtReceiptAndDueOnTheFourthOfOctober() {
    FoiResponse response = answer(essexRegister(true));
    String letter = FoiRenderer.plainText(response);

    assertThat(response.dataCorrectAsAt()).isEqualTo(RECEIVED);
    assertThat(response.dueOn()).isEqualTo(LocalDate.of(2021, 10, 4));
    assertThat(letter)
        .contains("correct as at 6 September 2021")
        .contains("Response due by: 4 October 2021")
        .contains("Question 1: \"A list of all Hikvision products your force owns or operates\"")
        .contains(
            "Outcome: No information is held about overt use; we neither confirm nor deny whether"
                + " any other information is held, relying on sections 23(5), 24(2) and 31(3)")
        .contains("internal review")
        .contains("Information Commissioner");
  }

  @Test
  void theLetterIsTheSameByteForByteWithoutTheCovertRecords() {
    FoiResponse withCovert = answer(essexRegister(true));
    FoiResponse withoutCovert = answer(essexRegister(false));

    assertThat(FoiRenderer.plainText(withCovert)).isEqualTo(FoiRenderer.plainText(withoutCovert));
    assertThat(FoiRenderer.markdown(withCovert)).isEqualTo(FoiRenderer.markdown(withoutCovert));
    assertThat(withCovert).isEqualTo(withoutCovert);
  }

  @Test
  void nothingCovertAppearsInAnyRendering() {
    FoiResponse response = answer(essexRegister(true));

    for (String rendering :
        List.of(FoiRenderer.plainText(response), FoiRenderer.markdown(response))) {
      assertThat(rendering)
          .doesNotContain("RIPA")
          .doesNotContain("NEC")
          .doesNotContain("FR-0001")
          .doesNotContain("CAM-0002")
          .doesNotContain("DPIA-COVERT")
          .doesNotContain("Secret");
    }
  }

  @Test
  void underFoisaTheNcndProvisionIsSection18AndTheRegulatorIsScottish() {
    FoiResponse response =
        FoiResponder.standard()
            .respond(
                OvertRegister.of(essexRegister(true)), essexRequest().withRegime(Regime.FOISA));
    String letter = FoiRenderer.plainText(response);

    assertThat(response.exemptions())
        .extracting(CitedExemption::section)
        .containsExactly("31(1)", "35(1)(a) and (b)");
    assertThat(response.ncnd().provision()).isEqualTo("18(1)");
    assertThat(letter)
        .contains("Freedom of Information (Scotland) Act 2002")
        .contains("notice under section 17(1)")
        .contains("Scottish Information Commissioner")
        .doesNotContain("23(5)");
  }
}
