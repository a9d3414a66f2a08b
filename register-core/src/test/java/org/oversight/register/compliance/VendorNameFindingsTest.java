package org.oversight.register.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oversight.register.compliance.Fixtures.DATE;
import static org.oversight.register.compliance.Fixtures.camera;
import static org.oversight.register.compliance.Fixtures.register;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetMatch;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.AssetCriteria;
import org.oversight.register.foi.DisclosedRecord;
import org.oversight.register.foi.FoiQuestion;
import org.oversight.register.foi.FoiRequest;
import org.oversight.register.foi.FoiResponder;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.foi.QuestionAnswer;
import org.oversight.register.model.AssetId;

/**
 * Look-alike spellings and placeholders recorded as a manufacturer or brand, through every place
 * that asks the vendor directory: queries and their index, the restriction check, the compliance
 * report, the survey summary and an FOI answer.
 */
class VendorNameFindingsTest {
  private static final String CYRILLIC_HIKVISION = "\u041Dikvision";
  private static final String CYRILLIC_EZVIZ = "\u0415ZVIZ";
  private static final String CYRILLIC_DAHUA = "D\u0430hua";

  private final AssetRegister register =
      register(
          camera("CAM-1").manufacturer(CYRILLIC_HIKVISION).build(),
          camera("CAM-2").manufacturer(null).brand(CYRILLIC_EZVIZ).build(),
          camera("CAM-3").manufacturer(CYRILLIC_DAHUA).build(),
          camera("CAM-4").manufacturer("\u0397ikvision").build(),
          camera("CAM-5").manufacturer("h\u0131kvision").build(),
          camera("CAM-6").manufacturer("N/A").build(),
          camera("CAM-7").manufacturer("Unknown").brand("TBC").build(),
          camera("CAM-8").manufacturer("-").brand("EZVIZ").build(),
          camera("CAM-9").manufacturer("Axis").build());

  @Test
  void lookAlikeSpellingsAreFoundByTheirVendorQuestion() {
    assertThat(register.query().manufacturer("Hikvision").ids())
        .extracting(AssetId::value)
        .containsExactly("CAM-1", "CAM-2", "CAM-4", "CAM-5", "CAM-8");
    assertThat(register.query().manufacturer("Dahua").ids())
        .extracting(AssetId::value)
        .containsExactly("CAM-3");
    List<AssetMatch> matches = register.query().manufacturer("Hikvision").matches();
    assertThat(matches.get(0).reasons())
        .singleElement()
        .asString()
        .contains("\\u041Dikvision")
        .contains("look-alike");
  }

  @Test
  void placeholdersAreUnknownManufacturers() {
    assertThat(register.query().manufacturerUnknown().ids())
        .extracting(AssetId::value)
        .containsExactly("CAM-6", "CAM-7");
    assertThat(register.query().manufacturerUnknown().matches().get(0).reasons())
        .containsExactly(
            "manufacturer unknown: manufacturer \"N/A\" is a placeholder, not a name; no brand"
                + " recorded");
    assertThatThrownBy(() -> register.query().manufacturer("N/A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder");
    assertThatThrownBy(() -> AssetCriteria.ANY.withManufacturer("Unknown"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder");
  }

  @Test
  void lookAlikeSpellingsFallUnderTheRestrictionLists() {
    RestrictionCheck check = RestrictionCheck.standard();

    for (String id : new String[] {"CAM-1", "CAM-2", "CAM-3", "CAM-4", "CAM-5"}) {
      assertThat(check.check(register.asset(AssetId.of(id)).orElseThrow(), DATE))
          .as(id)
          .extracting(hit -> hit.list().id())
          .contains("US-NDAA-FY2019-S889", "UK-WMS-2022-11-24");
    }
  }

  @Test
  void theReportNamesMixedScriptsAndPlaceholders() {
    ComplianceReport report = ComplianceReport.of(register, DATE);

    assertThat(report.findings(FindingCode.LOOK_ALIKE_VENDOR_NAME))
        .extracting(Finding::subjectId)
        .containsExactly("CAM-1", "CAM-2", "CAM-3", "CAM-4", "CAM-5");
    assertThat(report.finding(FindingCode.LOOK_ALIKE_VENDOR_NAME, "CAM-1").orElseThrow().message())
        .isEqualTo(
            "manufacturer \"\\u041Dikvision\" is written with mixed scripts (CYRILLIC, LATIN: U+041D"
                + " CYRILLIC CAPITAL LETTER EN); it is read as Hikvision, whose name it imitates");
    assertThat(report.finding(FindingCode.LOOK_ALIKE_VENDOR_NAME, "CAM-5").orElseThrow().message())
        .isEqualTo(
            "manufacturer \"h\u0131kvision\" is written with look-alike characters (U+0131 LATIN"
                + " SMALL LETTER DOTLESS I); it is read as Hikvision, whose name it imitates");
    assertThat(report.findings(FindingCode.PLACEHOLDER_VENDOR_NAME))
        .extracting(f -> f.subjectId() + " " + f.message())
        .containsExactly(
            "CAM-6 manufacturer \"N/A\" is a placeholder, not a name, so it counts as not"
                + " recorded; record the name or leave the field out",
            "CAM-7 brand \"TBC\" is a placeholder, not a name, so it counts as not recorded;"
                + " record the name or leave the field out",
            "CAM-7 manufacturer \"Unknown\" is a placeholder, not a name, so it counts as not"
                + " recorded; record the name or leave the field out",
            "CAM-8 manufacturer \"-\" is a placeholder, not a name, so it counts as not recorded;"
                + " record the name or leave the field out");
    assertThat(report.findings(FindingCode.UNKNOWN_MANUFACTURER))
        .extracting(Finding::subjectId)
        .containsExactly("CAM-6", "CAM-7");
    assertThat(report.findings(FindingCode.RESTRICTED_VENDOR))
        .extracting(Finding::subjectId)
        .contains("CAM-1", "CAM-2", "CAM-3", "CAM-4", "CAM-5", "CAM-8");
  }

  @Test
  void theSurveyCannotSayWhenOnlyPlaceholdersAreRecorded() {
    AssetRegister onlyPlaceholders =
        register(camera("CAM-1").build(), camera("CAM-2").manufacturer("Not known").build());

    SurveySummary summary = SurveySummary.of(onlyPlaceholders, DATE);

    assertThat(summary.vendorsOfConcernHeld()).isEqualTo(SurveySummary.Held.CANNOT_SAY);
    assertThat(summary.unknownManufacturerUnits()).isEqualTo(1L);
    assertThat(summary.unitsByGroup()).doesNotContainKey("Not known");
    assertThat(SurveySummary.of(register, DATE).unitsByGroup()).containsEntry("Hikvision", 5L);
  }

  @Test
  void anFoiAnswerListsPlaceholdersAsUnknown() {
    FoiRequest request =
        FoiRequest.of(
            "R-1",
            DATE,
            FoiQuestion.assets(
                "1", "All Dahua products", AssetCriteria.ANY.withManufacturer("Dahua")));

    QuestionAnswer answer =
        FoiResponder.standard().respond(OvertRegister.of(register), request).answer("1");

    assertThat(answer.records())
        .extracting(DisclosedRecord::id)
        .containsExactly("CAM-3", "CAM-6", "CAM-7");
    assertThat(answer.records().get(1).manufacturerUnknown()).isTrue();
    assertThat(answer.workings().get(1).reasons())
        .singleElement()
        .asString()
        .contains("placeholder");
  }
}
