package org.oversight.register.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped vendor directory as the rest of the library sees it, pinned to reviewed files in
 * {@code src/test/resources/org/oversight/register/vendor/golden/}: every vendor with its aliases,
 * source, dated memberships and groups on key dates ({@code directory.txt}); and how a table of
 * recorded manufacturer and brand names resolves and matches on those dates, with the reason given
 * ({@code resolutions.txt}). A change to the data or to matching shows as a diff to review;
 * regenerate with {@code -Dgolden.update=true} (docs/testing.md).
 */
class GoldenDirectoryTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/org/oversight/register/vendor/golden");

  /** Before and after the dated ownership changes the data records (Lorex, IndigoVision...). */
  static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2015, 1, 1),
          LocalDate.of(2018, 2, 28),
          LocalDate.of(2021, 4, 30),
          LocalDate.of(2022, 11, 23),
          LocalDate.of(2022, 11, 24),
          LocalDate.of(2024, 6, 1));

  /** Manufacturer and brand as registers record them, including odd and hostile spellings. */
  static final List<String[]> RECORDED =
      List.of(
          new String[] {"Hikvision", null},
          new String[] {"Hangzhou Hikvision Digital Technology Co., Ltd.", null},
          new String[] {"HIK-VISION", null},
          new String[] {"Hikvisi0n", null},
          new String[] {null, "EZVIZ"},
          new String[] {null, "HiLook"},
          new String[] {"Unknown", "HIKMICRO"},
          new String[] {"N/A", null},
          new String[] {"Lorex", null},
          new String[] {"Lorex Technology", "Lorex"},
          new String[] {"Dahua Technology", "Imou"},
          new String[] {"Axis Communications", "Axis"},
          new String[] {"Acme Cameras Ltd", "Hikvision"},
          new String[] {"Acme Cameras Ltd", null},
          new String[] {"IndigoVision", null},
          new String[] {"Motorola Solutions", null},
          new String[] {null, null});

  @Test
  void theShippedDirectoryIsTheReviewedOne() throws IOException {
    VendorDirectory directory = VendorDirectory.standard();
    StringBuilder out = new StringBuilder();
    out.append("version: ").append(VendorDirectory.standardVersion()).append('\n');
    for (VendorGroup vendor : directory.vendors()) {
      out.append(vendor.key())
          .append(" = ")
          .append(vendor.name())
          .append(directory.isListed(vendor) ? " listed" : " not listed")
          .append(directory.isDateDependent(vendor) ? ", date-dependent" : "")
          .append('\n');
      out.append("  source: ").append(directory.source(vendor).orElse("(none)")).append('\n');
      out.append("  aliases: ")
          .append(String.join(" | ", directory.aliasKeys(vendor)))
          .append('\n');
      out.append("  keys at any date: ")
          .append(
              directory.keysAtAnyDate(vendor).stream().sorted().collect(Collectors.joining(" ")))
          .append('\n');
      for (Membership m : directory.memberships(vendor)) {
        out.append("  member of ")
            .append(m.group().key())
            .append(" from ")
            .append(m.from())
            .append(" until ")
            .append(m.until())
            .append(' ')
            .append(m.basis())
            .append(m.isInferred() ? " (inferred)" : "")
            .append(m.isDated() ? " dated" : " undated")
            .append(": ")
            .append(m.note())
            .append(" [")
            .append(m.source())
            .append("]\n");
      }
      for (LocalDate date : DATES) {
        out.append("  groups on ")
            .append(date)
            .append(": ")
            .append(keys(directory.groupsOn(vendor, date)))
            .append('\n');
      }
    }
    golden(GOLDEN.resolve("directory.txt"), out.toString());
  }

  @Test
  void recordedNamesResolveAndMatchAsReviewed() throws IOException {
    VendorDirectory directory = VendorDirectory.standard();
    List<VendorGroup> asked =
        List.of(
            directory.vendorNamed("Hikvision"),
            directory.vendorNamed("Dahua"),
            directory.vendorNamed("Lorex"),
            directory.vendorNamed("Motorola Solutions"));
    StringBuilder out = new StringBuilder();
    for (String[] recorded : RECORDED) {
      String manufacturer = recorded[0];
      String brand = recorded[1];
      out.append("manufacturer ")
          .append(manufacturer)
          .append(", brand ")
          .append(brand)
          .append('\n');
      out.append("  recorded vendor: ")
          .append(directory.recordedVendor(manufacturer).map(VendorGroup::key).orElse("(none)"))
          .append(" / ")
          .append(directory.recordedVendor(brand).map(VendorGroup::key).orElse("(none)"))
          .append('\n');
      for (LocalDate date : List.of(DATES.get(1), DATES.get(5))) {
        VendorMatch match = directory.resolve(manufacturer, brand, date);
        out.append("  on ")
            .append(date)
            .append(": ")
            .append(match.isUnknown() ? "unknown" : keys(match.groups()))
            .append(" field ")
            .append(match.field().map(Enum::name).orElse("-"))
            .append(" name ")
            .append(match.nameMatch().map(Enum::name).orElse("-"))
            .append(match.isLookAlike() ? " look-alike" : "")
            .append(" group ")
            .append(match.group().map(VendorGroup::key).orElse("-"))
            .append('\n');
        out.append("    reason: ").append(match.reason()).append('\n');
        for (VendorGroup vendor : asked) {
          boolean matches = directory.matches(manufacturer, brand, vendor, date);
          assertThat(directory.match(manufacturer, brand, vendor, date).isPresent())
              .as("match and matches agree")
              .isEqualTo(matches);
          assertThat(match.belongsTo(vendor) || !matches || match.field().isEmpty())
              .as("a resolved match belongs to what the recorded field matches")
              .isTrue();
          if (matches) {
            out.append("    matches ")
                .append(vendor.key())
                .append(": ")
                .append(directory.whyMatches(manufacturer, brand, vendor, date).orElseThrow())
                .append('\n');
          }
        }
      }
      for (VendorGroup vendor : asked) {
        if (directory.matchesAtAnyDate(manufacturer, brand, vendor)) {
          out.append("  at some date matches ").append(vendor.key()).append('\n');
        }
      }
    }
    golden(GOLDEN.resolve("resolutions.txt"), out.toString());
  }

  private static String keys(List<VendorGroup> groups) {
    return groups.stream().map(VendorGroup::key).collect(Collectors.joining(" > "));
  }

  private static void golden(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s differs from what is computed: review, then regenerate (docs/testing.md)", file)
        .isEqualTo(actual);
  }
}
