package org.oversight.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Location;
import org.oversight.register.model.RegisterContents;

/** The realistic spreadsheets of the corpus import as the people who wrote them meant. */
class CorpusImportTest {
  @TempDir Path temp;

  @Test
  void councilOpenDataCameraListImportsWithItsIdsPrefixedAndCoordinatesRounded()
      throws IOException {
    ImportMapping mapping = Corpus.mapping("council-mapping.json");

    RegisterContents register =
        SpreadsheetImport.of(mapping).read(Corpus.file("council-cameras.csv"));

    assertThat(register.assets())
        .extracting(a -> a.id().value())
        .containsExactly(
            "CCC-CCTV-012", "CCC-CCTV-003", "CCC-CCTV-007", "CCC-CCTV-001", "CCC-CCTV-020");
    Asset highStreet = register.assets().get(0);
    assertThat(highStreet.site()).isEqualTo("High Street, junction with Market Road");
    assertThat(highStreet.location()).isEqualTo(Location.of("51.733825", "-0.472062"));
    assertThat(register.assets().get(1).area()).isEqualTo("Moulsham and Central");
    assertThat(register.assets().get(2).site()).isEqualTo("Duke Street car park, level 2");
    assertThat(highStreet.category()).isEqualTo(AssetCategory.FIXED_CAMERA);
    assertThat(highStreet.capabilities()).containsExactly(Capability.RECORDING);
    assertThat(register.organisation().name()).isEqualTo("Chelmsford City Council");
    assertThat(register.asAt()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(AssetRegister.of(register).query().list()).hasSize(5);
  }

  @Test
  void forceAssetListReadsYesNoColumnsUkDatesAndMappedTypes() throws IOException {
    ImportMapping mapping = Corpus.mapping("force-mapping.json");

    RegisterContents register = SpreadsheetImport.of(mapping).read(Corpus.file("force-assets.csv"));

    Asset bodyWorn = register.assets().get(0);
    assertThat(bodyWorn.category()).isEqualTo(AssetCategory.BODY_WORN_CAMERA);
    assertThat(bodyWorn.capabilities())
        .containsExactly(Capability.RECORDING, Capability.AUDIO_RECORDING);
    assertThat(bodyWorn.quantity()).isEqualTo(450);
    assertThat(bodyWorn.inServiceFrom()).isEqualTo(LocalDate.of(2021, 4, 1));
    Asset anpr = register.assets().get(1);
    assertThat(anpr.manufacturer()).isEqualTo("Hik Vision");
    assertThat(anpr.owned()).isFalse();
    assertThat(anpr.operated()).isTrue();
    assertThat(anpr.capabilities())
        .containsExactly(Capability.RECORDING, Capability.NUMBER_PLATE_RECOGNITION);
    Asset ptz = register.assets().get(2);
    assertThat(ptz.quantity()).isEqualTo(1);
    assertThat(ptz.capabilities())
        .containsExactly(Capability.RECORDING, Capability.LIVE_VIEW, Capability.PAN_TILT_ZOOM);
    assertThat(register.assets().get(3).inServiceFrom()).isEqualTo(LocalDate.of(2022, 3, 3));
    Asset old = register.assets().get(4);
    assertThat(old.status()).isEqualTo(AssetStatus.DECOMMISSIONED);
    assertThat(old.inServiceUntil()).isEqualTo(LocalDate.of(2023, 3, 31));
    // The vendor directory resolves the spelling users wrote.
    assertThat(AssetRegister.of(register).query().manufacturer("Hikvision").list())
        .extracting(a -> a.id().value())
        .containsExactly("ANPR-17");
  }

  @Test
  void windows1252FileDeclaredInTheMappingReadsItsPoundSign() throws IOException {
    RegisterContents register =
        SpreadsheetImport.of(Corpus.mapping("windows-1252-mapping.json"))
            .read(Corpus.file("windows-1252.csv"));

    assertThat(register.assets())
        .extracting(Asset::description)
        .containsExactly("Upgrade to £1,200 dome", "Café frontage camera");
  }

  @Test
  void byteOrderMarkIsSkippedAndTabsAreFoundAsTheDelimiter() throws IOException {
    RegisterContents register =
        SpreadsheetImport.of(Corpus.mapping("bom-mapping.json")).read(Corpus.file("bom.tsv.csv"));

    assertThat(register.assets()).extracting(a -> a.id().value()).containsExactly("B-1", "B-2");
    assertThat(register.assets().get(0).description()).isEqualTo("Café frontage camera");
  }

  @Test
  void windows1252FileReadAsUtf8IsALocatedProblemNotAWrongCharacter() throws IOException {
    ImportMapping utf8 = Corpus.mapping("bom-mapping.json");

    InvalidSpreadsheetException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidSpreadsheetException.class,
            () -> SpreadsheetImport.of(utf8).read(Corpus.file("windows-1252.csv")));

    assertThat(e.lines())
        .hasSize(2)
        .allSatisfy(
            line ->
                assertThat(line)
                    .contains("holds bytes that are not UTF-8 text")
                    .contains("\"encoding\": \"windows-1252\""));
    assertThat(e.lines().get(0)).contains("windows-1252.csv:2:Description: description: ");
    assertThat(e.lines().get(1)).contains("windows-1252.csv:3:Description: description: ");
  }

  @Test
  void xlsxWithSerialDatesAFormulaAndAMergedHeaderImportsFromTheNamedSheet() throws IOException {
    Path workbook = temp.resolve("cameras.xlsx");
    writeWorkbook(workbook);
    ImportMapping mapping =
        ImportMapping.parse(
            """
            {"mappingVersion": 1, "organisation": {"name": "Example Council"}, "asAt": "2024-01-01",
             "sheet": "Cameras",
             "columns": {"id": "Camera No", "location.latitude": "Position",
                         "location.longitude": "Position (2)", "inServiceFrom": "Installed",
                         "quantity": "Units", "owned": "Owned"},
             "defaults": {"category": "FIXED_CAMERA", "deployment": "OVERT", "operated": true,
                          "status": "IN_SERVICE", "capabilities": ["RECORDING"]}}
            """,
            "mapping.json");

    RegisterContents register = SpreadsheetImport.of(mapping).read(workbook);

    assertThat(register.assets()).extracting(a -> a.id().value()).containsExactly("X-1", "X-2");
    Asset first = register.assets().get(0);
    assertThat(first.inServiceFrom()).isEqualTo(LocalDate.of(2019, 4, 1));
    assertThat(first.quantity()).isEqualTo(5);
    assertThat(first.owned()).isTrue();
    assertThat(first.location()).isEqualTo(Location.of("51.733825", "-2.288022"));
    Asset second = register.assets().get(1);
    assertThat(second.inServiceFrom()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(second.quantity()).isEqualTo(1);
    assertThat(second.location().latitude()).isEqualByComparingTo(new BigDecimal("51.7"));
  }

  /** A workbook as a council's Excel would save it; made here with POI's user model. */
  static void writeWorkbook(Path file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet notes = workbook.createSheet("Read me");
      notes.createRow(0).createCell(0).setCellValue("Cameras are on the next sheet");
      Sheet sheet = workbook.createSheet("Cameras");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Row header = sheet.createRow(0);
      List<String> headings = List.of("Camera No", "Position", "", "Installed", "Units", "Owned");
      for (int c = 0; c < headings.size(); c++) {
        header.createCell(c).setCellValue(headings.get(c));
      }
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
      Row one = sheet.createRow(1);
      one.createCell(0).setCellValue("X-1");
      one.createCell(1).setCellValue(51.7338249999999);
      one.createCell(2).setCellValue(Double.parseDouble("-2.2880219999999998"));
      var installed = one.createCell(3);
      installed.setCellValue(LocalDate.of(2019, 4, 1));
      installed.setCellStyle(date);
      one.createCell(4).setCellFormula("2+3");
      one.createCell(5).setCellValue(true);
      sheet.createRow(2); // a blank row
      Row two = sheet.createRow(3);
      two.createCell(0).setCellValue("X-2");
      two.createCell(1).setCellValue(51.7);
      two.createCell(2).setCellValue(-2.3);
      two.createCell(3).setCellValue(43831); // a serial date in a General cell: 2020-01-01
      two.createCell(4).setCellFormula("B4/B4");
      two.createCell(5).setCellValue("Y");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }
}
