package org.oversight.register;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.oversight.register.model.Asset;

/**
 * An asset that answers a question, with why: for a manufacturer question, how its recorded
 * manufacturer or brand resolved to the vendor asked about.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asset the asset
 * @param reasons why it matched, one sentence each, in the order the question was put
 */
public record AssetMatch(Asset asset, List<String> reasons) {

  /**
   * Creates a value.
   *
   * @param asset the asset
   * @param reasons why it matched, one sentence each, in the order the question was put
   * @throws NullPointerException if a required component is null
   */
  public AssetMatch {
    requireNonNull(asset, "asset");
    reasons = List.copyOf(reasons);
  }
}
