package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

import org.oversight.register.model.AssetId;

/**
 * That an asset falls under a restriction list on a date, directly or through a brand or
 * subsidiary, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asset the asset's id
 * @param list the list
 * @param entry the entry the asset matched
 * @param reason why, in one sentence: how the recorded manufacturer or brand resolved to the listed
 *     vendor, and on what basis the vendor is listed
 */
public record RestrictionHit(
    AssetId asset, RestrictionList list, RestrictionEntry entry, String reason) {

  /**
   * Creates a value.
   *
   * @param asset the asset's id
   * @param list the list
   * @param entry the entry the asset matched
   * @param reason why, in one sentence
   * @throws NullPointerException if a component is null
   */
  public RestrictionHit {
    requireNonNull(asset, "asset");
    requireNonNull(list, "list");
    requireNonNull(entry, "entry");
    requireNonNull(reason, "reason");
  }
}
