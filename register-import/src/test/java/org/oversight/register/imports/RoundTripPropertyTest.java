package org.oversight.register.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Field;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.Values;
import org.oversight.register.testkit.RegisterGenerator;

/**
 * Import, export as CSV, import again: the same register, over generated registers (QuickTheories,
 * fixed seed). The export's own mapping ({@link AssetExport#mappingFor}) maps every column.
 */
class RoundTripPropertyTest {
  @Test
  void importExportImportGivesTheSameRegister() {
    qt().withFixedSeed(15_2024L)
        .withExamples(40)
        .forAll(longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, size) -> {
              RegisterContents generated =
                  exportable(RegisterGenerator.seeded(seed).contents(size));
              ImportMapping mapping = ImportMapping.parse(AssetExport.mappingFor(generated), "m");
              String first = csv(generated.assets());

              RegisterContents imported = read(mapping, first);
              String second = csv(imported.assets());
              RegisterContents again = read(mapping, second);

              assertThat(imported.assets()).isEqualTo(generated.assets());
              assertThat(second).isEqualTo(first);
              assertThat(again).isEqualTo(imported);
            });
  }

  @Test
  void importingARegistersOwnExportIntoItChangesNothing() {
    qt().withFixedSeed(15_2025L)
        .withExamples(40)
        .forAll(longs().all(), integers().between(0, 300))
        .checkAssert(
            (seed, size) -> {
              RegisterContents register = RegisterGenerator.seeded(seed).contents(size);
              ImportMapping mapping = ImportMapping.parse(AssetExport.mappingFor(register), "m");

              RegisterMerge merge;
              try {
                merge =
                    SpreadsheetImport.of(mapping)
                        .readInto(
                            new ByteArrayInputStream(csv(register.assets()).getBytes(UTF_8)),
                            "export.csv",
                            register);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }

              assertThat(merge.isEmpty()).isTrue();
              assertThat(merge.contents()).isEqualTo(register);
            });
  }

  @Test
  void everyColumnOfTheDescriptionIsExportedAndImportedBack() throws IOException {
    // Field names come from the description, never a copied list: every column the asset's
    // description has must be exercised here, so a new field is covered the day it is added.
    RegisterContents generated = exportable(RegisterGenerator.seeded(15).contents(3_000));
    for (org.oversight.register.model.Column<Asset> column :
        org.oversight.register.model.Column.of(Asset.TYPE)) {
      if (column.field() == Asset.DPIA_IDS || column.field() == Asset.CONTRACT_IDS) {
        continue; // references: covered by the import into the register itself, above
      }
      assertThat(generated.assets().stream().anyMatch(a -> column.text(a) != null))
          .as("some generated asset has a value for " + column.name())
          .isTrue();
    }
    ImportMapping mapping = ImportMapping.parse(AssetExport.mappingFor(generated), "m");
    assertThat(mapping.columns().keySet())
        .containsExactlyElementsOf(
            org.oversight.register.model.Column.of(Asset.TYPE).stream()
                .map(org.oversight.register.model.Column::name)
                .toList());

    RegisterContents imported = read(mapping, csv(generated.assets()));

    assertThat(imported.assets()).isEqualTo(generated.assets());
  }

  /** What a CSV can carry on its own: no confidential fields, no DPIAs or contracts to refer to. */
  private static RegisterContents exportable(RegisterContents contents) {
    List<Asset> assets = new ArrayList<>();
    for (Asset asset : contents.assets()) {
      Values<Asset> values = Asset.TYPE.valuesOf(asset);
      for (Field<Asset, ?> field : Asset.TYPE.fields()) {
        if (field.isConfidential()) {
          values.set(field, null);
        }
      }
      values.set(Asset.DPIA_IDS, List.of()).set(Asset.CONTRACT_IDS, List.of());
      assets.add(values.build());
    }
    return new RegisterContents(
        contents.organisation(), contents.asAt(), assets, List.of(), List.of());
  }

  private static String csv(List<Asset> assets) {
    StringWriter out = new StringWriter();
    try {
      AssetExport.csv(assets, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static RegisterContents read(ImportMapping mapping, String csv) {
    try {
      return SpreadsheetImport.of(mapping)
          .read(new ByteArrayInputStream(csv.getBytes(UTF_8)), "export.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
