package org.oversight.register.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.compliance.Fixtures.DATE;
import static org.oversight.register.compliance.Fixtures.approvedDpia;
import static org.oversight.register.compliance.Fixtures.camera;
import static org.oversight.register.compliance.Fixtures.contract;
import static org.oversight.register.compliance.Fixtures.register;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;

class ComplianceReportTest {

  private static ComplianceReport report(AssetRegister register) {
    return ComplianceReport.of(register, DATE);
  }

  @Test
  void aTidyRegisterIsClean() {
    AssetRegister register =
        register(
            List.of(
                camera("CAM-1")
                    .category(AssetCategory.ANPR_CAMERA)
                    .dpiaIds(List.of("DPIA-1"))
                    .contractIds(List.of("C-1"))
                    .build()),
            List.of(approvedDpia("DPIA-1")),
            List.of(contract("C-1", LocalDate.of(2025, 12, 31))));

    assertThat(report(register).findings()).isEmpty();
    assertThat(report(register).isClean()).isTrue();
  }

  @Test
  void advancedAssetWithoutApprovedDpia() {
    AssetRegister without = register(camera("ANPR-1").category(AssetCategory.ANPR_CAMERA).build());
    AssetRegister withDraft =
        register(
            List.of(
                camera("ANPR-1")
                    .category(AssetCategory.ANPR_CAMERA)
                    .dpiaIds(List.of("DPIA-1"))
                    .build()),
            List.of(Dpia.builder("DPIA-1", "ANPR", DpiaStatus.DRAFT).build()),
            List.of());
    AssetRegister notAdvanced = register(camera("CAM-1").build());

    Finding finding =
        report(without).finding(FindingCode.ADVANCED_WITHOUT_APPROVED_DPIA, "ANPR-1").orElseThrow();
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.subject()).isEqualTo(FindingSubject.ASSET);
    assertThat(finding.principle()).isEqualTo(CodePrinciple.PRIVACY);
    assertThat(finding.message()).contains("no DPIA is linked");
    assertThat(report(withDraft).finding(FindingCode.ADVANCED_WITHOUT_APPROVED_DPIA, "ANPR-1"))
        .get()
        .extracting(Finding::message)
        .asString()
        .contains("DPIA-1 (DRAFT)");
    assertThat(report(notAdvanced).findings(FindingCode.ADVANCED_WITHOUT_APPROVED_DPIA)).isEmpty();
  }

  @Test
  void dpiaReviewOverdue() {
    Dpia overdue = approvedDpia("DPIA-1").toBuilder().reviewDue(LocalDate.of(2024, 5, 1)).build();
    AssetRegister late =
        register(
            List.of(camera("CAM-1").dpiaIds(List.of("DPIA-1")).build()),
            List.of(overdue),
            List.of());
    AssetRegister onTime =
        register(
            List.of(camera("CAM-1").dpiaIds(List.of("DPIA-1")).build()),
            List.of(approvedDpia("DPIA-1")),
            List.of());
    AssetRegister coversNothingInService =
        register(List.of(camera("CAM-1").build()), List.of(overdue), List.of());

    Finding finding = report(late).finding(FindingCode.DPIA_REVIEW_OVERDUE, "DPIA-1").orElseThrow();
    assertThat(finding.subject()).isEqualTo(FindingSubject.DPIA);
    assertThat(finding.principle()).isEqualTo(CodePrinciple.PRIVACY);
    assertThat(finding.message())
        .isEqualTo("review was due on 2024-05-01 (31 days overdue); it covers 1 asset in service");
    assertThat(report(onTime).findings(FindingCode.DPIA_REVIEW_OVERDUE)).isEmpty();
    assertThat(report(coversNothingInService).findings(FindingCode.DPIA_REVIEW_OVERDUE)).isEmpty();
  }

  @Test
  void dpiaStillInDraftForAnAssetInService() {
    Dpia draft = Dpia.builder("DPIA-2", "New analytics", DpiaStatus.DRAFT).build();
    AssetRegister inService =
        register(
            List.of(camera("CAM-1").dpiaIds(List.of("DPIA-2")).build()), List.of(draft), List.of());
    AssetRegister planned =
        register(
            List.of(
                camera("CAM-1")
                    .status(AssetStatus.PLANNED)
                    .inServiceFrom(null)
                    .dpiaIds(List.of("DPIA-2"))
                    .build()),
            List.of(draft),
            List.of());

    Finding finding =
        report(inService).finding(FindingCode.DPIA_DRAFT_IN_SERVICE, "CAM-1").orElseThrow();
    assertThat(finding.principle()).isEqualTo(CodePrinciple.RULES_BEFORE_USE);
    assertThat(finding.message()).contains("DPIA-2 is still in draft");
    assertThat(report(planned).findings(FindingCode.DPIA_DRAFT_IN_SERVICE)).isEmpty();
  }

  @Test
  void contractEndedWhileItsAssetIsInService() {
    AssetRegister ended =
        register(
            List.of(camera("CAM-1").contractIds(List.of("C-1", "C-2")).build()),
            List.of(),
            List.of(
                contract("C-1", LocalDate.of(2022, 12, 31)),
                contract("C-2", LocalDate.of(2023, 12, 31))));
    AssetRegister oneCurrent =
        register(
            List.of(camera("CAM-1").contractIds(List.of("C-1", "C-2")).build()),
            List.of(),
            List.of(
                contract("C-1", LocalDate.of(2022, 12, 31)),
                contract("C-2", LocalDate.of(2026, 12, 31))));
    AssetRegister decommissioned =
        register(
            List.of(
                camera("CAM-1")
                    .status(AssetStatus.DECOMMISSIONED)
                    .inServiceUntil(LocalDate.of(2022, 12, 31))
                    .contractIds(List.of("C-1"))
                    .build()),
            List.of(),
            List.of(contract("C-1", LocalDate.of(2022, 12, 31))));

    Finding finding =
        report(ended).finding(FindingCode.CONTRACT_ENDED_IN_SERVICE, "CAM-1").orElseThrow();
    assertThat(finding.principle()).isEqualTo(CodePrinciple.SECURITY);
    assertThat(finding.message()).contains("the latest, C-2, ended on 2023-12-31");
    assertThat(report(oneCurrent).findings(FindingCode.CONTRACT_ENDED_IN_SERVICE)).isEmpty();
    assertThat(report(decommissioned).findings(FindingCode.CONTRACT_ENDED_IN_SERVICE)).isEmpty();
  }

  @Test
  void restrictedVendorOncePerList() {
    AssetRegister ezviz = register(camera("CAM-1").manufacturer(null).brand("EZVIZ").build());
    AssetRegister honeywellOnly = register(camera("CAM-1").manufacturer("Honeywell").build());

    List<Finding> findings = report(ezviz).findings(FindingCode.RESTRICTED_VENDOR);
    assertThat(findings)
        .extracting(Finding::message)
        .satisfiesExactly(
            m -> assertThat(m).startsWith("UK-WMS-2022-11-24: brand \"EZVIZ\" is EZVIZ"),
            m -> assertThat(m).startsWith("US-FCC-COVERED-LIST: "),
            m -> assertThat(m).startsWith("US-NDAA-FY2019-S889: "));
    assertThat(findings)
        .allSatisfy(f -> assertThat(f.principle()).isEqualTo(CodePrinciple.SECURITY));
    // A list of concern is not a restriction: the survey summary reports it instead.
    assertThat(report(honeywellOnly).findings(FindingCode.RESTRICTED_VENDOR)).isEmpty();
  }

  @Test
  void unknownManufacturer() {
    AssetRegister unknown = register(camera("CAM-1").manufacturer(null).build());
    AssetRegister brandOnly = register(camera("CAM-1").manufacturer(null).brand("Axis").build());

    assertThat(report(unknown).finding(FindingCode.UNKNOWN_MANUFACTURER, "CAM-1"))
        .get()
        .extracting(Finding::principle)
        .isEqualTo(CodePrinciple.REVIEW_AND_AUDIT);
    assertThat(report(brandOnly).findings(FindingCode.UNKNOWN_MANUFACTURER)).isEmpty();
  }

  @Test
  void covertAssetWithoutAuthorisationReference() {
    AssetRegister missing = register(camera("COV-1").deployment(Deployment.COVERT).build());
    AssetRegister present =
        register(
            camera("COV-1").deployment(Deployment.COVERT).authorisationRef("OP-SECRET-42").build());

    Finding finding =
        report(missing).finding(FindingCode.COVERT_WITHOUT_AUTHORISATION, "COV-1").orElseThrow();
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.principle()).isNull();
    assertThat(report(present).findings(FindingCode.COVERT_WITHOUT_AUTHORISATION)).isEmpty();
  }

  @Test
  void noMessageEverContainsACovertAuthorisationReference() {
    AssetRegister register =
        register(
            List.of(
                camera("COV-1")
                    .deployment(Deployment.COVERT)
                    .manufacturer("Hikvision")
                    .capabilities(Capability.LIVE_FACIAL_RECOGNITION)
                    .authorisationRef("OP-SECRET-42")
                    .contractIds(List.of("C-1"))
                    .build()),
            List.of(),
            List.of(contract("C-1", LocalDate.of(2023, 1, 1))));

    ComplianceReport report = report(register);

    assertThat(report.findings()).extracting(Finding::code).contains(FindingCode.RESTRICTED_VENDOR);
    assertThat(report.toText()).doesNotContain("OP-SECRET-42");
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.principle()).isNull());
  }

  @Test
  void findingsComeInADeterministicOrder() {
    AssetRegister register =
        register(
            camera("CAM-2").manufacturer(null).build(),
            camera("ANPR-9").category(AssetCategory.ANPR_CAMERA).build(),
            camera("CAM-1").manufacturer(null).build(),
            camera("COV-1").deployment(Deployment.COVERT).build());

    ComplianceReport report = report(register);

    assertThat(report.findings())
        .extracting(f -> f.code() + " " + f.subjectId())
        .containsExactly(
            "ADVANCED_WITHOUT_APPROVED_DPIA ANPR-9",
            "COVERT_WITHOUT_AUTHORISATION COV-1",
            "UNKNOWN_MANUFACTURER CAM-1",
            "UNKNOWN_MANUFACTURER CAM-2");
    assertThat(report.toText()).isEqualTo(ComplianceReport.of(register, DATE).toText());
    assertThat(report.toText())
        .startsWith(
            "Compliance report for Test Police on 2024-06-01: 4 findings (2 errors, 2 warnings, 0"
                + " info)\n"
                + "ERROR ADVANCED_WITHOUT_APPROVED_DPIA asset ANPR-9 [Code principle 2]: ");
  }
}
