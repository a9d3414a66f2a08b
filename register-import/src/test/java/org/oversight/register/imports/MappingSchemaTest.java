package org.oversight.register.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mapping's JSON Schema is generated from the descriptions and checked in; the reader and the
 * schema agree on a corpus ({@code mappings/}): {@code valid-*} both accept, {@code invalid-*} both
 * reject, {@code reader-only-*} break a rule the schema's description lists but cannot express.
 * Regenerate with {@code -Dschema.update=true}.
 */
class MappingSchemaTest {
  private static final Path CHECKED_IN =
      Path.of("src/main/resources/org/oversight/register/imports/mapping-v1.schema.json");

  @Test
  void checkedInSchemaIsTheOneGeneratedFromTheDescriptions() throws IOException {
    String generated = MappingSchema.generate();
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(CHECKED_IN, generated, UTF_8);
    }
    assertThat(ImportMapping.schema()).isEqualTo(generated);
    // Every asset column is a mappable field, by the description's own names.
    for (var column : ColumnValues.COLUMNS) {
      assertThat(generated).contains("\"" + column.name() + "\"");
    }
  }

  @Test
  void readerAndSchemaAgreeOnTheCorpus() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ImportMapping.schema(), InputFormat.JSON);
    Path directory = Corpus.file("mappings/valid-contract-example.json").getParent();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(directory)) {
      list.sorted().forEach(files::add);
    }
    assertThat(files).hasSizeGreaterThan(20);
    for (Path file : files) {
      String name = file.getFileName().toString();
      String json = Files.readString(file, UTF_8);
      boolean schemaAccepts = schema.validate(json, InputFormat.JSON).isEmpty();
      boolean readerAccepts;
      try {
        ImportMapping.parse(json, name);
        readerAccepts = true;
      } catch (InvalidMappingException e) {
        readerAccepts = false;
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
      }
      if (name.startsWith("valid-")) {
        assertThat(readerAccepts).as(name + " by the reader").isTrue();
        assertThat(schemaAccepts).as(name + " by the schema").isTrue();
      } else if (name.startsWith("invalid-")) {
        assertThat(readerAccepts).as(name + " by the reader").isFalse();
        assertThat(schemaAccepts).as(name + " by the schema").isFalse();
      } else {
        assertThat(name).startsWith("reader-only-");
        assertThat(readerAccepts).as(name + " by the reader").isFalse();
        assertThat(schemaAccepts).as(name + " by the schema").isTrue();
      }
    }
  }
}
