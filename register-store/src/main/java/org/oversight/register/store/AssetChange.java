package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;

/**
 * One change to one asset in its history: the revision that made it (with author and reason), how
 * it changed, and the asset before and after.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows a value or the reason.
 *
 * @param revision the revision that made the change
 * @param kind added, changed or removed
 * @param before the asset before, or null when it was added
 * @param after the asset after, or null when it was removed
 * @param fields the fields that differ, in field order
 */
public record AssetChange(
    RevisionInfo revision,
    ChangeKind kind,
    @Nullable Asset before,
    @Nullable Asset after,
    List<FieldChange> fields) {

  /**
   * Creates a value.
   *
   * @param revision the revision that made the change
   * @param kind added, changed or removed
   * @param before the asset before, or null when it was added
   * @param after the asset after, or null when it was removed
   * @param fields the fields that differ
   */
  public AssetChange {
    requireNonNull(revision, "revision");
    requireNonNull(kind, "kind");
    fields = List.copyOf(fields);
  }

  /**
   * Returns the asset before the change.
   *
   * @return the asset, or empty when it was added
   */
  public Optional<Asset> beforeAsset() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the asset after the change.
   *
   * @return the asset, or empty when it was removed
   */
  public Optional<Asset> afterAsset() {
    return Optional.ofNullable(after);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " in " + revision;
  }
}
