package org.oversight.register.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oversight.register.model.Asset;
import org.oversight.register.model.RegisterContents;

class SyntheticRegisterTest {
  @TempDir Path directory;

  @Test
  void aLargeSyntheticRegisterRoundTripsThroughAFile() throws Exception {
    Path file = directory.resolve("big.json");
    RegisterContents contents = SyntheticRegister.generate(20_000, 42);

    SyntheticRegister.main(new String[] {file.toString(), "20000", "42"});
    RegisterContents read = RegisterJson.standard().readContents(file);

    assertThat(read).isEqualTo(contents);
  }

  @Test
  void equalValuesAreSharedWhileReading() throws Exception {
    String document = RegisterJson.standard().writeString(SyntheticRegister.generate(2_000, 3));

    List<Asset> assets = RegisterJson.standard().parseContents(document).assets();

    Asset first = assets.stream().filter(a -> a.manufacturer() != null).findFirst().orElseThrow();
    int withSameManufacturer = -1;
    for (int i = 1; i < assets.size(); i++) {
      Asset other = assets.get(i);
      if (withSameManufacturer < 0
          && other.manufacturer() != null
          && other.manufacturer().equals(first.manufacturer())) {
        withSameManufacturer = i;
      }
    }
    assertThat(withSameManufacturer).isPositive();
    assertThat(assets.get(withSameManufacturer).manufacturer()).isSameAs(first.manufacturer());
    java.util.Map<Object, Object> firstOfEach = new java.util.HashMap<>();
    int sharedSets = 0;
    for (Asset asset : assets) {
      Object seen = firstOfEach.putIfAbsent(asset.capabilities(), asset.capabilities());
      if (seen != null) {
        assertThat(asset.capabilities()).isSameAs(seen);
        sharedSets++;
      }
    }
    assertThat(sharedSets).isPositive();
  }
}
