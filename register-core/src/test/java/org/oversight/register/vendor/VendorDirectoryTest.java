package org.oversight.register.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oversight.register.refdata.DataVersion;
import org.oversight.register.refdata.ReferenceDataException;
import org.oversight.register.validation.Problem;

class VendorDirectoryTest {
  private final VendorDirectory standard = VendorDirectory.standard();

  @ParameterizedTest(name = "brand {0} on {1} belongs to {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Lorex: Dahua from FLIR's sale (February 2018) until the sale to Skywatch completed on
        // 24 November 2022 (Dahua announcement 2022-094)
        "Lorex      | 2018-01-31 | Lorex",
        "Lorex      | 2018-02-01 | Dahua",
        "Lorex      | 2020-06-15 | Dahua",
        "Lorex      | 2022-11-23 | Dahua",
        "Lorex      | 2022-11-24 | Skywatch",
        "Lorex      | 2023-03-01 | Skywatch",
        // Hikvision's HiLook and HIKMICRO brands, Dahua's Imou brand (inferred, undated)
        "HiLook     | 2021-09-06 | Hikvision",
        "HIKMICRO   | 2023-01-01 | Hikvision",
        "Hik Micro  | 2023-01-01 | Hikvision",
        "Imou       | 2021-09-06 | Dahua",
        // Motorola Solutions' acquisitions
        "Avigilon   | 2017-12-31 | Avigilon",
        "Avigilon   | 2018-01-01 | Motorola Solutions",
        "Avigilon   | 2026-01-01 | Motorola Solutions",
        "IndigoVision | 2019-12-31 | IndigoVision",
        "IndigoVision | 2021-04-01 | Motorola Solutions",
        "Pelco      | 2019-06-01 | Pelco",
        "Pelco      | 2020-12-31 | Motorola Solutions",
        // Canon's acquisition of Axis
        "Axis       | 2014-12-31 | Axis",
        "Axis       | 2015-01-01 | Canon",
        "Axis Communications AB | 2022-01-01 | Canon",
        // undated brand membership holds at every date
        "EZVIZ      | 2010-01-01 | Hikvision",
        "EZVIZ      | 2026-01-01 | Hikvision",
        // unlisted names are their own group
        "Acme Optics | 2022-01-01 | Acme Optics",
      })
  void brandResolvesToItsGroupOnTheDate(String brand, LocalDate date, String group) {
    VendorMatch match = standard.resolve(null, brand, date);

    assertThat(match.group()).map(VendorGroup::name).contains(group);
    assertThat(match.reason()).startsWith("brand \"" + brand + "\"");
  }

  @Test
  void lorexReasonCarriesItsSources() {
    VendorMatch match = standard.resolve(null, "Lorex", LocalDate.of(2022, 3, 1));

    assertThat(match.reason())
        .contains("part of Dahua on 2022-03-01")
        .contains("2022-094")
        .contains("Skywatch")
        .doesNotContain("2024");
    assertThat(standard.resolve(null, "Lorex", LocalDate.of(2023, 3, 1)).reason())
        .contains("part of Skywatch on 2023-03-01");
  }

  @Test
  void brandsKnownOnlyFromTradeKnowledgeSayTheyAreInferred() {
    for (String brand : new String[] {"HiLook", "HIKMICRO", "Imou"}) {
      VendorMatch match = standard.resolve(null, brand, LocalDate.of(2024, 6, 1));
      Membership membership =
          standard.memberships(standard.vendorNamed(brand)).stream().findFirst().orElseThrow();

      assertThat(membership.isInferred()).as(brand).isTrue();
      assertThat(match.reason()).as(brand).contains("by inference");
    }
    Membership ezviz =
        standard.memberships(standard.vendorNamed("EZVIZ")).stream().findFirst().orElseThrow();
    assertThat(ezviz.isInferred()).isFalse();
    assertThat(standard.resolve(null, "EZVIZ", LocalDate.of(2024, 6, 1)).reason())
        .doesNotContain("by inference");
  }

  @Test
  void unknownWhenNeitherManufacturerNorBrand() {
    VendorMatch match = standard.resolve(null, null, LocalDate.of(2022, 1, 1));

    assertThat(match.isUnknown()).isTrue();
    assertThat(match.group()).isEmpty();
    assertThat(match.reason()).contains("manufacturer unknown");
  }

  @Test
  void listedBrandDecidesWhenTheManufacturerIsUnlisted() {
    VendorMatch match = standard.resolve("Acme Relabels Ltd", "EZVIZ", LocalDate.of(2022, 1, 1));

    assertThat(match.group()).map(VendorGroup::name).contains("Hikvision");
    assertThat(match.reason()).startsWith("brand \"EZVIZ\" is EZVIZ, part of Hikvision");
  }

  @Test
  void listedManufacturerDecidesOverItsBrand() {
    VendorMatch match = standard.resolve("Dahua", "Lorex", LocalDate.of(2025, 1, 1));

    assertThat(match.group()).map(VendorGroup::name).contains("Dahua");
  }

  @Test
  void legalNamesAndMisspellingsAreAliases() {
    for (String name :
        new String[] {
          "Hangzhou Hikvision Digital Technology Co., Ltd.", "HikVision", "Hik Vision", "Hikvison"
        }) {
      assertThat(standard.vendorNamed(name).name()).as(name).isEqualTo("Hikvision");
    }
  }

  @Test
  void standardDataHasAVersionAndEveryVendorASource() {
    DataVersion version = VendorDirectory.standardVersion();

    assertThat(version.format()).isEqualTo(VendorDirectory.FORMAT);
    assertThat(version.date()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(standard.vendors()).isNotEmpty();
    for (VendorGroup vendor : standard.vendors()) {
      assertThat(standard.source(vendor)).as(vendor.name()).isPresent();
      for (Membership membership : standard.memberships(vendor)) {
        assertThat(membership.source()).as(vendor.name()).isNotBlank();
      }
    }
  }

  @Test
  void userFileAddsARelabelWithoutARelease() {
    String file =
        """
        # relabels our force knows about
        vendor | Acme Security | procurement records, 2021
        member | Acme Security | Hikvision | 2019 | | supplier's declaration of origin, 2021
        alias  | Hikvision | Hikvsion | typo in our 2019 asset list
        """;

    VendorDirectory mine =
        standard.toBuilder().load(new StringReader(file), "force-vendors.txt").build();

    VendorMatch match = mine.resolve("Acme Security", null, LocalDate.of(2021, 6, 1));
    assertThat(match.group()).map(VendorGroup::name).contains("Hikvision");
    assertThat(match.reason()).contains("supplier's declaration of origin");
    assertThat(mine.resolve("Acme Security", null, LocalDate.of(2018, 6, 1)).group())
        .map(VendorGroup::name)
        .contains("Acme Security");
    assertThat(mine.vendorNamed("Hikvsion").name()).isEqualTo("Hikvision");
    assertThat(standard.vendorNamed("Acme Security").name()).isEqualTo("Acme Security");
    assertThat(standard.isListed(standard.vendorNamed("Acme Security"))).isFalse();
  }

  @Test
  void badLinesAreReportedTogetherWithTheirLineNumbers() {
    String file =
        """
        vendor | Acme | our records
        vendor | NoSource |
        member | Acme | Nobody Listed | 2019 | | our records
        member | Acme | Hikvision | 2019-13 | | our records
        alias | Acme
        camera | Acme | x
        member | Acme | Hikvision | 2020 | 2019 | our records
        member | Acme Two | Hikvision | | | our records | | GUESSED
        """;

    assertThatThrownBy(() -> standard.toBuilder().load(new StringReader(file), "mine.txt").build())
        .isInstanceOfSatisfying(
            ReferenceDataException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "mine.txt:2: the source is empty; every entry needs one",
                        "mine.txt:3: group \"Nobody Listed\" is not listed; add a vendor line for"
                            + " it first",
                        "mine.txt:4: \"2019-13\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd)",
                        "mine.txt:5: alias lines have 4 fields, this one has 2",
                        "mine.txt:6: unknown record \"camera\"; expected vendor, alias or member",
                        "mine.txt:7: Acme in Hikvision: until 2019-12-31 is before from"
                            + " 2020-01-01",
                        "mine.txt:8: basis \"GUESSED\" is not one of STATED, INFERRED"));
  }

  @Test
  void aBrandCannotBelongToTwoGroupsAtOnce() {
    String file = "member | Lorex | Hikvision | 2020 | | made up\n";

    assertThatThrownBy(() -> standard.toBuilder().load(new StringReader(file), "x.txt"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("x.txt:1: Lorex already belongs to Dahua");
  }

  @Test
  void anUnsupportedFormatHeaderIsReported() {
    String file = "@format|oversight-vendors/9\nvendor | Acme | ours\n";

    assertThatThrownBy(() -> VendorDirectory.parse(new StringReader(file), "x.txt"))
        .hasMessageContaining("x.txt:1: unsupported format \"oversight-vendors/9\"");
  }

  @Test
  void dateDependenceFollowsDatedMemberships() {
    assertThat(standard.isDateDependent(standard.vendorNamed("Lorex"))).isTrue();
    assertThat(standard.isDateDependent(standard.vendorNamed("EZVIZ"))).isFalse();
    assertThat(standard.keysAtAnyDate(standard.vendorNamed("Lorex")))
        .containsExactlyInAnyOrder("lorex", "dahua", "skywatch");
  }
}
