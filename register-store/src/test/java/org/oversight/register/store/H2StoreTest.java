package org.oversight.register.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The store contract on the embedded default: H2 in file mode, in a directory. */
class H2StoreTest extends StoreContract {
  private final AtomicInteger stores = new AtomicInteger();

  @Override
  StoreLocation newLocation() {
    return StoreLocation.directory(temp.resolve("store-" + stores.incrementAndGet()));
  }

  @Test
  void initMakesTheDirectoryAndOneDatabaseFile() throws Exception {
    StoreLocation location = newLocation();
    RegisterStore.init(location).close();

    Path dir = location.directory().orElseThrow();
    assertThat(Files.isRegularFile(dir.resolve("register.mv.db"))).isTrue();
  }

  @Test
  void openingADirectoryWithoutAStoreSaysSo() {
    StoreLocation location = newLocation();

    assertThatThrownBy(() -> RegisterStore.open(location))
        .isInstanceOf(StoreException.class)
        .hasMessage(location + ": holds no register store (initialise one first)");
    assertThat(Files.exists(location.directory().orElseThrow())).isFalse();
  }
}
