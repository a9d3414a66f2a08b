package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.oversight.register.model.OrganisationKind;

class DisclosureScenarioTest {

  private static final LocalDate RECEIVED = EssexRequestTest.RECEIVED;

  private static Asset.Builder camera(String id) {
    return Asset.builder(id)
        .category(AssetCategory.FIXED_CAMERA)
        .capabilities(Capability.RECORDING)
        .deployment(Deployment.OVERT)
        .owned(true)
        .operated(true)
        .status(AssetStatus.IN_SERVICE)
        .inServiceFrom(LocalDate.of(2020, 1, 1));
  }

  private static AssetRegister register() {
    return AssetRegister.of(
        "Essex Police",
        RECEIVED,
        List.of(
            camera("CAM-1")
                .brand("EZVIZ")
                .site("Police HQ car park")
                .dpiaIds(List.of("D-1"))
                .contractIds(List.of("C-1"))
                .build(),
            camera("CAM-2")
                .manufacturer("HikVision")
                .category(AssetCategory.PTZ_CAMERA)
                .quantity(4)
                .dpiaIds(List.of("D-1"))
                .contractIds(List.of("C-2"))
                .build(),
            camera("CAM-3")
                .manufacturer("Hangzhou Hikvision Digital Technology Co., Ltd.")
                .status(AssetStatus.DECOMMISSIONED)
                .inServiceFrom(LocalDate.of(2017, 1, 1))
                .inServiceUntil(LocalDate.of(2021, 6, 30))
                .contractIds(List.of("C-9"))
                .build(),
            camera("CAM-4")
                .manufacturer("Hikvision")
                .status(AssetStatus.PLANNED)
                .inServiceFrom(null)
                .build(),
            camera("ANPR-1")
                .manufacturer("Axis")
                .category(AssetCategory.ANPR_CAMERA)
                .capabilities(Capability.NUMBER_PLATE_RECOGNITION)
                .contractIds(List.of("C-3"))
                .build()),
        List.of(
            Dpia.builder("D-1", "Public space CCTV", DpiaStatus.APPROVED)
                .version("2.1")
                .completedOn(LocalDate.of(2019, 2, 11))
                .owner("J. Smith")
                .build()),
        List.of(
            Contract.builder("C-1", "Example Systems Ltd")
                .reference("ESX/2019/114")
                .title("Town centre CCTV replacement")
                .value(Money.of("125000.00", "GBP"))
                .build(),
            Contract.builder("C-2", "Published Supplies Ltd")
                .title("PTZ cameras")
                .value(Money.of("5000.00", "GBP"))
                .publishedUrl("https://example.org/contracts/114")
                .build(),
            Contract.builder("C-3", "ANPR Ltd").title("ANPR").build(),
            Contract.builder("C-9", "Old Ltd").title("Old cameras").build()));
  }

  private static FoiResponse answer(DisclosurePolicy policy) {
    return FoiResponder.of(policy)
        .respond(OvertRegister.of(register()), EssexRequestTest.essexRequest());
  }

  @Test
  void hikvisionMatchesByBrandAndSpellingButNotDecommissionedOrPlanned() {
    QuestionAnswer hikvision = answer(DisclosurePolicy.standard()).answer("1");

    assertThat(hikvision.outcome()).isEqualTo(QuestionOutcome.DISCLOSED);
    assertThat(hikvision.records())
        .extracting(DisclosedRecord::id)
        .containsExactly("CAM-1", "CAM-2");
    assertThat(hikvision.workings().get(0).reasons())
        .anySatisfy(n -> assertThat(n).contains("EZVIZ"));
    assertThat(hikvision.found()).isEqualTo(new Count(2, 5));
  }

  @Test
  void followUpQuestionsFollowTheAssetsFound() {
    FoiResponse response = answer(DisclosurePolicy.standard());

    assertThat(response.answer("2").records())
        .extracting(DisclosedRecord::id)
        .containsExactly("ANPR-1");
    assertThat(response.answer("3").records())
        .extracting(DisclosedRecord::id)
        .containsExactly("D-1");
    QuestionAnswer contracts = response.answer("4");
    assertThat(contracts.outcome()).isEqualTo(QuestionOutcome.DISCLOSED);
    assertThat(contracts.records()).extracting(DisclosedRecord::id).containsExactly("C-1", "C-3");
    assertThat(contracts.publishedElsewhere())
        .containsExactly(
            new PublishedReference(
                RecordKind.CONTRACT,
                "C-2",
                "PTZ cameras",
                "Published Supplies Ltd",
                "https://example.org/contracts/114"));
    assertThat(contracts.exemptions()).contains("21", "43(2)");
  }

  @Test
  void withholdsValuesOwnersAndSitesFieldByField() {
    FoiResponse response = answer(DisclosurePolicy.standard());
    String letter = FoiRenderer.plainText(response);

    assertThat(response.redactions())
        .extracting(r -> r.id() + " " + r.field() + " " + r.section())
        .containsExactly("CAM-1 site 31(1)(a)", "D-1 owner 40(2)", "C-1 value 43(2)");
    assertThat(letter)
        .doesNotContain("125000")
        .doesNotContain("J. Smith")
        .doesNotContain("Police HQ")
        .doesNotContain("5000.00")
        .contains("    Value: withheld under section 43(2)\n")
        .contains("Section 43(2): commercial interests\n")
        .contains("Supplier: Example Systems Ltd")
        .contains("https://example.org/contracts/114")
        .doesNotContain("C-9")
        .doesNotContain("CAM-3")
        .doesNotContain("CAM-4");
    assertThat(response.outcome()).isEqualTo(ResponseOutcome.PART_DISCLOSURE);
  }

  @Test
  void aPolicyCanDiscloseValuesAndStopPointingElsewhere() {
    DisclosurePolicy policy =
        DisclosurePolicy.builder()
            .disclose(Contract.VALUE)
            .pointToPublishedContracts(false)
            .build();

    QuestionAnswer contracts = answer(policy).answer("4");

    assertThat(contracts.records())
        .extracting(DisclosedRecord::id)
        .containsExactly("C-1", "C-2", "C-3");
    assertThat(contracts.publishedElsewhere()).isEmpty();
    assertThat(contracts.records().get(0).fields())
        .contains(new DisclosedField(Contract.VALUE, Money.of("125000.00", "GBP"), null, false));
  }

  @Test
  void anUnknownManufacturerIsNeverReportedAsNotHeld() {
    AssetRegister register =
        AssetRegister.of(
            "Council",
            RECEIVED,
            List.of(camera("CAM-9").build(), camera("CAM-8").manufacturer("Axis").build()),
            List.of(),
            List.of());
    FoiRequest request =
        FoiRequest.of(
            "R1",
            RECEIVED,
            FoiQuestion.assets(
                "1", "Hikvision cameras", AssetCriteria.ANY.withManufacturer("Hikvision")));

    QuestionAnswer answer =
        FoiResponder.standard().respond(OvertRegister.of(register), request).answer("1");

    assertThat(answer.outcome()).isEqualTo(QuestionOutcome.DISCLOSED);
    assertThat(answer.records()).extracting(DisclosedRecord::id).containsExactly("CAM-9");
    assertThat(answer.manufacturerUnknown()).isEqualTo(new Count(1, 1));
    assertThat(
            FoiRenderer.plainText(
                FoiResponder.standard().respond(OvertRegister.of(register), request)))
        .contains("is not recorded, so we cannot say whether it is a Hikvision product")
        .doesNotContain("No information is held about overt equipment matching");
  }

  /** A policy for a council with no covert powers: no NCND. */
  static final NcndPolicy PLAIN =
      NcndPolicy.builder()
          .bundle(OrganisationKind.LOCAL_AUTHORITY, List.of())
          .assumeWhenUnknown(OrganisationKind.LOCAL_AUTHORITY)
          .build();

  @Test
  void outcomesMapAsDocumented() {
    AssetRegister register =
        AssetRegister.of(
            "Council",
            RECEIVED,
            List.of(camera("CAM-8").manufacturer("Axis").build()),
            List.of(),
            List.of());
    FoiResponder plain = FoiResponder.of(DisclosurePolicy.builder().ncnd(PLAIN).build());
    FoiRequest axis =
        FoiRequest.of(
            "R",
            RECEIVED,
            FoiQuestion.assets("1", "Axis", AssetCriteria.ANY.withManufacturer("Axis")));
    FoiRequest dahua =
        FoiRequest.of(
            "R",
            RECEIVED,
            FoiQuestion.assets("1", "Dahua", AssetCriteria.ANY.withManufacturer("Dahua")));
    FoiResponder refusing =
        FoiResponder.of(
            DisclosurePolicy.builder()
                .ncnd(PLAIN)
                .withhold(q -> q.criteria().manufacturer() != null, Exemption.LAW_ENFORCEMENT)
                .build());
    OvertRegister view = OvertRegister.of(register);

    assertThat(plain.respond(view, axis).outcome()).isEqualTo(ResponseOutcome.FULL_DISCLOSURE);
    assertThat(plain.respond(view, dahua).outcome()).isEqualTo(ResponseOutcome.NO_INFORMATION_HELD);
    FoiResponse refused = refusing.respond(view, axis);
    assertThat(refused.outcome()).isEqualTo(ResponseOutcome.REFUSED);
    assertThat(refused.answer("1").outcome()).isEqualTo(QuestionOutcome.WITHHELD);
    assertThat(FoiRenderer.plainText(refused)).contains("withheld under section 31(1)(a)");
  }

  @Test
  void anExemptionWithoutAScottishSectionIsAnError() {
    DisclosurePolicy policy =
        DisclosurePolicy.builder()
            .redact(Contract.SUPPLIER, Exemption.SECURITY_BODIES_NCND)
            .build();
    FoiRequest request = EssexRequestTest.essexRequest().withRegime(Regime.FOISA);

    assertThatThrownBy(() -> FoiResponder.of(policy).respond(OvertRegister.of(register()), request))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no section under FOISA");
  }

  @Test
  void theOvertViewHoldsOnlyOvertAssetsAndWhatTheyReferTo() {
    OvertRegister view = OvertRegister.of(EssexRequestTest.essexRegister(true));

    assertThat(view.assets()).extracting(a -> a.id().value()).containsExactly("CAM-0001");
    assertThat(view.dpias()).isEmpty();
    assertThat(view.contracts()).isEmpty();
    assertThat(view).isEqualTo(OvertRegister.of(EssexRequestTest.essexRegister(false)));
  }
}
