package org.oversight.register.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PrintableTest {
  /** Characters an attacker would use, and ordinary ones to mix them with. */
  private static final String NASTY =
      "\n\r\t\u0000\u001b\u007f\u0085\u009b\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
          + "\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200d\ufeff\u00ad\ud800\udc00"
          + "=+-@\uff1d\uff0b\uff0d\uff20,\"'\\ aZé北🎥";

  @Test
  void aValueWithoutSpecialCharactersIsKeptAsItIs() {
    String plain = "Hikvision DS-2CD2143G2-I, Café \"Zoë\" / 北京 🎥 C:\\registers";

    assertThat(Printable.line(plain)).isSameAs(plain);
  }

  @Test
  void lineBreaksAndControlsAreEscapedVisibly() {
    assertThat(Printable.line("Essex\nPolice confirms\r\tit holds\u001b[31m"))
        .isEqualTo("Essex\\nPolice confirms\\r\\tit holds\\u001B[31m");
    assertThat(Printable.line("a\u0085b\u2028c\u2029d\u007fe\u009bf"))
        .isEqualTo("a\\u0085b\\u2028c\\u2029d\\u007Fe\\u009Bf");
  }

  @Test
  void bidiControlsAreEscapedVisibly() {
    assertThat(Printable.line("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
    assertThat(Printable.line("\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D"))
        .isEqualTo("\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C\\u202A\\u202B\\u202C\\u202D");
  }

  @Test
  void loneSurrogatesAndSupplementaryFormatCharactersAreEscaped() {
    assertThat(Printable.line("a\uD800b\uDC00")).isEqualTo("a\\uD800b\\uDC00");
    assertThat(Printable.line("tag\uDB40\uDC01")).isEqualTo("tag\\u{E0001}");
    assertThat(Printable.line("\uD83C\uDFA5")).isEqualTo("\uD83C\uDFA5");
  }

  @Test
  void csvCellsCannotRunAsFormulas() {
    assertThat(Printable.csvCell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(Printable.csvCell("+1")).isEqualTo("'+1");
    assertThat(Printable.csvCell("-1")).isEqualTo("'-1");
    assertThat(Printable.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Printable.csvCell("\tx")).isEqualTo("'\\tx");
    assertThat(Printable.csvCell("\rx")).isEqualTo("'\\rx");
    assertThat(Printable.csvCell("\uFF1D1+1")).isEqualTo("'\uFF1D1+1");
    assertThat(Printable.csvCell("\uFF0B1")).isEqualTo("'\uFF0B1");
    assertThat(Printable.csvCell("\uFF0D1")).isEqualTo("'\uFF0D1");
    assertThat(Printable.csvCell("\uFF20x")).isEqualTo("'\uFF20x");
  }

  @Test
  void csvCellsAreQuotedOnlyWhenTheyMustBe() {
    assertThat(Printable.csvCell("Axis")).isEqualTo("Axis");
    assertThat(Printable.csvCell("")).isEmpty();
    assertThat(Printable.csvCell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Printable.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Printable.csvCell("two\nlines")).isEqualTo("two\\nlines");
  }

  @Test
  void noInputGivesALineBreakControlOrBidiCharacter() {
    qt().withFixedSeed(2028)
        .withExamples(5000)
        .forAll(anyText())
        .checkAssert(
            text -> {
              assertSafe(Printable.line(text));
              assertSafe(Printable.csvCell(text));
            });
  }

  @Test
  void noCsvCellStartsWithAFormulaCharacter() {
    qt().withFixedSeed(2029)
        .withExamples(5000)
        .forAll(anyText())
        .checkAssert(
            text -> {
              String cell = Printable.csvCell(text);
              String content =
                  cell.startsWith("\"")
                      ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"")
                      : cell;
              assertThat(content)
                  .doesNotStartWith("=")
                  .doesNotStartWith("+")
                  .doesNotStartWith("-")
                  .doesNotStartWith("@")
                  .doesNotStartWith("\uFF1D")
                  .doesNotStartWith("\uFF0B")
                  .doesNotStartWith("\uFF0D")
                  .doesNotStartWith("\uFF20");
            });
  }

  @Test
  void onlyTheEscapedCharactersChange() {
    qt().withFixedSeed(2030)
        .withExamples(2000)
        .forAll(anyText())
        .checkAssert(
            text -> {
              String kept =
                  text.codePoints()
                      .filter(cp -> !Printable.isEscaped(cp))
                      .collect(
                          StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                      .toString();
              String printed = Printable.line(text);
              String withoutEscapes =
                  printed.replaceAll("\\\\(u\\{[0-9A-F]+\\}|u[0-9A-F]{4}|[nrt])", "");
              // Backslashes in the input are kept, so only compare when there are none.
              if (text.indexOf('\\') < 0) {
                assertThat(withoutEscapes).isEqualTo(kept);
              }
            });
  }

  private static void assertSafe(String out) {
    assertThat(out.lines().count()).as("lines in %s", out).isLessThanOrEqualTo(1);
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      assertThat(c < 0x20 || (c >= 0x7F && c <= 0x9F))
          .as("control character U+%04X in %s", (int) c, out)
          .isFalse();
      assertThat(c == 0x2028 || c == 0x2029 || c == 0x061C || c == 0x200E || c == 0x200F)
          .as("separator or mark U+%04X", (int) c)
          .isFalse();
      assertThat((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
          .as("bidi control U+%04X", (int) c)
          .isFalse();
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1)))
            .as("lone high surrogate")
            .isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate").isFalse();
      }
    }
  }

  /** Any string: all of Unicode, any char at all (lone surrogates too), and hostile mixtures. */
  private static Gen<String> anyText() {
    Gen<String> unicode = strings().allPossible().ofLengthBetween(0, 30);
    Gen<String> chars =
        lists()
            .of(integers().between(0, 0xFFFF))
            .ofSizeBetween(0, 30)
            .map(PrintableTest::fromChars);
    Gen<String> nasty =
        lists()
            .of(integers().between(0, NASTY.length() - 1))
            .ofSizeBetween(0, 30)
            .map(indexes -> fromChars(indexes.stream().map(i -> (int) NASTY.charAt(i)).toList()));
    return unicode.mix(chars, 50).mix(nasty, 50);
  }

  private static String fromChars(List<Integer> chars) {
    StringBuilder out = new StringBuilder(chars.size());
    for (int c : chars) {
      out.append((char) c);
    }
    return out.toString();
  }
}
