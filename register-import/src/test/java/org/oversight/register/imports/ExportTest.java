package org.oversight.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.Field;
import org.oversight.register.testkit.Assets;
import org.oversight.register.testkit.RegisterGenerator;
import org.oversight.register.testkit.Registers;

/** CSV and JSON Lines export. */
class ExportTest {
  @Test
  void csvHeaderIsTheAssetsColumnsFromTheDescription() throws IOException {
    StringWriter out = new StringWriter();

    AssetExport.csv(List.of(), out);

    assertThat(out.toString())
        .isEqualTo(
            String.join(",", Column.of(Asset.TYPE).stream().map(Column::name).toList()) + "\r\n");
    for (Field<Asset, ?> field : Asset.TYPE.fields()) {
      assertThat(out.toString().contains(field.name())).isEqualTo(!field.isConfidential());
    }
  }

  @Test
  void cellsASpreadsheetWouldRunAsFormulasAreDefusedButNumbersAreNot() {
    assertThat(AssetExport.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(AssetExport.cell("+44 1245")).isEqualTo("'+44 1245");
    assertThat(AssetExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AssetExport.cell("-1+2")).isEqualTo("'-1+2");
    assertThat(AssetExport.cell("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    assertThat(AssetExport.cell("\uFF0B1")).isEqualTo("'\uFF0B1");
    assertThat(AssetExport.cell("\uFF0D1")).isEqualTo("'\uFF0D1");
    assertThat(AssetExport.cell("\uFF20A1")).isEqualTo("'\uFF20A1");
    assertThat(AssetExport.cell("\tx")).isEqualTo("'\tx");
    assertThat(AssetExport.cell("-2.288022")).isEqualTo("-2.288022");
    assertThat(AssetExport.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
    // What the importer reads back from a defused cell is the value itself.
    assertThat(Cells.clean("'=HYPERLINK(x)")).isEqualTo("=HYPERLINK(x)");
    assertThat(Cells.clean("'\uFF1D1")).isEqualTo("\uFF1D1");
  }

  @Test
  void confidentialFieldsAreNeverExported() throws IOException {
    Asset covert =
        Assets.covertCamera("COV-1")
            .authorisationRef("RIPA-DS-2024-999")
            .notes("Target: X")
            .build();
    AssetRegister register = Registers.of(covert);
    StringWriter csv = new StringWriter();
    StringWriter jsonl = new StringWriter();

    AssetExport.csv(register.assets(), csv);
    AssetExport.jsonLines(register, register.assets(), jsonl);

    assertThat(csv.toString()).doesNotContain("RIPA-DS-2024-999").doesNotContain("Target");
    assertThat(jsonl.toString()).doesNotContain("RIPA-DS-2024-999").doesNotContain("Target");
  }

  @Test
  void jsonLinesAreTheAssetAsTheRegisterWritesItPlusTheDerivedMembers() throws IOException {
    Asset ezviz = Assets.overtCamera("CAM-1").brand("EZVIZ").build();
    AssetRegister register = Registers.of(ezviz);
    StringWriter out = new StringWriter();

    AssetExport.jsonLines(register, register.assets(), out);

    String line = out.toString();
    assertThat(line).endsWith("}\n").hasLineCount(1);
    String asset = RegisterJson.standard().writeRecordForExport(Asset.TYPE, ezviz);
    assertThat(line).startsWith(asset.substring(0, asset.length() - 1) + ", \"organisation\": ");
    assertThat(line).contains("\"vendorGroup\": \"Hikvision\"").contains("\"vendorsOfConcern\": [");
  }

  @Test
  void derivedMembersNeverClashWithAnAssetField() {
    for (Field<Asset, ?> field : Asset.TYPE.fields()) {
      assertThat(AssetExport.DERIVED_MEMBERS).doesNotContain(field.name());
    }
  }

  @Test
  void exportWritesOneLinePerAssetOfALargeRegister() throws IOException {
    AssetRegister register = RegisterGenerator.seeded(15).register(2_000);
    StringWriter csv = new StringWriter();
    StringWriter jsonl = new StringWriter();

    AssetExport.csv(register.assets(), csv);
    AssetExport.jsonLines(register, register.assets(), jsonl);

    assertThat(jsonl.toString().split("\n", -1)).hasSize(2_001);
    assertThat(csv.toString().lines().count()).isGreaterThanOrEqualTo(2_001);
  }
}
