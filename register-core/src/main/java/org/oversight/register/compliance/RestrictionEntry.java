package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

/**
 * A vendor on a restriction list. The vendor is resolved through the vendor directory at the date
 * asked, so its brands and subsidiaries fall under the list too.
 *
 * <p>Immutable and thread-safe.
 *
 * @param vendor the vendor or group name, for example {@code "Hikvision"}
 * @param basis whether the source names the vendor or the entry is inferred
 * @param note what the list covers of this vendor, or why it is inferred; empty if nothing
 */
public record RestrictionEntry(String vendor, RestrictionBasis basis, String note) {

  /**
   * Creates a value.
   *
   * @param vendor the vendor or group name, for example {@code "Hikvision"}
   * @param basis whether the source names the vendor or the entry is inferred
   * @param note what the list covers of this vendor, or why it is inferred; empty if nothing
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the vendor is blank
   */
  public RestrictionEntry {
    requireNonNull(vendor, "vendor");
    requireNonNull(basis, "basis");
    requireNonNull(note, "note");
    if (vendor.isBlank()) {
      throw new IllegalArgumentException("vendor must not be blank");
    }
  }
}
