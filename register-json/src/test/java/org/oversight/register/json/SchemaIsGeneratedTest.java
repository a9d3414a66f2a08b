package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas in the jar (registers and FOI requests) are generated from the record descriptions.
 * After changing a description, regenerate them with {@code mvn -pl register-json -am test
 * -Dtest=SchemaIsGeneratedTest -Dschema.update=true -Dsurefire.failIfNoSpecifiedTests=false} and
 * review the diff.
 */
class SchemaIsGeneratedTest {
  private static final Path RESOURCES = Path.of("src/main/resources/org/oversight/register/json");

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void checkedInSchemaIsTheOneTheDescriptionsGenerate(int version) throws IOException {
    String generated = SchemaGenerator.schema(version);
    Path file = RESOURCES.resolve("register-v" + version + ".schema.json");
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it (see this test's Javadoc)", file)
        .isEqualTo(generated);
    assertThat(RegisterJson.schema(version)).isEqualTo(generated);
  }

  @Test
  void checkedInRequestSchemaIsTheOneTheDescriptionsGenerate() throws IOException {
    String generated = SchemaGenerator.requestSchema();
    Path file = RESOURCES.resolve("foi-request.schema.json");
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is out of date: regenerate it (see this test's Javadoc)", file)
        .isEqualTo(generated);
    assertThat(FoiJson.requestSchema()).isEqualTo(generated);
  }
}
