package org.oversight.register.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.register.compliance.Fixtures.DATE;
import static org.oversight.register.compliance.Fixtures.approvedDpia;
import static org.oversight.register.compliance.Fixtures.camera;
import static org.oversight.register.compliance.Fixtures.contract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The compliance report and the survey summary of one register that has something of every finding
 * code, pinned to reviewed files in {@code
 * src/test/resources/org/oversight/register/compliance/golden/} (each finding with its severity,
 * code, subject, principle and message; the summary's tables). Regenerate after a reviewed change
 * with {@code -Dgolden.update=true} (docs/testing.md).
 */
class GoldenComplianceTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/org/oversight/register/compliance/golden");

  static AssetRegister everyFinding() {
    return AssetRegister.of(
        "Test Police",
        DATE,
        List.of(
            // clean: advanced, approved DPIA in review, contract running
            camera("ANPR-1")
                .category(AssetCategory.ANPR_CAMERA)
                .quantity(4)
                .dpiaIds(List.of("DPIA-OK"))
                .contractIds(List.of("C-RUNNING"))
                .build(),
            // advanced without any DPIA; restricted vendor by brand
            camera("FR-1")
                .manufacturer(null)
                .brand("EZVIZ")
                .category(AssetCategory.FACIAL_RECOGNITION_SYSTEM)
                .capabilities(Capability.LIVE_FACIAL_RECOGNITION)
                .build(),
            // draft DPIA in service, overdue DPIA, contract ended
            camera("CAM-2")
                .manufacturer("Hikvision")
                .quantity(7)
                .dpiaIds(List.of("DPIA-DRAFT", "DPIA-OLD"))
                .contractIds(List.of("C-ENDED"))
                .build(),
            // unknown manufacturer; a placeholder; a look-alike name
            camera("CAM-3").manufacturer(null).quantity(2).build(),
            camera("CAM-4").manufacturer("N/A").build(),
            camera("CAM-5").manufacturer("Hikvisi0n").build(),
            camera("CAM-6")
                .manufacturer("Dahua Technology")
                .category(AssetCategory.PTZ_CAMERA)
                .build(),
            // covert without an authorisation reference, and covert with one
            camera("COV-1").deployment(Deployment.COVERT).build(),
            camera("COV-2").deployment(Deployment.COVERT).authorisationRef("RIPA-1").build(),
            // not in service on the date: no findings, not counted
            camera("OLD-1")
                .manufacturer("Hikvision")
                .status(AssetStatus.DECOMMISSIONED)
                .inServiceUntil(LocalDate.of(2023, 1, 1))
                .build()),
        List.of(
            approvedDpia("DPIA-OK"),
            Dpia.builder("DPIA-DRAFT", "Draft", DpiaStatus.DRAFT).build(),
            Dpia.builder("DPIA-OLD", "Old", DpiaStatus.APPROVED)
                .completedOn(LocalDate.of(2018, 1, 1))
                .reviewDue(LocalDate.of(2024, 5, 31))
                .build()),
        List.of(
            contract("C-RUNNING", LocalDate.of(2024, 6, 1)),
            contract("C-ENDED", LocalDate.of(2024, 5, 31))));
  }

  @Test
  void theComplianceReportOfEveryFindingIsTheReviewedOne() throws IOException {
    ComplianceReport report = ComplianceReport.of(everyFinding(), DATE);
    StringBuilder findings = new StringBuilder();
    for (Finding f : report.findings()) {
      findings
          .append(f.severity())
          .append(' ')
          .append(f.code())
          .append(' ')
          .append(f.subject())
          .append(' ')
          .append(f.subjectId())
          .append(' ')
          .append(f.principle())
          .append(": ")
          .append(f.message())
          .append('\n');
    }

    golden(GOLDEN.resolve("report.txt"), report.toText());
    golden(GOLDEN.resolve("findings.txt"), findings.toString());
    assertThat(report.isClean()).isFalse();
    assertThat(report.findings(FindingCode.COVERT_WITHOUT_AUTHORISATION))
        .extracting(Finding::subjectId)
        .containsExactly("COV-1");
    assertThat(ComplianceReport.of(everyFinding(), DATE.minusYears(10)).findings())
        .as("nothing was in service ten years earlier")
        .isEmpty();
  }

  @Test
  void theSurveySummaryIsTheReviewedOne() throws IOException {
    SurveySummary summary = SurveySummary.of(everyFinding(), DATE);

    golden(GOLDEN.resolve("survey.txt"), summary.toText());
    assertThat(summary.totalUnits()).isEqualTo(4 + 1 + 7 + 2 + 1 + 1 + 1);
    assertThat(summary.toString()).isEqualTo("SurveySummary[Test Police on 2024-06-01: 17 units]");
  }

  private static void golden(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s differs from what is rendered: review, then regenerate (docs/testing.md)", file)
        .isEqualTo(actual);
  }
}
