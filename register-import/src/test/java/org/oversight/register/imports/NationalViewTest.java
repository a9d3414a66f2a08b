package org.oversight.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.AssetRegister;
import org.oversight.register.compliance.SurveySummary;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.testkit.RegisterGenerator;

/**
 * The national view is federation: each organisation exports its overt register as JSON Lines and
 * an existing engine aggregates them. Here DuckDB (in memory, through JDBC) reads the files of
 * several generated registers, and its SQL counts by vendor group, category and vendor of concern
 * are the library's own answers summed. The SQL is the one docs/national-view.md shows.
 */
class NationalViewTest {
  private static final LocalDate AS_AT = LocalDate.of(2024, 6, 30);
  private static final String IN_SERVICE =
      " WHERE status <> 'PLANNED' AND inServiceFrom <= DATE '2024-06-30'"
          + " AND (inServiceUntil IS NULL OR inServiceUntil >= DATE '2024-06-30')";

  @TempDir Path exports;

  @Test
  void duckDbCountsOverTheExportsEqualTheLibrarysAnswers() throws IOException, SQLException {
    Map<String, Long> byGroup = new TreeMap<>();
    Map<String, Long> byCategory = new TreeMap<>();
    Map<String, Long> byConcern = new TreeMap<>();
    long seed = 1;
    for (int size : List.of(400, 1_500, 50, 900)) {
      AssetRegister register = RegisterGenerator.seeded(seed++).register(size, AS_AT);
      try (Writer out =
          Files.newBufferedWriter(
              exports.resolve("org-" + seed + ".jsonl"), StandardCharsets.UTF_8)) {
        AssetExport.jsonLines(register, OvertRegister.of(register).assets(), out);
      }
      SurveySummary survey = SurveySummary.of(register, AS_AT);
      survey.unitsByGroup().forEach((group, units) -> byGroup.merge(group, units, Long::sum));
      survey
          .concernUnitsByVendor()
          .forEach((vendor, units) -> byConcern.merge(vendor, units, Long::sum));
      for (AssetCategory category : AssetCategory.values()) {
        long units =
            register.query().overt().inServiceOn(AS_AT).category(List.of(category)).count().units();
        if (units > 0) {
          byCategory.merge(category.name(), units, Long::sum);
        }
      }
    }
    assertThat(byGroup).containsKey("Hikvision");
    assertThat(byConcern).isNotEmpty();

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TABLE assets AS SELECT * FROM read_json_auto('"
              + exports.resolve("*.jsonl")
              + "', format = 'newline_delimited', union_by_name = true)");
      assertThat(
              sums(
                  sql,
                  "SELECT vendorGroup, sum(quantity) FROM assets"
                      + IN_SERVICE
                      + " AND vendorGroup IS NOT NULL GROUP BY vendorGroup"))
          .isEqualTo(byGroup);
      assertThat(
              sums(
                  sql,
                  "SELECT category, sum(quantity) FROM assets" + IN_SERVICE + " GROUP BY category"))
          .isEqualTo(byCategory);
      assertThat(
              sums(
                  sql,
                  "SELECT vendor, sum(quantity) FROM (SELECT unnest(vendorsOfConcern) AS vendor,"
                      + " quantity, status, inServiceFrom, inServiceUntil FROM assets)"
                      + IN_SERVICE
                      + " GROUP BY vendor"))
          .isEqualTo(byConcern);
    }
  }

  private static Map<String, Long> sums(Statement sql, String query) throws SQLException {
    Map<String, Long> sums = new TreeMap<>();
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) {
        sums.put(rows.getString(1), rows.getLong(2));
      }
    }
    return sums;
  }
}
