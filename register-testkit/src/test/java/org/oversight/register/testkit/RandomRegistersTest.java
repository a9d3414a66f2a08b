package org.oversight.register.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.AssetRegister;

class RandomRegistersTest {

  @Test
  void streamGivesTheSameRegistersForTheSameSeed() {
    List<AssetRegister> first = RandomRegisters.registers(8, 200).limit(30).toList();
    List<AssetRegister> second = RandomRegisters.registers(8, 200).limit(30).toList();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void parallelStreamGivesTheSameRegistersInTheSamePositions() {
    List<AssetRegister> sequential = RandomRegisters.registers(9, 100).limit(40).toList();
    List<AssetRegister> parallel = RandomRegisters.registers(9, 100).limit(40).parallel().toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void aRegisterOfAStreamCanBeReproducedFromItsSeed() {
    AssetRegister fifth = RandomRegisters.registers(10, 300).skip(5).findFirst().orElseThrow();
    RegisterGenerator generator = RandomRegisters.generator(RandomRegisters.seedFor(10, 5));
    assertThat(generator.register(generator.size(300))).isEqualTo(fifth);
  }

  @Test
  void streamHoldsEmptyAndVariedRegisters() {
    List<Integer> sizes =
        RandomRegisters.registers(11, 1_000).limit(200).map(r -> r.assets().size()).toList();
    assertThat(sizes).contains(0, 1).allMatch(s -> s <= 1_000);
    assertThat(sizes.stream().distinct().count()).isGreaterThan(50);
  }

  @Test
  void oneRegisterFromASeedHasTheSize() {
    assertThat(RandomRegisters.register(1, 77).assets()).hasSize(77);
    assertThatThrownBy(() -> RandomRegisters.registers(1, -1))
        .hasMessage("maxSize must be at least 0, was -1");
  }
}
