package org.oversight.register.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookAlikeAndPlaceholderTest {
  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);
  private final VendorDirectory standard = VendorDirectory.standard();

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\u041Dikvision | Hikvision", // Cyrillic capital EN
        "\u0425ikvision | \u0425ikvision", // Cyrillic capital HA looks like X, not H
        "\u0397ikvision | Hikvision", // Greek capital ETA
        "h\u0131kvision | Hikvision", // Latin small dotless I
        "HIKV\u0406SION | Hikvision", // Cyrillic capital Byelorussian-Ukrainian I
        "Hikvisi0n      | Hikvision", // digit zero
        "\u0415ZVIZ     | EZVIZ", // Cyrillic capital IE
        "D\u0430hua     | Dahua", // Cyrillic small A
        "\u0414ahua     | \u0414ahua", // Cyrillic DE does not look like D: a vendor of its own
      })
  void lookAlikeLettersFoldToTheListedVendor(String written, String vendor) {
    assertThat(standard.vendorNamed(written).name()).isEqualTo(vendor);
  }

  @Test
  void aLookAlikeMatchSaysSoAndStillFallsInTheGroup() {
    VendorMatch match = standard.resolve("\u041Dikvision", null, DATE);

    assertThat(match.group()).map(VendorGroup::name).contains("Hikvision");
    assertThat(match.isLookAlike()).isTrue();
    assertThat(match.reason())
        .startsWith("manufacturer \"\\u041Dikvision\" is Hikvision")
        .contains("look-alike");
    VendorMatch ezviz = standard.resolve(null, "\u0415ZVIZ", DATE);
    assertThat(ezviz.group()).map(VendorGroup::name).contains("Hikvision");
    assertThat(standard.matches(null, "\u0415ZVIZ", standard.vendorNamed("Hikvision"), DATE))
        .isTrue();
    assertThat(standard.resolve("Hikvision", null, DATE).isLookAlike()).isFalse();
  }

  @Test
  void mixedScriptsAreDetected() {
    assertThat(VendorNames.scripts("\u041Dikvision")).containsExactly("CYRILLIC", "LATIN");
    assertThat(VendorNames.isMixedScript("\u041Dikvision")).isTrue();
    assertThat(VendorNames.isMixedScript("D\u0430hua")).isTrue();
    assertThat(VendorNames.isMixedScript("Hikvision (UK) Ltd. 2")).isFalse();
    // One script throughout is not mixed, however it reads.
    assertThat(VendorNames.isMixedScript("\u0425\u0438\u043A\u0432\u0438\u0436\u043D")).isFalse();
    assertThat(VendorNames.isMixedScript("\u6D77\u5EB7\u5A01\u89C6")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Unknown",
        "unknown",
        "N/A",
        "n.a.",
        "NA",
        "-",
        "?",
        "TBC",
        "tbd",
        "Not known",
        "NOT KNOWN",
        "None",
        "Unbranded",
        "Generic",
        "Various",
        "To be confirmed",
        "Not recorded",
        "xxx"
      })
  void placeholdersAreNotNames(String placeholder) {
    assertThat(VendorNames.isPlaceholder(placeholder)).isTrue();
    VendorMatch match = standard.resolve(placeholder, null, DATE);
    assertThat(match.isUnknown()).isTrue();
    assertThat(standard.recordedVendor(placeholder)).isEmpty();
  }

  @Test
  void realNamesAreNotPlaceholders() {
    for (String name : new String[] {"Hikvision", "NAC", "Unknown Devices Inc", "Genetec", "UNV"}) {
      assertThat(VendorNames.isPlaceholder(name)).as(name).isFalse();
    }
  }

  @Test
  void aPlaceholderManufacturerLetsTheBrandDecideAndIsNamedInTheReason() {
    VendorMatch brand = standard.resolve("Not known", "EZVIZ", DATE);
    assertThat(brand.group()).map(VendorGroup::name).contains("Hikvision");

    VendorMatch unknown = standard.resolve("N/A", "TBC", DATE);
    assertThat(unknown.isUnknown()).isTrue();
    assertThat(unknown.reason())
        .isEqualTo(
            "manufacturer unknown: manufacturer \"N/A\" and brand \"TBC\" are placeholders, not"
                + " names");
    assertThat(standard.resolve(null, null, DATE).reason())
        .isEqualTo("manufacturer unknown: neither manufacturer nor brand recorded");
  }

  @Test
  void aPlaceholderIsNotAVendorToAskAbout() {
    assertThatThrownBy(() -> standard.vendorNamed("Unknown"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placeholder");
  }

  @Test
  void matchesAnswersTheSameAsMatchWithoutWords() {
    VendorGroup hikvision = standard.vendorNamed("Hikvision");
    VendorGroup dahua = standard.vendorNamed("Dahua");
    String[][] products = {
      {"Hikvision", null}, {null, "EZVIZ"}, {"Acme", "HiLook"}, {"N/A", null}, {null, "Lorex"}
    };
    for (String[] p : products) {
      for (VendorGroup asked : new VendorGroup[] {hikvision, dahua}) {
        for (LocalDate date : new LocalDate[] {LocalDate.of(2020, 1, 1), DATE}) {
          assertThat(standard.matches(p[0], p[1], asked, date))
              .as("%s/%s %s %s", p[0], p[1], asked.name(), date)
              .isEqualTo(standard.match(p[0], p[1], asked, date).isPresent())
              .isEqualTo(standard.whyMatches(p[0], p[1], asked, date).isPresent());
        }
      }
    }
    assertThat(standard.matches(null, "Lorex", dahua, LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(standard.matches(null, "Lorex", dahua, DATE)).isFalse();
  }

  @Test
  void atAnyDateCoversEveryGroupAndNoPlaceholder() {
    VendorGroup dahua = standard.vendorNamed("Dahua");

    assertThat(standard.matchesAtAnyDate(null, "Lorex", dahua)).isTrue();
    assertThat(standard.matchesAtAnyDate(null, "Lorex", standard.vendorNamed("Skywatch"))).isTrue();
    assertThat(standard.matchesAtAnyDate("D\u0430hua", null, dahua)).isTrue();
    assertThat(standard.matchesAtAnyDate("N/A", "Unknown", dahua)).isFalse();
    assertThat(standard.matchesAtAnyDate("Axis", null, dahua)).isFalse();
  }
}
