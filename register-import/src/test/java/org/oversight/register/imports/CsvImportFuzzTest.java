package org.oversight.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.RegisterContents;

/**
 * Fuzzes the CSV import. Plain {@code mvn verify} replays the committed seed corpus in {@code
 * src/test/resources/org/oversight/register/imports/CsvImportFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes for real (see docs/import.md).
 */
class CsvImportFuzzTest {
  private static final ImportMapping MAPPING;

  static {
    try {
      MAPPING = Corpus.mapping("broken/mapping.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void importThrowsNothingButInvalidSpreadsheetException(byte[] input) throws IOException {
    try {
      RegisterContents contents =
          SpreadsheetImport.of(MAPPING).read(new ByteArrayInputStream(input), "fuzz.csv");
      assertThat(RegisterValidator.standard().validate(contents)).isEmpty();
    } catch (InvalidSpreadsheetException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.lines()).hasSameSizeAs(e.problems());
      for (String line : e.lines()) {
        assertThat(line).doesNotContain("\n").doesNotContain("\r").startsWith("fuzz.csv");
      }
    }
  }
}
