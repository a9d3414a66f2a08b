package org.oversight.register.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.oversight.register.internal.refdata.ShippedData;

/**
 * Holds the shipped look-alike table to ICU4J's TR39 skeletons, so that the table can be trusted
 * and regenerated: {@code -Doversight.confusables.write=FILE} writes the records ICU4J gives.
 */
class ConfusablesTableTest {

  @Test
  void theShippedTableIsIcuSkeletonsForEveryLetterDigitAndMark() throws IOException {
    Map<Integer, String> icu = fromIcu();
    String write = System.getProperty("oversight.confusables.write");
    if (write != null) {
      StringBuilder records = new StringBuilder();
      icu.forEach((c, skeleton) -> records.append(record(c, skeleton)).append('\n'));
      Files.writeString(Path.of(write), records.toString());
    }
    Map<Integer, String> shipped =
        ShippedData.load(
                LookAlikes.class, LookAlikes.RESOURCE, LookAlikes.FORMAT, LookAlikes::parse)
            .data();

    assertThat(new TreeMap<>(shipped)).isEqualTo(icu);
    assertThat(VersionInfo.ICU_VERSION.getMajor()).isEqualTo(78);
    assertThat(
            ShippedData.load(
                    LookAlikes.class, LookAlikes.RESOURCE, LookAlikes.FORMAT, LookAlikes::parse)
                .version()
                .version())
        .isEqualTo("icu4j-78.1-unicode-17.0");
  }

  @Test
  void theAsciiFastPathIsTheTablesAsciiRecords() {
    Map<Integer, String> ascii = new TreeMap<>();
    fromIcu()
        .forEach(
            (c, skeleton) -> {
              if (c < 0x80) {
                ascii.put(c, skeleton);
              }
            });

    assertThat(new TreeMap<>(LookAlikes.ASCII)).isEqualTo(ascii);
  }

  @Test
  void skeletonsOfWholeNamesAgreeWithIcu() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    for (String name :
        new String[] {
          "\u041Dikvision",
          "HIKVISION",
          "h\u0131kvision",
          "D\u0430hua",
          "\u0415ZVIZ",
          "Hikvisi0n",
          "motorola",
          "MOTOROLA I1"
        }) {
      String icu = withoutMarks(checker.getSkeleton(name));
      assertThat(LookAlikes.skeleton(name)).as(name).isEqualTo(icu);
    }
  }

  private static Map<Integer, String> fromIcu() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    Normalizer2 nfkd = Normalizer2.getNFKDInstance();
    Map<Integer, String> map = new TreeMap<>();
    for (int c = 0; c < 0x110000; c++) {
      if (!isLetterDigitOrMark(UCharacter.getType(c))) {
        continue;
      }
      String text = new String(Character.toChars(c));
      if (!nfkd.isNormalized(text)) {
        continue;
      }
      String skeleton = checker.getSkeleton(text);
      if (!skeleton.equals(nfd.normalize(text))) {
        map.put(c, skeleton);
      }
    }
    return map;
  }

  private static boolean isLetterDigitOrMark(int type) {
    return switch (type) {
      case UCharacterCategory.UPPERCASE_LETTER,
          UCharacterCategory.LOWERCASE_LETTER,
          UCharacterCategory.TITLECASE_LETTER,
          UCharacterCategory.MODIFIER_LETTER,
          UCharacterCategory.OTHER_LETTER,
          UCharacterCategory.DECIMAL_DIGIT_NUMBER,
          UCharacterCategory.LETTER_NUMBER,
          UCharacterCategory.OTHER_NUMBER,
          UCharacterCategory.NON_SPACING_MARK,
          UCharacterCategory.COMBINING_SPACING_MARK,
          UCharacterCategory.ENCLOSING_MARK ->
          true;
      default -> false;
    };
  }

  private static String record(int c, String skeleton) {
    StringBuilder hex = new StringBuilder();
    skeleton
        .codePoints()
        .forEach(
            cp -> {
              if (hex.length() > 0) {
                hex.append(' ');
              }
              hex.append(String.format("%04X", cp));
            });
    return String.format("map|%04X|%s", c, hex);
  }

  private static String withoutMarks(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .filter(
            c ->
                Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
