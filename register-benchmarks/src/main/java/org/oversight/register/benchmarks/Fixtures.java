package org.oversight.register.benchmarks;

import org.oversight.register.model.RegisterContents;
import org.oversight.register.testkit.RegisterGenerator;

/** The synthetic registers every benchmark measures: one fixed seed, so every run sees the same. */
final class Fixtures {
  /** The generator's seed for every benchmark. */
  static final long SEED = 20_210_906L;

  private Fixtures() {}

  /** The synthetic contents of {@code size} assets (as at the generator's date for the seed). */
  static RegisterContents contents(int size) {
    return RegisterGenerator.seeded(SEED).contents(size);
  }
}
