package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Field;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Location;
import org.oversight.register.model.Money;

/**
 * Which fields' values a letter says once per rendering (they repeat from record to record), and
 * that a value said once is said the same every time it is listed.
 */
class LetterFieldLinesTest {

  /**
   * The fields whose values repeat across a register's records: dates, flags, codes, makes, sites.
   */
  private static final List<Field<?, ?>> REPEATING =
      List.of(
          Asset.MANUFACTURER,
          Asset.BRAND,
          Asset.MODEL,
          Asset.SITE,
          Asset.AREA,
          Asset.CATEGORY,
          Asset.CAPABILITIES,
          Asset.DEPLOYMENT,
          Asset.OWNED,
          Asset.STATUS,
          Asset.IN_SERVICE_FROM,
          Asset.EXPECTED_IN_SERVICE,
          Contract.SUPPLIER,
          Contract.START_DATE,
          Dpia.STATUS,
          Dpia.ICO_CONSULTED,
          GoverningDocument.CATEGORIES,
          Money.CURRENCY);

  /** Identifiers, free text, numbers, places, lists of ids and money: said each time. */
  private static final List<Field<?, ?>> SAID_EACH_TIME =
      List.of(
          Asset.ID,
          Asset.DESCRIPTION,
          Asset.QUANTITY,
          Asset.LOCATION,
          Asset.DPIA_IDS,
          Contract.ID,
          Contract.TITLE,
          Contract.VALUE,
          Contract.PUBLISHED_URL,
          Dpia.TITLE,
          Money.AMOUNT,
          Location.LATITUDE);

  @Test
  void aFieldWhoseValuesRepeatSaysEachValueOnce() {
    for (Field<?, ?> field : REPEATING) {
      assertThat(timesSaid(field)).as(field.name()).containsExactly("1 January 2020", "no");
    }
  }

  @Test
  void aFieldWhoseValuesRarelyRepeatSaysEveryValueItLists() {
    for (Field<?, ?> field : SAID_EACH_TIME) {
      assertThat(timesSaid(field))
          .as(field.name())
          .containsExactly("1 January 2020", "1 January 2020", "no", "no");
    }
  }

  @Test
  void aRepeatedValueIsSaidTheSameEachTimeItIsListed() {
    for (Field<?, ?> field : REPEATING) {
      LetterView.FieldLines lines = new LetterView.FieldLines("Label", field.type());
      Function<Object, String> say = value -> "said " + value;
      assertThat(lines.label()).isEqualTo("Label");
      assertThat(lines.value("x", say)).isEqualTo("said x");
      assertThat(lines.value("x", say)).as(field.name()).isEqualTo("said x");
      assertThat(lines.value("y", say)).isEqualTo("said y");
    }
  }

  /** The values said, in order, when a field's lines list two dates (equal) and two flags. */
  private static List<String> timesSaid(Field<?, ?> field) {
    LetterView.FieldLines lines = new LetterView.FieldLines("Label", field.type());
    List<String> said = new ArrayList<>();
    Function<Object, String> say =
        value -> {
          String words = value instanceof LocalDate date ? LetterView.date(date) : "no";
          said.add(words);
          return words;
        };
    LocalDate first = LocalDate.of(2020, 1, 1);
    LocalDate same = LocalDate.of(2020, 1, 1);
    assertThat(lines.value(first, say)).isEqualTo("1 January 2020");
    assertThat(lines.value(same, say)).isEqualTo("1 January 2020");
    assertThat(lines.value(false, say)).isEqualTo("no");
    assertThat(lines.value(false, say)).isEqualTo("no");
    return said;
  }
}
