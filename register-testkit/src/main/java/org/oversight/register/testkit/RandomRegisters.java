package org.oversight.register.testkit;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.oversight.register.AssetRegister;

/**
 * Random valid registers from a seed, for tests over many registers:
 *
 * <pre>{@code
 * RandomRegisters.registers(42, 500).limit(1_000).forEach(register ->
 *     assertThat(myCode.answer(register)).isNotNull());
 * }</pre>
 *
 * <p>The same seed gives the same registers on every machine. Each register of a stream has its own
 * seed, derived from the stream's seed and the register's position, so a stream gives the same
 * registers in the same positions even when it is processed in parallel. Stateless and thread-safe.
 */
public final class RandomRegisters {
  private RandomRegisters() {}

  /**
   * Returns a generator whose data is fixed by the seed.
   *
   * @param seed any number
   * @return a new generator, never null; not thread-safe
   */
  public static RegisterGenerator generator(long seed) {
    return RegisterGenerator.seeded(seed);
  }

  /**
   * Generates one valid register of exactly {@code size} assets.
   *
   * @param seed any number
   * @param size the number of assets, 0 or more
   * @return the register, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static AssetRegister register(long seed, int size) {
    return RegisterGenerator.seeded(seed).register(size);
  }

  /**
   * Returns an endless, ordered stream of valid registers of 0 to {@code maxSize} assets, skewed
   * towards small ones ({@link RegisterGenerator#size(int)}): limit it.
   *
   * @param seed any number
   * @param maxSize the largest number of assets in a register, 0 or more
   * @return a stream of registers, never null
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public static Stream<AssetRegister> registers(long seed, int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must be at least 0, was " + maxSize);
    }
    return LongStream.iterate(0, i -> i + 1)
        .mapToObj(
            i -> {
              RegisterGenerator generator = RegisterGenerator.seeded(seedFor(seed, i));
              return generator.register(generator.size(maxSize));
            });
  }

  /**
   * Returns the seed of the register at a position of {@link #registers(long, int)}, to reproduce
   * one register of a failing stream with {@link #generator(long)}.
   *
   * @param seed the stream's seed
   * @param position the register's position in the stream, from 0
   * @return the register's seed
   */
  public static long seedFor(long seed, long position) {
    // Mixing (MurmurHash3's finaliser) rather than adding: SplittableRandom streams from seeds a
    // fixed step apart would be shifted copies of each other.
    long z = seed ^ (position * 0x9E37_79B9_7F4A_7C15L);
    z = (z ^ (z >>> 33)) * 0xFF51_AFD7_ED55_8CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CE_B9FE_1A85_EC53L;
    return z ^ (z >>> 33);
  }
}
