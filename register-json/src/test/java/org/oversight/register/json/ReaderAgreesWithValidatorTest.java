package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.RegisterContents;

/**
 * {@link RegisterJson#read(String)} builds the register without validating it a second time, so
 * whatever the reader accepts must be a register the validator accepts, and the same register.
 */
class ReaderAgreesWithValidatorTest {
  private static final RegisterJson JSON = RegisterJson.standard();

  /** Values put in place of a value of the document: many break a rule of the register. */
  private static final List<String> VALUES =
      List.of(
          "\"\"",
          "\" padded \"",
          "0",
          "-3",
          "10000001",
          "true",
          "[]",
          "[\"RECORDING\", \"RECORDING\"]",
          "[\"X-\"]",
          "\"2020-02-30\"",
          "\"2024-02-29\"",
          "\"0000-01-01\"",
          "\"COVERT\"",
          "\"DECOMMISSIONED\"",
          "\"PLANNED\"",
          "\"DRAFT\"",
          "\"AST-000001\"",
          "\"DPIA-1\"",
          "\"C-1\"",
          "[\"DPIA-1\", \"DPIA-1\"]",
          "\"ftp://example.org/x\"",
          "{\"amount\": \"-1\", \"currency\": \"GBP\"}",
          "\"1900-01-01\"",
          "\"2999-12-31\"");

  @Test
  void whateverTheReaderAcceptsTheValidatorAcceptsAndReadBuildsTheSameRegister() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(1, 4))
        .checkAssert(
            (seed, edits) -> {
              String json = edit(JSON.writeString(RandomRegisters.generate(seed, 8)), seed, edits);
              RegisterContents contents;
              try {
                contents = JSON.parseContents(json);
              } catch (RegisterFormatException e) {
                assertThat(e.problems()).isNotEmpty();
                return;
              }
              assertThat(RegisterValidator.standard().validate(contents)).isEmpty();
              try {
                assertThat(JSON.parse(json)).isEqualTo(AssetRegister.of(contents));
              } catch (RegisterFormatException e) {
                throw new AssertionError(e.problems().toString(), e);
              }
            });
  }

  /** Replaces some values (after {@code ": "}) with values from {@link #VALUES}. */
  private static String edit(String json, long seed, int edits) {
    Random random = new Random(seed);
    String edited = json;
    for (int i = 0; i < edits; i++) {
      int colon = edited.indexOf(": ", random.nextInt(edited.length()));
      if (colon < 0) {
        continue;
      }
      int start = colon + 2;
      int end = valueEnd(edited, start);
      edited =
          edited.substring(0, start)
              + VALUES.get(random.nextInt(VALUES.size()))
              + edited.substring(end);
    }
    return edited;
  }

  private static int valueEnd(String json, int start) {
    char first = json.charAt(start);
    if (first == '"') {
      return json.indexOf('"', start + 1) + 1;
    }
    if (first == '[' || first == '{') {
      return json.indexOf(first == '[' ? ']' : '}', start) + 1;
    }
    int end = start;
    while (end < json.length() && ",\n}]".indexOf(json.charAt(end)) < 0) {
      end++;
    }
    return end;
  }
}
