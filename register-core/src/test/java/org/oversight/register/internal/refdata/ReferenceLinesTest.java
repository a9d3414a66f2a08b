package org.oversight.register.internal.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.refdata.DataVersion;
import org.oversight.register.refdata.ReferenceDataException;
import org.oversight.register.validation.Problem;

/** How a reference data file is read: its lines, headers, dates and each problem's line. */
class ReferenceLinesTest {

  private static ReferenceLines read(String text) {
    return ReferenceLines.read(new StringReader(text), "data.txt");
  }

  private static List<String> problems(ReferenceLines lines) {
    return lines.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void linesAreSplitAtBarsAndStrippedSkippingBlankLinesCommentsAndAByteOrderMark() {
    ReferenceLines lines =
        read("\uFEFF # a comment\n\n  vendor | Acme Ltd |  ours \n#member|x\nalias|Acme||\n");

    assertThat(lines.lines())
        .containsExactly(
            new ReferenceLines.Line(3, List.of("vendor", "Acme Ltd", "ours")),
            new ReferenceLines.Line(5, List.of("alias", "Acme", "", "")));
    ReferenceLines.Line first = lines.lines().get(0);
    assertThat(first.kind()).isEqualTo("vendor");
    assertThat(first.field(2)).isEqualTo("ours");
    assertThat(first.field(3)).isEmpty();
    assertThat(lines.problems()).isEmpty();
    // A byte order mark only starts the first line.
    assertThat(read("\uFEFFrow|a\n").lines())
        .extracting(ReferenceLines.Line::kind)
        .containsExactly("row");
    assertThat(read("row|a\n\uFEFFrow|b\n").lines())
        .extracting(ReferenceLines.Line::kind)
        .containsExactly("row", "\uFEFFrow");
  }

  @Test
  void headersAreKeyValuePairsGivenOnceAndOnlyTheKnownOnes() {
    ReferenceLines lines =
        read(
            """
            @format|oversight-test/1
            @version|2024.1
            @date|2024
            @date|2025
            @x|y
            @|v
            @k|
            @a|b|c
            """);

    assertThat(lines.header("format")).isEqualTo("oversight-test/1");
    assertThat(lines.header("version")).isEqualTo("2024.1");
    assertThat(lines.header("date")).isEqualTo("2024");
    assertThat(lines.header("x")).isNull();
    assertThat(lines.lines()).isEmpty();
    assertThat(problems(lines))
        .containsExactly(
            "data.txt:4: header @date is given twice",
            "data.txt:5: unknown header @x; the headers are @format, @version and @date",
            "data.txt:6: a header line is @key|value, was \"@|v\"",
            "data.txt:7: a header line is @key|value, was \"@k|\"",
            "data.txt:8: a header line is @key|value, was \"@a|b|c\"");
    assertThat(lines.requireVersion("oversight-test/1"))
        .isEqualTo(new DataVersion("oversight-test/1", "2024.1", LocalDate.of(2024, 1, 1)));
  }

  @Test
  void theFormatMustBeTheExpectedOneAndIsReportedAtItsLine() {
    ReferenceLines lines = read("# data\n@version|1\n@format|other/2\n@date|2024-01-02\n");
    lines.expectFormat("oversight-test/1");
    assertThat(problems(lines))
        .containsExactly(
            "data.txt:3: unsupported format \"other/2\"; this library reads oversight-test/1");

    ReferenceLines same = read("@format|oversight-test/1\n");
    same.expectFormat("oversight-test/1");
    assertThat(same.problems()).isEmpty();
    ReferenceLines none = read("row|a\n");
    none.expectFormat("oversight-test/1");
    assertThat(none.problems()).isEmpty();
  }

  @Test
  void aVersionNeedsAllThreeHeadersAndAValidDate() {
    for (String text :
        List.of(
            "@version|1\n@date|2024\n", "@format|f/1\n@date|2024\n", "@format|f/1\n@version|1\n")) {
      ReferenceLines lines = read(text);
      assertThat(lines.requireVersion("f/1")).as(text).isNull();
      assertThat(problems(lines))
          .as(text)
          .containsExactly(
              "data.txt:1: reference data needs @format, @version and @date header lines");
    }
    ReferenceLines badDate = read("@format|f/1\n@version|1\n# when\n@date|2024-13\n");
    assertThat(badDate.requireVersion("f/1")).isNull();
    assertThat(problems(badDate))
        .containsExactly("data.txt:4: \"2024-13\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
    assertThat(read("@format|f/1\n@version|v2\n@date|2024-02-29\n").requireVersion("f/1"))
        .isEqualTo(new DataVersion("f/1", "v2", LocalDate.of(2024, 2, 29)));
  }

  @Test
  void datesAreAYearAMonthOrADayAndAnEndIsTheLastDayOfItsPeriod() {
    ReferenceLines lines = read("");

    assertThat(lines.date(1, "", false)).isNull();
    assertThat(lines.date(1, "2019", false)).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(lines.date(1, "2019", true)).isEqualTo(LocalDate.of(2019, 12, 31));
    assertThat(lines.date(1, "2024-02", false)).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(lines.date(1, "2024-02", true)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(lines.date(1, "2024-02-10", false)).isEqualTo(LocalDate.of(2024, 2, 10));
    assertThat(lines.date(1, "2024-02-10", true)).isEqualTo(LocalDate.of(2024, 2, 10));
    assertThat(lines.problems()).isEmpty();

    assertThat(lines.date(9, "2023-02-29", false)).isNull();
    assertThat(lines.date(2, "19", false)).isNull();
    assertThat(lines.date(5, "2024/02", true)).isNull();
    assertThat(problems(lines))
        .containsExactly(
            "data.txt:2: \"19\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd)",
            "data.txt:5: \"2024/02\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd)",
            "data.txt:9: \"2023-02-29\" is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
  }

  @Test
  void aReaderThatFailsIsReportedWithTheSource() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> ReferenceLines.read(new BufferedReader(failing), "data.txt"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read data.txt");
  }

  @Test
  void aShippedFileIsLoadedWithItsVersionAndParsedData() {
    ShippedData<List<String>> data =
        ShippedData.load(
            ReferenceLinesTest.class,
            "good-v1.txt",
            "oversight-test/1",
            lines -> lines.lines().stream().map(l -> l.field(1)).toList());

    assertThat(data.version())
        .isEqualTo(new DataVersion("oversight-test/1", "2024.1", LocalDate.of(2024, 3, 1)));
    assertThat(data.data()).containsExactly("a");
  }

  @Test
  void aShippedFileOfAnotherFormatOrThatItsParserRefusesIsBroken() {
    assertThatThrownBy(
            () ->
                ShippedData.load(
                    ReferenceLinesTest.class, "other-format.txt", "oversight-test/1", l -> 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "the shipped reference data other-format.txt is broken:\n"
                + "other-format.txt:1: unsupported format \"oversight-other/1\"; this library reads"
                + " oversight-test/1");
    assertThatThrownBy(
            () ->
                ShippedData.load(
                    ReferenceLinesTest.class,
                    "good-v1.txt",
                    "oversight-test/1",
                    l -> {
                      throw new ReferenceDataException(
                          List.of(
                              new Problem("good-v1.txt", 4, 0, "", null, "row a is wrong"),
                              new Problem("good-v1.txt", 4, 0, "", null, "and again")));
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            """
            the shipped reference data good-v1.txt is broken:
            good-v1.txt:4: row a is wrong
            good-v1.txt:4: and again""");
  }
}
