package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.RegisterContents;

class RoundTripTest {
  private final RegisterJson json = RegisterJson.standard();

  @Test
  void readingWhatWasWrittenGivesTheSameContentsAndTheSameBytes() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              RegisterContents contents = RandomRegisters.generate(seed, 12);
              String written = json.writeString(contents);

              RegisterContents read = read(written);

              assertThat(read).isEqualTo(contents);
              assertThat(json.writeString(read)).isEqualTo(written);
            });
  }

  @Test
  void aRegisterRoundTripsInIdOrder() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              AssetRegister register = AssetRegister.of(RandomRegisters.generate(seed, 12));
              String written = json.writeString(register);

              AssetRegister read;
              try {
                read = json.parse(written);
              } catch (RegisterFormatException e) {
                throw new AssertionError(e.problems().toString(), e);
              }

              assertThat(read).isEqualTo(register);
              assertThat(json.writeString(read)).isEqualTo(written);
            });
  }

  private RegisterContents read(String written) {
    try {
      return json.parseContents(written);
    } catch (RegisterFormatException e) {
      throw new AssertionError(e.problems() + "\n" + written, e);
    }
  }
}
