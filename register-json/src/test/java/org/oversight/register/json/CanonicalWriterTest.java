package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Money;

/** The canonical writer's pieces, byte for byte: strings, escapes and surrogates. */
class CanonicalWriterTest {
  @Test
  void quotesAndBackslashesAndEveryControlCharacterAreEscaped() {
    String text = "\"\\\n\r\t\b\f\u0000\u0001\u001b\u001f \u007f~";

    assertThat(CanonicalWriter.quote(text))
        .isEqualTo("\"\\\"\\\\\\n\\r\\t\\b\\f\\u0000\\u0001\\u001b\\u001f \u007f~\"");
  }

  @Test
  void plainTextIsWrittenAsItIs() {
    assertThat(CanonicalWriter.quote("")).isEqualTo("\"\"");
    assertThat(CanonicalWriter.quote("Essex Police, é ü")).isEqualTo("\"Essex Police, é ü\"");
    assertThat(CanonicalWriter.quote("a\"b")).isEqualTo("\"a\\\"b\"");
  }

  @Test
  void pairedSurrogatesAreWrittenAsTheyAreAndLoneOnesEscaped() {
    assertThat(CanonicalWriter.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    assertThat(CanonicalWriter.quote("a\uD83D\uDE00\"")).isEqualTo("\"a\uD83D\uDE00\\\"\"");
    assertThat(CanonicalWriter.quote("a\uD800")).isEqualTo("\"a\\ud800\"");
    assertThat(CanonicalWriter.quote("\uD800a")).isEqualTo("\"\\ud800a\"");
    assertThat(CanonicalWriter.quote("\uDC00")).isEqualTo("\"\\udc00\"");
    assertThat(CanonicalWriter.quote("\uDBFF\uDBFF\uDFFF")).isEqualTo("\"\\udbff\uDBFF\uDFFF\"");
    assertThat(CanonicalWriter.quote("\uDFFF\uD800")).isEqualTo("\"\\udfff\\ud800\"");
  }

  @Test
  void aFilledRecordsLastMemberMayEndAtColumnOneHundred() throws Exception {
    // "      "residualRisk": "LOW", "icoConsulted": false, "url": "..."" is 100 columns with this
    // url.
    String fits = dpiaLines("https://example.org/dpia-7-12345678.pdf", "J. Smith");
    String wraps = dpiaLines("https://example.org/dpia-7-123456789.pdf", "J. Smith");

    assertThat(fits)
        .isEqualTo(
            "      \"residualRisk\": \"LOW\", \"icoConsulted\": false, \"url\":"
                + " \"https://example.org/dpia-7-12345678.pdf\"\n");
    assertThat(fits.length()).isEqualTo(101);
    assertThat(wraps)
        .isEqualTo(
            """
                  "residualRisk": "LOW", "icoConsulted": false,
                  "url": "https://example.org/dpia-7-123456789.pdf"
            """);
  }

  @Test
  void aFilledRecordsOtherMembersLeaveRoomForTheirComma() throws Exception {
    // The owner member ends at column 99 with "J. Smith" and 18 more letters: its comma is 100.
    String fits = dpiaLines("https://example.org/dpia-7.pdf", "J. Smith" + "x".repeat(18));
    String wraps = dpiaLines("https://example.org/dpia-7.pdf", "J. Smith" + "x".repeat(19));

    assertThat(fits)
        .startsWith(
            "      \"completedOn\": \"2019-02-11\", \"reviewDue\": \"2022-02-11\", \"owner\": \"J."
                + " Smith"
                + "x".repeat(18)
                + "\",\n");
    assertThat(fits.lines().findFirst().orElseThrow()).hasSize(100);
    assertThat(wraps)
        .startsWith(
            "      \"completedOn\": \"2019-02-11\", \"reviewDue\": \"2022-02-11\",\n"
                + "      \"owner\": \"J. Smith"
                + "x".repeat(19)
                + "\",");
  }

  @Test
  void anInlineRecordIsWrittenOnOneLine() throws Exception {
    StringBuilder out = new StringBuilder();

    CanonicalWriter.record(Money.TYPE, Money.of("125000.00", "GBP"), 4, out);

    assertThat(out).hasToString("{\"amount\": \"125000.00\", \"currency\": \"GBP\"}");
  }

  @Test
  void anExportedRecordLeavesOutItsConfidentialFields() throws Exception {
    RegisterJson json = RegisterJson.standard();
    Asset covert =
        json.parseRecord(
            Asset.TYPE,
            "{\"id\": \"C-1\", \"category\": \"FIXED_CAMERA\", \"capabilities\": [], \"deployment\": \"COVERT\","
                + " \"owned\": true, \"operated\": true, \"status\": \"PLANNED\", \"quantity\": 2,"
                + " \"authorisationRef\": \"RIPA-1\", \"notes\": \"n\"}");

    assertThat(json.writeRecordForExport(Asset.TYPE, covert))
        .isEqualTo(
            "{\"id\": \"C-1\", \"category\": \"FIXED_CAMERA\", \"capabilities\": [], \"deployment\": \"COVERT\","
                + " \"owned\": true, \"operated\": true, \"status\": \"PLANNED\", \"quantity\": 2}");
    assertThat(json.writeRecord(Asset.TYPE, covert))
        .isEqualTo(
            "{\"id\": \"C-1\", \"category\": \"FIXED_CAMERA\", \"capabilities\": [], \"deployment\": \"COVERT\","
                + " \"owned\": true, \"operated\": true, \"status\": \"PLANNED\", \"quantity\": 2,"
                + " \"authorisationRef\": \"RIPA-1\", \"notes\": \"n\"}");
  }

  /** The canonical lines of the example's DPIA from its completedOn on, with this url and owner. */
  private static String dpiaLines(String url, String owner) throws Exception {
    RegisterJson json = RegisterJson.standard();
    String document =
        BadDocumentsTest.BASE
            .replace("https://example.org/dpia-7.pdf", url)
            .replace("\"owner\": \"J. Smith\"", "\"owner\": \"" + owner + "\"");
    String written = json.writeString(json.parseContents(document));
    int from = written.indexOf("      \"completedOn\"");
    String rest = written.substring(from, written.indexOf("    }", from));
    return owner.equals("J. Smith") ? rest.substring(rest.indexOf("      \"residualRisk\"")) : rest;
  }
}
