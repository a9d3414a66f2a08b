package org.oversight.register.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.oversight.register.imports.AssetExport;
import org.oversight.register.imports.ImportMapping;
import org.oversight.register.imports.SpreadsheetImport;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.RegisterContents;

/**
 * Peak live heap while importing a CSV and an XLSX of {@code size} rows, against the heap the
 * imported register's contents keep: the import holds the assets it makes, not the rows it reads.
 * Measured as {@link MemoryFootprint} measures the JSON reader (full collections sampled during the
 * work, the highest heap in use after them, less the heap in use before). Not a JMH benchmark: run
 * {@code java -cp benchmarks.jar org.oversight.register.benchmarks.ImportFootprint [SIZE]}.
 */
public final class ImportFootprint {
  private ImportFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args optionally the number of rows (default 100,000)
   * @throws Exception if the import fails
   */
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    RegisterContents contents = ImportBenchmark.exportable(Fixtures.contents(size));
    SpreadsheetImport importer =
        SpreadsheetImport.of(ImportMapping.parse(AssetExport.mappingFor(contents), "m"));
    byte[] csv = ImportBenchmark.csv(contents);
    Path xlsx = Files.createTempFile("import-footprint", ".xlsx");
    try {
      writeXlsx(contents, xlsx);
      System.gc();
      long[] csvPeak =
          MemoryFootprint.peakLive(() -> importer.read(new ByteArrayInputStream(csv), "m.csv"));
      long[] xlsxPeak = MemoryFootprint.peakLive(() -> importer.read(xlsx));
      System.out.printf(
          "%d rows; CSV %d MB, XLSX %d MB on disk%n",
          size, csv.length >> 20, Files.size(xlsx) >> 20);
      report("CSV", csvPeak);
      report("XLSX", xlsxPeak);
    } finally {
      Files.deleteIfExists(xlsx);
    }
  }

  private static void report(String what, long[] peak) {
    System.out.printf(
        "%s import: peak live heap %d MB above the baseline, imported contents kept %d MB;"
            + " peak / kept = %.2f%n",
        what, peak[0] >> 20, peak[1] >> 20, (double) peak[0] / Math.max(1, peak[1]));
  }

  /** The register's CSV columns as an XLSX sheet, written with POI's streaming writer. */
  private static void writeXlsx(RegisterContents contents, Path file) throws Exception {
    List<Column<Asset>> columns = Column.of(Asset.TYPE);
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      SXSSFSheet sheet = workbook.createSheet("Assets");
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c).name());
      }
      int r = 1;
      for (Asset asset : contents.assets()) {
        Row row = sheet.createRow(r++);
        for (int c = 0; c < columns.size(); c++) {
          String text = columns.get(c).text(asset);
          if (text != null) {
            row.createCell(c).setCellValue(text);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
  }
}
