package org.oversight.register.internal.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.oversight.register.compliance.RestrictionLists;
import org.oversight.register.vendor.VendorDirectory;

class ShippedDataTest {

  @Test
  void aBrokenShippedFileNamesEveryProblemWithItsLine() {
    assertThatThrownBy(
            () ->
                ShippedData.load(
                    ShippedDataTest.class,
                    "broken-v1.txt",
                    "oversight-vendors/1",
                    lines -> {
                      lines.lines().stream()
                          .filter(l -> l.kind().equals("member"))
                          .forEach(l -> lines.problem(l.number(), "group Nobody is not listed"));
                      return lines.lines().size();
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("broken-v1.txt:1: reference data needs @format, @version and @date")
        .hasMessageContaining(
            "broken-v1.txt:3: unknown header @verison; the headers are @format, @version and @date")
        .hasMessageContaining("broken-v1.txt:5: group Nobody is not listed");
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(
            () -> ShippedData.load(ShippedDataTest.class, "nothing.txt", "x/1", lines -> lines))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing.txt is missing");
  }

  @Test
  void theVendorDirectoryAndTheRestrictionListsShareOneLoader() {
    assertThat(VendorDirectory.standardVersion().version()).isEqualTo("2026.2");
    assertThat(RestrictionLists.standard().version()).map(v -> v.version()).contains("2026.2");
  }

  @Test
  void anUnknownHeaderInAUserFileIsLocated() {
    ReferenceLines lines =
        ReferenceLines.read(new StringReader("@date|2024-01-01\n@sauce|mine\n"), "mine.txt");

    assertThat(lines.problems())
        .extracting(Object::toString)
        .containsExactly(
            "mine.txt:2: unknown header @sauce; the headers are @format, @version and @date");
  }
}
