package org.oversight.register.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.RegisterContents;

class RegisterGensTest {
  private static final LocalDate DAY = LocalDate.of(2021, 9, 6);

  @Test
  void generatedAssetsAreValid() {
    qt().withExamples(500)
        .forAll(RegisterGens.assets("A-1"))
        .checkAssert(asset -> assertThat(RegisterValidator.standard().validate(asset)).isEmpty());
  }

  @Test
  void generatedDpiasAndContractsAreValid() {
    qt().withExamples(200)
        .forAll(RegisterGens.dpias("D-1"), RegisterGens.contracts("C-1"))
        .checkAssert(
            (dpia, contract) ->
                assertThat(
                        RegisterValidator.standard()
                            .validate(
                                new RegisterContents(
                                    "Test", DAY, List.of(), List.of(dpia), List.of(contract))))
                    .isEmpty());
  }

  @Test
  void generatedRegistersAreValidAndWithinTheSize() {
    qt().withExamples(50)
        .forAll(RegisterGens.registers(300))
        .checkAssert(
            register -> {
              assertThat(register.assets()).hasSizeLessThanOrEqualTo(300);
              assertThat(RegisterValidator.standard().validate(register.contents())).isEmpty();
            });
  }

  @Test
  void registersOfSizeHaveOneOfTheSizes() {
    qt().withExamples(30)
        .forAll(RegisterGens.registersOfSize(0, 7, 50))
        .checkAssert(register -> assertThat(register.assets().size()).isIn(0, 7, 50));
  }

  @Test
  void failingRegisterPropertyShrinksToTheSmallestRegister() {
    assertThatThrownBy(
            () ->
                qt().withExamples(50)
                    .forAll(RegisterGens.registers(100))
                    .check(register -> register.assets().size() < 3))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(": 3 assets");
  }

  @Test
  void failingAssetPropertyShrinksTowardsQuantityOne() {
    assertThatThrownBy(
            () ->
                qt().withExamples(500)
                    .forAll(RegisterGens.assets("A-1"))
                    .check(asset -> asset.quantity() < 1_000))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("quantity=1000]");
  }

  @Test
  void datesStayWithinTheirRange() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    LocalDate to = LocalDate.of(2020, 12, 31);
    qt().withExamples(200)
        .forAll(RegisterGens.dates(from, to))
        .checkAssert(day -> assertThat(day).isBetween(from, to));
    assertThatThrownBy(() -> RegisterGens.dates(to, from))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
