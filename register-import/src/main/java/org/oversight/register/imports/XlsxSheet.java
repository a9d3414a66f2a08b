package org.oversight.register.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XLSX workbook read with Apache POI's streaming event API ({@link XSSFReader} and {@link
 * XSSFSheetXMLHandler} over SAX): rows are handed on as they are parsed and never held, so a sheet
 * of 100,000 rows imports in memory that does not grow with it (the shared strings table is the one
 * part held, as Excel writes it once per workbook).
 *
 * <p>Formulas are read as the values Excel cached when it saved the file. A number in a cell
 * formatted as a date becomes an ISO date; any other number keeps every digit Excel stored ({@code
 * -2.2880219999999998}), for the coordinate rounding to take. A header cell merged across several
 * columns names the first of them, and the others after it with {@code (2)}, {@code (3)}: a merged
 * "Location" over two columns gives "Location" and "Location (2)". The sheet is the mapping's, else
 * the first. Merged cells are listed after the rows in the file, so the sheet is read twice: once
 * for them (a fast scan that keeps nothing else), once for the rows.
 */
final class XlsxSheet implements Sources.Sheet {
  private final Path file;
  private final String source;
  private final @Nullable String sheetName;

  XlsxSheet(Path file, String source, @Nullable String sheetName) {
    this.file = file;
    this.source = source;
    this.sheetName = sheetName;
  }

  @Override
  public void read(Sources.RowHandler handler) throws IOException, Sources.SourceException {
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      List<CellRangeAddress> merged = new ArrayList<>();
      try (InputStream sheet = sheet(reader)) {
        parse(sheet, new MergeScan(merged));
      }
      try (InputStream sheet = sheet(reader)) {
        Rows rows = new Rows(handler, merged);
        parse(sheet, new XSSFSheetXMLHandler(styles, null, strings, rows, new RawValues(), false));
      }
    } catch (InvalidFormatException
        | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
      throw new Sources.SourceException(problem("is not an XLSX workbook"));
    } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
      throw new Sources.SourceException(problem("the workbook cannot be read: it is damaged"));
    } catch (org.apache.poi.ooxml.POIXMLException
        | org.apache.poi.UnsupportedFileFormatException e) {
      throw new Sources.SourceException(problem("is not an XLSX workbook"));
    }
  }

  private Problem problem(String message) {
    return new Problem(source, 0, 0, "", null, message);
  }

  private InputStream sheet(XSSFReader reader)
      throws IOException, OpenXML4JException, Sources.SourceException {
    XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    List<String> names = new ArrayList<>();
    while (sheets.hasNext()) {
      InputStream sheet = sheets.next();
      String name = sheets.getSheetName();
      if (sheetName == null || Cells.clean(name).equalsIgnoreCase(sheetName)) {
        return sheet;
      }
      names.add(name);
      sheet.close();
    }
    throw new Sources.SourceException(
        problem(
            sheetName == null
                ? "the workbook has no sheet"
                : "the workbook has no sheet named "
                    + Cells.quote(sheetName)
                    + " (its sheets: "
                    + String.join(", ", names)
                    + ")"));
  }

  private static void parse(InputStream sheet, org.xml.sax.ContentHandler content)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(content);
    xml.parse(new InputSource(sheet));
  }

  /** Collects the merged ranges; everything else is skipped. */
  private static final class MergeScan extends DefaultHandler {
    private final List<CellRangeAddress> merged;

    MergeScan(List<CellRangeAddress> merged) {
      this.merged = merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if ("mergeCell".equals(localName) || qName.endsWith("mergeCell")) {
        String ref = attributes.getValue("ref");
        if (ref != null) {
          try {
            merged.add(CellRangeAddress.valueOf(ref));
          } catch (IllegalArgumentException e) {
            // A damaged range names no cells: nothing to spread.
          }
        }
      }
    }
  }

  /** Numbers as stored (every digit), dates as ISO dates, text as it is. */
  private static final class RawValues extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(
        double value, int formatIndex, String formatString, boolean use1904Windowing) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
      }
      BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
      return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
  }

  /** Gathers each row's cells by column and hands the row on. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final Sources.RowHandler handler;
    private final List<CellRangeAddress> merged;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;
    private int nextColumn;

    Rows(Sources.RowHandler handler, List<CellRangeAddress> merged) {
      this.handler = handler;
      this.merged = merged;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {
      if (!headerSeen) {
        boolean blank = true;
        for (String cell : cells) {
          blank &= Cells.clean(cell).isEmpty();
        }
        if (!blank) {
          headerSeen = true;
          spreadMergedHeaders(rowNum);
        }
      }
      handler.row(rowNum + 1, Collections.unmodifiableList(cells));
    }

    private void spreadMergedHeaders(int rowNum) {
      for (CellRangeAddress range : merged) {
        if (range.getFirstRow() != rowNum || range.getFirstColumn() >= cells.size()) {
          continue;
        }
        String name = Cells.clean(cells.get(range.getFirstColumn()));
        if (name.isEmpty()) {
          continue;
        }
        for (int column = range.getFirstColumn() + 1; column <= range.getLastColumn(); column++) {
          while (cells.size() <= column) {
            cells.add("");
          }
          if (Cells.clean(cells.get(column)).isEmpty()) {
            cells.set(column, name + " (" + (column - range.getFirstColumn() + 1) + ")");
          }
        }
      }
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      String value = formattedValue == null ? "" : formattedValue;
      if (cells.size() == column) {
        cells.add(value);
      } else {
        cells.set(column, value);
      }
      nextColumn = column + 1;
    }
  }
}
