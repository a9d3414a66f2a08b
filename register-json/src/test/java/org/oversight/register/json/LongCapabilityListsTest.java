package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Capability;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * An asset listing hundreds of thousands of capability codes (issue 13, item 4: duplicates were
 * checked in quadratic time, 31 s for 200,000 codes) is read in linear time and reported at the
 * first code past the cap. These tests run in well under a second; quadratic checking would make
 * them run for minutes.
 */
class LongCapabilityListsTest {
  private static final int CODES = 200_000;

  private static String document(List<String> codes) {
    String listed =
        codes.stream().map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"));
    return """
        {"schemaVersion": 2,
         "organisation": {"name": "Essex Police", "kind": "POLICE_FORCE", "nation": "ENGLAND",
                          "foiContact": {"email": "foi@essex.police.uk"}},
         "asAt": "2021-09-06",
         "assets": [{"id": "A", "category": "DRONE", "capabilities": %s,
           "deployment": "OVERT", "owned": true, "operated": true, "status": "PLANNED"}],
         "dpias": [], "contracts": []}
        """
        .formatted(listed);
  }

  private static List<Problem> problems(String document) {
    return catchThrowableOfType(
            RegisterFormatException.class, () -> RegisterJson.standard().parseContents(document))
        .problems();
  }

  @Test
  void distinctCodesPastTheCapAreReportedFromTheFirstOnePast() {
    List<String> codes = IntStream.range(0, CODES).mapToObj(n -> "X-" + n).toList();

    List<Problem> problems = problems(document(codes));

    int max = ValueType.Capabilities.DEFAULT_MAX;
    assertThat(problems.get(0).pointer()).isEqualTo("/assets/0/capabilities/" + max);
    assertThat(problems.get(0).message())
        .isEqualTo("an asset lists at most " + max + " capabilities");
    // One problem per code past the cap, up to the reader's cap on problems reported.
    assertThat(problems)
        .hasSizeLessThanOrEqualTo(RegisterJson.Options.defaults().maxProblems() + 1);
  }

  @Test
  void oneCodeRepeatedIsReportedAtEachRepeat() {
    List<String> codes =
        IntStream.range(0, CODES).mapToObj(n -> n < 20 ? "X-" + n : "X-" + (n % 20)).toList();

    List<Problem> problems = problems(document(codes));

    assertThat(problems.get(0).pointer()).isEqualTo("/assets/0/capabilities/20");
    assertThat(problems.get(0).message()).isEqualTo("\"X-0\" is listed twice");
  }

  @Test
  void theValueTypeReportsALongSetOnceAndSaysHowLong() {
    SortedSet<Capability> set =
        IntStream.range(0, CODES)
            .mapToObj(n -> Capability.of("X-" + n))
            .collect(Collectors.toCollection(TreeSet::new));
    List<String> reported = new ArrayList<>();

    Asset.CAPABILITIES.type().check(set, (where, message) -> reported.add(where + ": " + message));

    assertThat(Asset.CAPABILITIES.type().isValid(set)).isFalse();
    assertThat(reported)
        .containsExactly(
            ": lists " + CODES + " capabilities, at most " + ValueType.Capabilities.DEFAULT_MAX);
  }
}
