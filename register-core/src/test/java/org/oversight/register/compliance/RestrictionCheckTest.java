package org.oversight.register.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oversight.register.model.Asset;
import org.oversight.register.refdata.ReferenceDataException;
import org.oversight.register.vendor.VendorDirectory;

class RestrictionCheckTest {
  private final RestrictionCheck check = RestrictionCheck.standard();

  private static List<String> listIds(List<RestrictionHit> hits) {
    return hits.stream().map(h -> h.list().id()).toList();
  }

  @ParameterizedTest(name = "manufacturer {0} / brand {1} on {2} falls under {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Hikvision | -     | 2024-06-01 | US-NDAA-FY2019-S889 US-FCC-COVERED-LIST"
            + " UK-WMS-2022-11-24 UK-BSCC-POLICE-SURVEY-2022",
        "Hikvision | -     | 2020-06-01 | US-NDAA-FY2019-S889",
        "Hikvision | -     | 2019-01-01 | ''",
        "-         | EZVIZ | 2024-06-01 | US-NDAA-FY2019-S889 US-FCC-COVERED-LIST"
            + " UK-WMS-2022-11-24 UK-BSCC-POLICE-SURVEY-2022",
        // Lorex was Dahua's until its sale to Skywatch completed on 24 November 2022.
        "-         | Lorex | 2022-11-23 | US-NDAA-FY2019-S889 US-FCC-COVERED-LIST"
            + " UK-BSCC-POLICE-SURVEY-2022",
        "-         | Lorex | 2022-11-24 | ''",
        "-         | Lorex | 2023-01-01 | ''",
        "-         | HiLook | 2024-06-01 | US-NDAA-FY2019-S889 US-FCC-COVERED-LIST"
            + " UK-WMS-2022-11-24 UK-BSCC-POLICE-SURVEY-2022",
        "-         | Imou  | 2024-06-01 | US-NDAA-FY2019-S889 US-FCC-COVERED-LIST"
            + " UK-WMS-2022-11-24 UK-BSCC-POLICE-SURVEY-2022",
        "ZTE       | -     | 2024-06-01 | US-NDAA-FY2019-S889 US-FCC-COVERED-LIST",
        "DJI       | -     | 2024-06-01 | UK-WMS-2022-11-24 UK-BSCC-POLICE-SURVEY-2022",
        "Honeywell | -     | 2024-06-01 | UK-BSCC-POLICE-SURVEY-2022",
        "Axis      | -     | 2024-06-01 | ''",
        "-         | -     | 2024-06-01 | ''",
      })
  void assetsFallUnderTheListsInForceForTheirGroupOnTheDate(
      String manufacturer, String brand, LocalDate date, String lists) {
    Asset asset = Fixtures.camera("CAM-1").manufacturer(manufacturer).brand(brand).build();

    List<RestrictionHit> hits = check.check(asset, date);

    assertThat(String.join(" ", listIds(hits))).isEqualTo(lists);
  }

  @Test
  void aBrandHitSaysWhichBrandAndGroupAndList() {
    Asset asset = Fixtures.camera("CAM-1").manufacturer(null).brand("EZVIZ").build();

    RestrictionHit hit = check.check(asset, Fixtures.DATE).get(0);

    assertThat(hit.asset().value()).isEqualTo("CAM-1");
    assertThat(hit.entry().vendor()).isEqualTo("Hikvision");
    assertThat(hit.reason())
        .startsWith("brand \"EZVIZ\" is EZVIZ, part of Hikvision on 2024-06-01")
        .contains(
            "; Hikvision is on US National Defense Authorization Act for FY2019, section 889");
  }

  @Test
  void anInferredEntrySaysSo() {
    Asset asset = Fixtures.camera("CAM-1").manufacturer("Uniview").build();

    assertThat(check.check(asset, Fixtures.DATE))
        .singleElement()
        .satisfies(
            hit -> {
              assertThat(hit.list().id()).isEqualTo("UK-WMS-2022-11-24");
              assertThat(hit.entry().basis()).isEqualTo(RestrictionBasis.INFERRED);
              assertThat(hit.reason()).contains("by inference (the statement names no company");
            });
  }

  @Test
  void standardListsCarryScopeSourceAndDate() {
    RestrictionList ndaa = RestrictionLists.standard().list("US-NDAA-FY2019-S889").orElseThrow();

    assertThat(ndaa.inForceFrom()).isEqualTo(LocalDate.of(2019, 8, 13));
    assertThat(ndaa.scope())
        .contains("public safety")
        .contains("government facilities")
        .contains("critical infrastructure")
        .contains("national security")
        .contains("subsidiaries and affiliates");
    assertThat(RestrictionLists.standard().list("US-FCC-COVERED-LIST").orElseThrow().scope())
        .contains("6 Feb 2023");
    RestrictionList wms = RestrictionLists.standard().list("UK-WMS-2022-11-24").orElseThrow();
    assertThat(wms.scope())
        .contains("sensitive central government sites")
        .contains("National Intelligence Law");
    // The security advice of November 2022 came from CPNI; it became NPSA only in March 2023.
    assertThat(wms.source()).contains("CPNI").contains("NPSA from March 2023");
    assertThat(RestrictionLists.standard().lists())
        .allSatisfy(l -> assertThat(l.source()).isNotBlank());
    assertThat(RestrictionLists.standard().version()).isPresent();
  }

  @Test
  void aForceAddsItsOwnListAndEntries() {
    String file =
        """
        list | FORCE-BAN | RESTRICTION | UK | 2023 | Force procurement ban | all sites | chief officers' decision 2023
        entry | FORCE-BAN | Acme Optics | STATED |
        entry | UK-WMS-2022-11-24 | Acme Optics | INFERRED | Chinese parent, per our supplier review
        """;
    RestrictionLists mine = RestrictionLists.standard().load(new StringReader(file), "mine.txt");
    RestrictionCheck own = RestrictionCheck.of(mine, VendorDirectory.standard());
    Asset asset = Fixtures.camera("CAM-1").manufacturer("Acme Optics").build();

    assertThat(listIds(own.check(asset, Fixtures.DATE)))
        .containsExactly("UK-WMS-2022-11-24", "FORCE-BAN");
    assertThat(RestrictionLists.standard().list("FORCE-BAN")).isEmpty();
  }

  @Test
  void badRestrictionLinesAreLocated() {
    String file =
        """
        entry | NOPE | Acme | STATED |
        list | X | BANNED | UK | 2023 | t | s | src
        """;

    assertThatThrownBy(() -> RestrictionLists.parse(new StringReader(file), "r.txt"))
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.line() + ": " + p.message())
                    .containsExactly(
                        "1: list \"NOPE\" is not defined; add its list line first",
                        "2: kind \"BANNED\" is not one of RESTRICTION, CONCERN"));
  }
}
