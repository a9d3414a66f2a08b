package org.oversight.register.vendor;

import static java.util.Objects.requireNonNull;

/**
 * A vendor as the directory knows it: a corporate group, a brand or subsidiary of one, or a name
 * the directory does not list (a vendor of its own).
 *
 * <p>Immutable and thread-safe; equal by key.
 *
 * @param key the normalised key, for example {@code "hikvision"}
 * @param name the display name, for example {@code "Hikvision"}
 */
public record VendorGroup(String key, String name) {

  /**
   * Creates a value.
   *
   * @param key the normalised key, for example {@code "hikvision"}
   * @param name the display name, for example {@code "Hikvision"}
   * @throws NullPointerException if a required component is null
   */
  public VendorGroup {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof VendorGroup that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }
}
