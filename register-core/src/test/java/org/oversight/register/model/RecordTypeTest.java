package org.oversight.register.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a record's description does with a record: check it, list its problems, write it as text.
 */
class RecordTypeTest {

  @Test
  void aRecordIsWrittenAsNameValuePairsOfItsWrittenFieldsInOrder() {
    Contract contract =
        Contract.builder("C-1", "Example Systems Ltd")
            .startDate(LocalDate.of(2019, 3, 1))
            .value(Money.of("125000.00", "GBP"))
            .build();

    assertThat(Contract.TYPE.text(contract))
        .isEqualTo(
            "id=C-1, supplier=Example Systems Ltd, startDate=2019-03-01, value=125000.00 GBP");
    assertThat(Money.TYPE.text(Money.of("1.50", "EUR"))).isEqualTo("1.50 EUR");
    assertThat(Contract.TYPE).hasToString("RecordType[contract]");
    assertThat(Contract.TYPE.isValid(contract)).isTrue();
    assertThat(Contract.TYPE.problems(contract)).isEmpty();
    assertThat(Contract.TYPE.rules()).isNotEmpty();
  }

  @Test
  void problemsNameTheFieldOfEachBadValueAndEachBrokenRule() {
    Values<Contract> values =
        Contract.TYPE
            .valuesOf(Contract.builder("C-1", "Example Systems Ltd").build())
            .set(Contract.SUPPLIER, " padded")
            .set(Contract.START_DATE, LocalDate.of(2020, 1, 2))
            .set(Contract.END_DATE, LocalDate.of(2020, 1, 1));
    Contract bad = values.build();

    List<Map.Entry<String, String>> problems = Contract.TYPE.problems(bad);

    assertThat(problems).extracting(Map.Entry::getKey).contains("/supplier", "/endDate");
    assertThat(problems)
        .filteredOn(p -> p.getKey().equals("/supplier"))
        .extracting(Map.Entry::getValue)
        .containsExactly("must not start with white space");
    assertThat(Contract.TYPE.isValid(bad)).isFalse();
  }
}
