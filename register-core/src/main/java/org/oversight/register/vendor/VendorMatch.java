package org.oversight.register.vendor;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a product's recorded manufacturer and brand resolve to a vendor on a date, and why.
 *
 * <p>A product with neither manufacturer nor brand is <em>unknown</em>: it is never silently "not
 * Hikvision". Immutable and thread-safe.
 *
 * @param vendor the vendor the recorded name resolves to, or null when unknown
 * @param groups the vendor and every group it belonged to on the date, innermost first; empty when
 *     unknown
 * @param reason why, in one sentence, for example {@code brand "EZVIZ" is a Hikvision brand
 *     (source: ...)}
 */
public record VendorMatch(@Nullable VendorGroup vendor, List<VendorGroup> groups, String reason) {

  /**
   * Creates a value.
   *
   * @param vendor the vendor the recorded name resolves to, or null when unknown
   * @param groups the vendor and every group it belonged to on the date, innermost first; empty
   *     when unknown
   * @param reason why, in one sentence, for example {@code brand "EZVIZ" is a Hikvision brand
   *     (source: ...)}
   * @throws NullPointerException if a required component is null
   */
  public VendorMatch {
    groups = List.copyOf(groups);
    requireNonNull(reason, "reason");
  }

  /**
   * Returns whether the manufacturer is unknown (neither manufacturer nor brand recorded).
   *
   * @return true when unknown
   */
  public boolean isUnknown() {
    return vendor == null;
  }

  /**
   * Returns the outermost group: the corporate group on the date, or the vendor itself.
   *
   * @return the group, or empty when unknown
   */
  public Optional<VendorGroup> group() {
    return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(groups.size() - 1));
  }

  /**
   * Returns whether the product belongs to the given vendor or group on the date.
   *
   * @param vendorOrGroup a vendor or group
   * @return true when it is the vendor or one of its groups
   */
  public boolean belongsTo(VendorGroup vendorOrGroup) {
    return groups.contains(vendorOrGroup);
  }
}
