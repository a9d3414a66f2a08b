package org.oversight.register.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One broken spreadsheet per rule (in {@code broken/}), each with the problem lines expected of it
 * ({@code NAME.expected}). Every file holds two good rows and one or more bad ones, so each
 * expectation shows that only the bad row is reported, at its row and column. Run with {@code
 * -Dgolden.update=true} to rewrite the expectations, then review their diff.
 */
class BrokenSpreadsheetsTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TestFactory
  Stream<DynamicTest> eachBrokenSpreadsheetReportsItsProblemAtItsRowAndColumn() throws IOException {
    Path directory = Corpus.file("broken/mapping.json").getParent();
    ImportMapping mapping = ImportMapping.read(directory.resolve("mapping.json"));
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(directory)) {
      list.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(19);
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(mapping, file)));
  }

  private static void check(ImportMapping mapping, Path file) throws IOException {
    String name = file.getFileName().toString();
    List<String> lines;
    try (var in = Files.newInputStream(file)) {
      SpreadsheetImport.of(mapping).read(in, name);
      lines = List.of("(imported without a problem)");
    } catch (InvalidSpreadsheetException e) {
      lines = e.lines();
    }
    String expectedName = name.replace(".csv", ".expected");
    if (UPDATE) {
      Files.write(
          Corpus.sourceDirectory().resolve("broken").resolve(expectedName),
          (String.join("\n", lines) + "\n").getBytes(UTF_8));
      return;
    }
    Path expected = file.resolveSibling(expectedName);
    assertThat(lines)
        .as(name)
        .isNotEmpty()
        .doesNotContain("(imported without a problem)")
        .containsExactlyElementsOf(Files.readAllLines(expected, UTF_8));
  }
}
