package org.oversight.register.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each kind of value, at the edges of what it allows: the first value refused on each side, the
 * last one accepted, and the exact message (never quoting free text or money).
 */
class ValueTypeTest {

  /** Every problem a check reports, as "POINTER: message". */
  static <V> List<String> problems(ValueType<V> type, V value) {
    List<String> found = new ArrayList<>();
    type.check(value, (pointer, message) -> found.add(pointer + ": " + message));
    assertThat(type.isValid(value)).as("isValid agrees with check").isEqualTo(found.isEmpty());
    return found;
  }

  @Test
  void textIsRefusedWhenBlankOrPaddedOrTooLongAndSaysItsLengthNotItsWords() {
    ValueType.Text five = ValueType.text(5);

    assertThat(problems(five, "abcde")).isEmpty();
    assertThat(problems(five, "a")).isEmpty();
    assertThat(problems(five, "a b")).isEmpty();
    assertThat(problems(five, "abcdef")).containsExactly(": is 6 characters, at most 5");
    assertThat(problems(five, "")).containsExactly(": must not be blank");
    assertThat(problems(five, " \t")).containsExactly(": must not be blank");
    assertThat(problems(five, " a")).containsExactly(": must not start with white space");
    assertThat(problems(five, "a\u00A0")).containsExactly(": must not end with white space");
    assertThat(problems(five, "\u2007ab")).containsExactly(": must not start with white space");
    assertThat(five.problem("ab ")).isEqualTo("must not end with white space");
    assertThat(five.text("abc")).isEqualTo("abc");
    assertThat(five.isFreeText()).isTrue();
    assertThat(five.isBounded()).isTrue();
    assertThat(ValueType.text().isBounded()).isFalse();
    assertThat(ValueType.text().problem("x".repeat(100_000))).isNull();
    assertThat(five.repeats()).isFalse();
    assertThat(five.repeating()).isEqualTo(new ValueType.Text(5, true));
    assertThat(new ValueType.Text(1, false).problem("ab")).isEqualTo("is 2 characters, at most 1");
    assertThatThrownBy(() -> ValueType.text(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLength must be at least 1, was 0");
  }

  @Test
  void identifiersAreOneToSixtyFourAllowedCharactersAndTheMessageSaysWhichCharacter() {
    String rule = ": use 1 to 64 characters of A-Z a-z 0-9 . _ : -";
    assertThat(ValueType.Identifier.isIdentifier("Az09._:-")).isTrue();
    assertThat(ValueType.Identifier.isIdentifier("x".repeat(64))).isTrue();
    assertThat(ValueType.Identifier.isIdentifier("x".repeat(65))).isFalse();
    assertThat(ValueType.Identifier.isIdentifier("")).isFalse();
    // The edges of each range, and the characters just outside them.
    for (char ok : "AZaz09._:-".toCharArray()) {
      assertThat(ValueType.Identifier.isIdentifier("a" + ok)).as("%s", ok).isTrue();
    }
    for (char bad : "@[`{/;,+ ".toCharArray()) {
      assertThat(ValueType.Identifier.isIdentifier("a" + bad)).as("%s", bad).isFalse();
    }
    assertThat(ValueType.Identifier.problem("CAM-1")).isNull();
    assertThat(ValueType.Identifier.problem(""))
        .isEqualTo("is not an identifier (it is empty)" + rule);
    assertThat(ValueType.Identifier.problem("x".repeat(65)))
        .isEqualTo("is not an identifier (it is 65 characters)" + rule);
    assertThat(ValueType.Identifier.problem("ab cd"))
        .isEqualTo("is not an identifier (character 3 is not allowed)" + rule);
    assertThat(ValueType.Identifier.problem("#"))
        .isEqualTo("is not an identifier (character 1 is not allowed)" + rule);
    // At the longest allowed length, a bad character is named rather than the length.
    assertThat(ValueType.Identifier.problem("x".repeat(63) + "#"))
        .isEqualTo("is not an identifier (character 64 is not allowed)" + rule);
    assertThat(ValueType.Identifier.STRING.from().apply("CAM-1")).isEqualTo("CAM-1");
    assertThat(ValueType.Identifier.STRING.to().apply("CAM-1")).isEqualTo("CAM-1");

    ValueType.Identifier<AssetId> ids = new ValueType.Identifier<>(AssetId::of, AssetId::value);
    assertThat(problems(ids, AssetId.of("CAM-1"))).isEmpty();
    assertThat(ids.text(AssetId.of("CAM-1"))).isEqualTo("CAM-1");
    assertThat(ValueType.Identifier.STRING.isValid("a b")).isFalse();
    assertThat(problems(ValueType.Identifier.STRING, "a b"))
        .containsExactly(": is not an identifier (character 2 is not allowed)" + rule);
  }

  @Test
  void daysRunFromYearOneToYear9999() {
    ValueType.Day day = ValueType.Day.INSTANCE;

    assertThat(problems(day, ValueType.earliestDate())).isEmpty();
    assertThat(problems(day, ValueType.latestDate())).isEmpty();
    assertThat(ValueType.earliestDate()).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(ValueType.latestDate()).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThat(problems(day, LocalDate.of(0, 12, 31)))
        .containsExactly(": must be in the years 1 to 9999");
    assertThat(problems(day, LocalDate.of(10000, 1, 1)))
        .containsExactly(": must be in the years 1 to 9999");
    assertThat(day.text(LocalDate.of(2021, 9, 6))).isEqualTo("2021-09-06");
    assertThat(day.isFreeText()).isFalse();
  }

  @Test
  void wholeNumbersAreCheckedAtBothEnds() {
    ValueType.WholeNumber quantity = new ValueType.WholeNumber(1, 10);

    assertThat(problems(quantity, 1)).isEmpty();
    assertThat(problems(quantity, 10)).isEmpty();
    assertThat(problems(quantity, 0)).containsExactly(": must be at least 1, was 0");
    assertThat(problems(quantity, 11)).containsExactly(": must be at most 10, was 11");
    assertThat(quantity.text(7)).isEqualTo("7");
    assertThat(new ValueType.WholeNumber(3, 3).isValid(3)).isTrue();
    assertThatThrownBy(() -> new ValueType.WholeNumber(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must not be less than min");
  }

  @Test
  void amountsAreNotNegativeWithEighteenDigitsBeforeThePointAndSixAfter() {
    ValueType.Amount amount = ValueType.Amount.INSTANCE;
    String digits = ": must have at most 18 digits before the point and 6 after it";

    assertThat(problems(amount, BigDecimal.ZERO)).isEmpty();
    assertThat(problems(amount, new BigDecimal("999999999999999999.999999"))).isEmpty();
    assertThat(problems(amount, new BigDecimal("-0.01"))).containsExactly(": must not be negative");
    assertThat(problems(amount, new BigDecimal("1000000000000000000"))).containsExactly(digits);
    assertThat(problems(amount, new BigDecimal("0.0000001"))).containsExactly(digits);
    assertThat(amount.text(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(amount.text(new BigDecimal("125000.00"))).isEqualTo("125000.00");
  }

  @Test
  void currenciesChoicesAndFlagsAcceptEveryValueTheirJavaTypeCanHold() {
    assertThat(problems(ValueType.CurrencyCode.INSTANCE, Currency.getInstance("GBP"))).isEmpty();
    assertThat(ValueType.CurrencyCode.INSTANCE.text(Currency.getInstance("EUR"))).isEqualTo("EUR");
    assertThat(problems(ValueType.Flag.INSTANCE, false)).isEmpty();
    assertThat(ValueType.Flag.INSTANCE.text(true)).isEqualTo("true");

    ValueType.Choice<DpiaStatus> status = new ValueType.Choice<>(DpiaStatus.class);
    assertThat(problems(status, DpiaStatus.DRAFT)).isEmpty();
    assertThat(status.text(DpiaStatus.UNDER_REVIEW)).isEqualTo("UNDER_REVIEW");
    assertThat(status.names()).isEqualTo("DRAFT, APPROVED, UNDER_REVIEW, SUPERSEDED");

    ValueType.Choices<DpiaStatus> statuses = new ValueType.Choices<>(DpiaStatus.class);
    assertThat(problems(statuses, EnumSet.of(DpiaStatus.DRAFT))).isEmpty();
    assertThat(statuses.text(EnumSet.of(DpiaStatus.APPROVED, DpiaStatus.DRAFT)))
        .isEqualTo("DRAFT;APPROVED");
    assertThat(statuses.names()).isEqualTo(status.names());
  }

  @Test
  void webAddressesAreAbsoluteHttpOrHttpsWithAHost() {
    ValueType.WebAddress web = ValueType.WebAddress.INSTANCE;
    String message = ": is not an absolute http or https URI";

    assertThat(problems(web, "https://example.org/dpia-7.pdf")).isEmpty();
    assertThat(problems(web, "HTTP://example.org")).isEmpty();
    assertThat(problems(web, "ftp://example.org/x")).containsExactly(message);
    assertThat(problems(web, "https:///path-only")).containsExactly(message);
    assertThat(problems(web, "/relative")).containsExactly(message);
    assertThat(problems(web, "https://exa mple.org")).containsExactly(message);
    assertThat(problems(web, "mailto:foi@example.org")).containsExactly(message);
    assertThat(web.text("https://example.org")).isEqualTo("https://example.org");
    assertThat(web.isFreeText()).isTrue();
  }

  @Test
  void emailAddressesHaveOneAtSignADottedDomainAndNoSpaces() {
    ValueType.EmailAddress email = ValueType.EmailAddress.INSTANCE;
    String message = ": is not an e-mail address such as foi@example.gov.uk";

    assertThat(problems(email, "foi@example.gov.uk")).isEmpty();
    assertThat(problems(email, "a@b.c")).isEmpty();
    String longest = "a".repeat(254 - "@b.c".length()) + "@b.c";
    assertThat(problems(email, longest)).isEmpty();
    assertThat(problems(email, "a" + longest)).containsExactly(message);
    for (String bad :
        List.of(
            "@example.org",
            "foi@",
            "foi@example",
            "foi@@example.org",
            "a@b@example.org",
            "foi example@x.org",
            "foi@exa\u00A0mple.org",
            "foi@example.org\u007f",
            "foi\u0001@example.org",
            "no-at-sign.example.org")) {
      assertThat(problems(email, bad)).as(bad).containsExactly(message);
    }
    assertThat(email.text("x@y.z")).isEqualTo("x@y.z");
    assertThat(email.isFreeText()).isTrue();
  }

  @Test
  void degreesAreWithinTheirLimitWithSevenDecimalPlacesAtMost() {
    ValueType.Degrees latitude = new ValueType.Degrees(90);

    assertThat(problems(latitude, new BigDecimal("90"))).isEmpty();
    assertThat(problems(latitude, new BigDecimal("-90.0000000"))).isEmpty();
    assertThat(problems(latitude, new BigDecimal("51.1234567"))).isEmpty();
    assertThat(problems(latitude, new BigDecimal("51.12345670000"))).isEmpty();
    assertThat(problems(latitude, new BigDecimal("90.0000001")))
        .containsExactly(": must be between -90 and 90 degrees");
    assertThat(problems(latitude, new BigDecimal("-91")))
        .containsExactly(": must be between -90 and 90 degrees");
    assertThat(problems(latitude, new BigDecimal("51.12345678")))
        .containsExactly(": must have at most 7 decimal places");
    assertThat(latitude.text(new BigDecimal("5E+1"))).isEqualTo("50");
  }

  @Test
  void capabilitiesAreStandardOrWellFormedCustomCodesUpToTheirMaximum() {
    ValueType.Capabilities two = new ValueType.Capabilities(2);
    String rule =
        " is not a capability code: use a standard code or X- followed by upper-case letters,"
            + " digits and hyphens";

    assertThat(problems(two, set(Capability.RECORDING, Capability.of("X-WEAPON-DETECTION"))))
        .isEmpty();
    assertThat(
            problems(
                two, set(Capability.RECORDING, Capability.LIVE_VIEW, Capability.PAN_TILT_ZOOM)))
        .containsExactly(": lists 3 capabilities, at most 2");
    assertThat(problems(two, set(Capability.RECORDING, Capability.of("X-bad"))))
        .containsExactly("/1: \"X-bad\"" + rule);
    assertThat(problems(two, set(Capability.of("not a code"))))
        .containsExactly("/0: the text" + rule);
    assertThat(ValueType.Capabilities.codeProblem("")).isEqualTo("the text" + rule);
    assertThat(ValueType.Capabilities.codeProblem("x".repeat(64)))
        .isEqualTo("\"" + "x".repeat(64) + "\"" + rule);
    assertThat(ValueType.Capabilities.codeProblem("x".repeat(65))).isEqualTo("the text" + rule);
    assertThat(ValueType.Capabilities.codeProblem("Az09-_")).isEqualTo("\"Az09-_\"" + rule);
    assertThat(ValueType.Capabilities.codeProblem("ZazA9")).isEqualTo("\"ZazA9\"" + rule);
    for (String bad : List.of("@", "[", "`", "{", "/", ":", ".")) {
      assertThat(ValueType.Capabilities.codeProblem("A" + bad))
          .as(bad)
          .isEqualTo("the text" + rule);
    }
    assertThat(ValueType.Capabilities.codeProblem("a.b")).isEqualTo("the text" + rule);
    assertThat(two.text(set(Capability.LIVE_VIEW, Capability.RECORDING)))
        .isEqualTo("RECORDING;LIVE_VIEW");
    assertThat(ValueType.Capabilities.INSTANCE.max()).isEqualTo(256);
  }

  @Test
  void customCapabilityCodesAreXDashThenUpperCaseLettersDigitsAndHyphens() {
    assertThat(Capability.isValidCode("RECORDING")).isTrue();
    assertThat(Capability.isValidCode("X-A")).isTrue();
    assertThat(Capability.isValidCode("X-AZ09-")).isTrue();
    assertThat(Capability.isValidCode("X-")).isFalse();
    assertThat(Capability.isValidCode("X-a")).isFalse();
    assertThat(Capability.isValidCode("X-A_B")).isFalse();
    assertThat(Capability.isValidCode("X-A@")).isFalse();
    assertThat(Capability.isValidCode("X-A[")).isFalse();
    assertThat(Capability.isValidCode("X-A/")).isFalse();
    assertThat(Capability.isValidCode("X-A:")).isFalse();
    assertThat(Capability.isValidCode("Y-A")).isFalse();
    assertThat(Capability.of("X-A").isCustom()).isTrue();
    assertThat(Capability.of("X-A").isStandard()).isFalse();
    assertThat(Capability.RECORDING.isCustom()).isFalse();
    assertThat(Capability.of("Other").isCustom()).isFalse();
    assertThat(Capability.standardOf("LIVE_VIEW")).contains(Capability.LIVE_VIEW);
    assertThat(Capability.standardOf("X-A")).isEmpty();
    assertThat(Capability.of("X-A"))
        .isEqualTo(Capability.of("X-A"))
        .hasSameHashCodeAs(Capability.of("X-A"));
    assertThat(Capability.of("X-A")).isNotEqualTo(Capability.of("X-B")).isNotEqualTo("X-A");
    assertThat(Capability.of("X-A")).hasToString("X-A");
  }

  @Test
  void idListsRefuseBadAndRepeatedIdsAndTooManyOfThem() {
    ValueType.IdList three = new ValueType.IdList("dpias", "DPIA", 3);
    String rule = ": use 1 to 64 characters of A-Z a-z 0-9 . _ : -";

    assertThat(problems(three, List.of("D-1", "D-2", "D-3"))).isEmpty();
    assertThat(problems(three, List.of())).isEmpty();
    assertThat(problems(three, List.of("D-1", "D-2", "D-3", "D-4")))
        .containsExactly(": lists 4 identifiers, at most 3");
    assertThat(problems(three, List.of("D-1", "D 2")))
        .containsExactly("/1: is not an identifier (character 2 is not allowed)" + rule);
    assertThat(problems(three, List.of("D-1", "D-2", "D-1")))
        .containsExactly("/2: \"D-1\" is listed twice");
    assertThat(problems(three, List.of("D-2", "D-2")))
        .containsExactly("/1: \"D-2\" is listed twice");
    assertThat(three.text(List.of("D-1", "D-2"))).isEqualTo("D-1;D-2");

    // Long lists are checked through a set rather than a scan: the same answers.
    ValueType.IdList many = new ValueType.IdList("dpias", "DPIA", 100);
    List<String> seventeen = IntStream.range(0, 17).mapToObj(i -> "D-" + i).toList();
    assertThat(problems(many, seventeen)).isEmpty();
    List<String> repeated = new ArrayList<>(seventeen);
    repeated.set(16, "D-0");
    assertThat(problems(many, repeated)).containsExactly("/16: \"D-0\" is listed twice");
    List<String> sixteen = new ArrayList<>(seventeen.subList(0, 16));
    sixteen.set(15, "D-14");
    assertThat(problems(many, sixteen)).containsExactly("/15: \"D-14\" is listed twice");
  }

  @Test
  void nestedRecordsAndListsOfRecordsAreCheckedWithTheirPositions() {
    ValueType.Nested<Money> money = new ValueType.Nested<>(Money.TYPE);
    Money fine = Money.of("1.00", "GBP");
    assertThat(problems(money, fine)).isEmpty();
    assertThat(money.text(fine)).isEqualTo("1.00 GBP");

    ValueType.RecordList<Location> places = new ValueType.RecordList<>(Location.TYPE);
    Location here = Location.of("51.5", "-0.1");
    assertThat(problems(places, List.of(here, here))).isEmpty();
    assertThat(places.text(List.of(here))).isEqualTo("1 " + Location.TYPE.name());
    assertThat(places.text(List.of(here, here))).isEqualTo("2 " + Location.TYPE.name() + "s");
    assertThat(places.text(List.of())).isEqualTo("0 " + Location.TYPE.name() + "s");
  }

  private static SortedSet<Capability> set(Capability... capabilities) {
    return new TreeSet<>(Set.of(capabilities));
  }
}
