package org.oversight.register.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.store.RegisterStore;

/**
 * The history both store measurements build: the synthetic register committed once, then revisions
 * of ten changed assets each (a new site for ten assets picked by a fixed seed), one minute apart.
 */
final class StoreHistory {
  static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
  static final int CHANGES_PER_REVISION = 10;

  private StoreHistory() {}

  /** Commits the first revision and returns its register. */
  static AssetRegister first(RegisterStore store, int size) {
    AssetRegister register = AssetRegister.of(Fixtures.contents(size));
    store.commit(RegisterStore.NO_REVISION, register, "benchmark", "first copy", START);
    return register;
  }

  /** Commits {@code revisions} more revisions of ten changes each; returns the last register. */
  static AssetRegister change(RegisterStore store, AssetRegister first, int revisions) {
    SplittableRandom random = new SplittableRandom(Fixtures.SEED);
    AssetRegister register = first;
    for (int r = 1; r <= revisions; r++) {
      List<Asset> assets = new ArrayList<>(register.assets());
      for (int c = 0; c < CHANGES_PER_REVISION; c++) {
        int i = random.nextInt(assets.size());
        assets.set(
            i, assets.get(i).toBuilder().site("Moved in revision " + (r + 1) + " #" + c).build());
      }
      RegisterContents contents = register.contents();
      register =
          AssetRegister.of(
              new RegisterContents(
                  contents.organisation(),
                  contents.asAt(),
                  assets,
                  contents.dpias(),
                  contents.contracts()));
      store.commit(r, register, "benchmark", "ten assets moved", START.plusSeconds(60L * r));
    }
    return register;
  }
}
