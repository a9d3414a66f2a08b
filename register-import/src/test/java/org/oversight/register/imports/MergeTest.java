package org.oversight.register.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.testkit.Assets;

/** Merging a re-import into an existing register by id. */
class MergeTest {
  private static final ImportMapping MAPPING =
      ImportMapping.parse(
          """
          {"mappingVersion": 1, "organisation": {"name": "Example Council"}, "asAt": "2024-02-01",
           "idPrefix": "EXC-",
           "columns": {"id": "No", "site": "Location"},
           "defaults": {"category": "FIXED_CAMERA", "deployment": "OVERT", "owned": true,
                        "operated": true, "status": "IN_SERVICE", "inServiceFrom": "2020-01-01",
                        "capabilities": ["RECORDING"]}}
          """,
          "mapping.json");

  private static RegisterContents existing() {
    Dpia dpia =
        Dpia.builder("DPIA-1", "Public space CCTV", DpiaStatus.APPROVED)
            .completedOn(java.time.LocalDate.of(2019, 1, 1))
            .build();
    Asset linked =
        Assets.overtCamera("EXC-1")
            .site("Old Road")
            .capabilities(Capability.RECORDING)
            .inServiceFrom(java.time.LocalDate.of(2020, 1, 1))
            .dpiaIds(List.of("DPIA-1"))
            .build();
    Asset unchanged =
        Assets.overtCamera("EXC-2")
            .site("Market square")
            .capabilities(Capability.RECORDING)
            .inServiceFrom(java.time.LocalDate.of(2020, 1, 1))
            .build();
    Asset gone =
        Assets.overtCamera("EXC-3").site("Library").capabilities(Capability.RECORDING).build();
    Asset covert =
        Assets.overtCamera("VAN-1")
            .deployment(Deployment.COVERT)
            .authorisationRef("RIPA-DS-2023-117")
            .site("Unmarked van")
            .capabilities(Capability.RECORDING)
            .build();
    return new RegisterContents(
        "Example Council",
        java.time.LocalDate.of(2024, 1, 1),
        List.of(linked, unchanged, gone, covert),
        List.of(dpia),
        List.of());
  }

  private static RegisterMerge merge(String csv) throws IOException {
    return SpreadsheetImport.of(MAPPING)
        .readInto(new ByteArrayInputStream(csv.getBytes(UTF_8)), "cameras.csv", existing());
  }

  @Test
  void reimportAddsChangesAndRemovesByIdKeepingWhatTheSpreadsheetDoesNotHold() throws IOException {
    RegisterMerge merge = merge("No,Location\n1,New Road\n2,Market square\n4,Bus station\n");

    assertThat(merge.added()).extracting(a -> a.id().value()).containsExactly("EXC-4");
    assertThat(merge.changed())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.after().id().value()).isEqualTo("EXC-1");
              assertThat(c.fields()).containsExactly("site");
              // Not in the spreadsheet: the register's DPIA link stays.
              assertThat(c.after().dpiaIds()).containsExactly("DPIA-1");
            });
    assertThat(merge.removed()).extracting(a -> a.id().value()).containsExactly("EXC-3");
    // Not the spreadsheet's id prefix: kept, untouched.
    assertThat(merge.contents().assets())
        .extracting(a -> a.id().value())
        .containsExactly("EXC-1", "EXC-2", "VAN-1", "EXC-4");
    assertThat(merge.contents().dpias()).hasSize(1);
    assertThat(merge.contents().asAt()).isEqualTo(java.time.LocalDate.of(2024, 2, 1));
    assertThat(merge.summary())
        .containsExactly(
            "1 added, 1 changed, 1 removed, 2 unchanged",
            "added: EXC-4",
            "changed: EXC-1 (site)",
            "removed: EXC-3");
    assertThat(merge.diff())
        .containsExactly("+ EXC-4", "~ EXC-1 site: \"Old Road\" -> \"New Road\"", "- EXC-3");
  }

  @Test
  void sameSpreadsheetTwiceChangesNothing() throws IOException {
    RegisterMerge first = merge("No,Location\n1,Old Road\n2,Market square\n3,Library\n");

    assertThat(first.changed()).extracting(c -> c.after().id().value()).containsExactly("EXC-3");
    RegisterMerge again =
        SpreadsheetImport.of(MAPPING)
            .readInto(
                new ByteArrayInputStream(
                    "No,Location\n1,Old Road\n2,Market square\n3,Library\n".getBytes(UTF_8)),
                "cameras.csv",
                first.contents());
    assertThat(again.isEmpty()).isTrue();
    assertThat(again.contents().assets()).isEqualTo(first.contents().assets());
  }

  @Test
  void diffNeverShowsACovertAssetsText() throws IOException {
    ImportMapping covertMapping =
        ImportMapping.parse(
            """
            {"mappingVersion": 1, "organisation": {"name": "Example Council"}, "asAt": "2024-02-01",
             "idPrefix": "VAN-",
             "columns": {"id": "No", "site": "Location"},
             "defaults": {"category": "FIXED_CAMERA", "deployment": "COVERT", "owned": true,
                          "operated": true, "status": "IN_SERVICE", "inServiceFrom": "2020-01-01",
                          "capabilities": ["RECORDING"]}}
            """,
            "mapping.json");

    RegisterMerge merge =
        SpreadsheetImport.of(covertMapping)
            .readInto(
                new ByteArrayInputStream("No,Location\n1,Lay-by on the A12\n".getBytes(UTF_8)),
                "covert.csv",
                existing());

    assertThat(String.join("\n", merge.diff()))
        .contains("~ VAN-1 site: changed (a covert asset's text and position are not shown)")
        .doesNotContain("Unmarked van")
        .doesNotContain("Lay-by");
    // The authorisation reference is not the spreadsheet's to change.
    assertThat(merge.contents().assets().get(3).authorisationRef()).isEqualTo("RIPA-DS-2023-117");
  }

  @Test
  void problemsOfTheMergedRegisterArePlacedAtTheirRows() {
    ImportMapping withDpias =
        ImportMapping.parse(
            """
            {"mappingVersion": 1, "organisation": {"name": "Example Council"}, "asAt": "2024-02-01",
             "columns": {"id": "No", "dpiaIds": "DPIAs"},
             "defaults": {"category": "FIXED_CAMERA", "deployment": "OVERT", "owned": true,
                          "operated": true, "status": "IN_SERVICE", "inServiceFrom": "2020-01-01",
                          "capabilities": ["RECORDING"]}}
            """,
            "mapping.json");

    InvalidSpreadsheetException e =
        assertThrows(
            InvalidSpreadsheetException.class,
            () ->
                SpreadsheetImport.of(withDpias)
                    .readInto(
                        new ByteArrayInputStream(
                            "No,DPIAs\nEXC-1,DPIA-1\nEXC-9,DPIA-1;DPIA-404\n".getBytes(UTF_8)),
                        "cameras.csv",
                        existing()));

    assertThat(e.lines())
        .containsExactly("cameras.csv:3:DPIAs: dpiaIds: no DPIA has the id \"DPIA-404\"");
  }
}
