package org.oversight.register.store;

import java.time.Instant;
import java.util.Optional;
import org.oversight.register.AssetRegister;

/**
 * The registers a store recorded, by instant, and nothing else: no author, no reason, no history.
 * What a Freedom of Information review needs to answer "as recorded at" the date a request was
 * received, and all that the FOI side of an application should be handed.
 *
 * <p>Implementations are thread-safe.
 */
public interface RecordedRegisters extends AutoCloseable {

  /**
   * Opens the store at a location for reading registers only.
   *
   * @param location the store
   * @return the recorded registers; close them when done
   * @throws StoreException if the location holds no register store or cannot be opened
   */
  static RecordedRegisters open(StoreLocation location) {
    RegisterStore store = RegisterStore.open(location);
    return new RecordedRegisters() {
      @Override
      public Optional<AssetRegister> asRecordedAt(Instant instant) {
        return store.asRecordedAt(instant);
      }

      @Override
      public void close() {
        store.close();
      }

      @Override
      public String toString() {
        return "RecordedRegisters[" + location + "]";
      }
    };
  }

  /**
   * Returns the register as it was recorded at an instant: the latest revision recorded at or
   * before it.
   *
   * @param instant the instant
   * @return the register, or empty when nothing had been recorded by then
   * @throws StoreException if the store cannot be read
   */
  Optional<AssetRegister> asRecordedAt(Instant instant);

  /**
   * Closes the store.
   *
   * @throws StoreException if the store cannot be closed cleanly
   */
  @Override
  void close();
}
