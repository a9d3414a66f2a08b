package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.validation.Problem;

/** A problem is always one printable line, whatever the document's names and values hold. */
class OneLineProblemsTest {
  private static final String DOCUMENT =
      """
      {"schemaVersion": 1, "organisation": "Essex Police", "asAt": "2021-09-06",
       "x\\n2:1: /forged: fake\\u202E": 1,
       "assets": [{"id": "A", "category": "DRONE", "capabilities": [],
         "deployment": "HIDDEN\\u2066\\u001b[2J", "owned": true, "operated": true,
         "status": "PLANNED"}],
       "dpias": [], "contracts": []}
      """;

  @Test
  void namesAndValuesInProblemsAreEscaped() {
    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> RegisterJson.standard().parseContents(DOCUMENT));

    List<String> shown = e.problems().stream().map(Problem::toString).toList();

    assertThat(shown)
        .containsExactly(
            "2:2: /x\\n2:1: ~1forged: fake\\u202E: unknown field \"x\\n2:1: /forged: fake\\u202E\"",
            // Not the shape of a code: described, not quoted (it could be free text).
            "4:18: /assets/0/deployment: the value is not one of OVERT, COVERT");
    assertThat(String.join("", shown).chars())
        .noneMatch(c -> c < 0x20 || c == 0x202E || c == 0x2066);
    // The message lists the problems one per line, each escaped.
    assertThat(e.getMessage().lines().skip(1).map(String::strip).toList()).isEqualTo(shown);
  }
}
