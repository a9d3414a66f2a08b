package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class JacksonAnnotationsTest {
  @Test
  void theAnnotationsOnThisBuildsPathAreNewEnough() {
    assertThatCode(JacksonAnnotations::require).doesNotThrowAnyException();
    assertThat(JacksonAnnotations.foundVersion(getClass().getClassLoader()))
        .hasValueSatisfying(v -> assertThat(v).startsWith("2."));
  }

  @Test
  void anOldJarIsOneSentenceNamingBothVersions() {
    String message = JacksonAnnotations.message(Optional.of("2.18.2"));

    assertThat(message)
        .isEqualTo(
            "Jackson 3 data binding (RegisterJsonModule) needs"
                + " com.fasterxml.jackson.core:jackson-annotations 2.21 or newer, but version 2.18.2"
                + " is on the path: import org.oversight:register-bom, which manages it, or declare"
                + " jackson-annotations 2.21 or newer yourself.")
        .doesNotContain("\n");
  }

  @Test
  void anUnknownVersionIsSaidToBe() {
    assertThat(JacksonAnnotations.message(Optional.empty()))
        .contains("but an older version or none is on the path");
  }
}
