package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.RecordType;

/**
 * One record added, removed or changed between two revisions, with the fields that changed.
 *
 * <p>Immutable and thread-safe. {@link #toString()} names the record and the changed fields, never
 * a value.
 *
 * @param <R> the record's Java type
 * @param type the record's description ({@code Asset.TYPE}, {@code Dpia.TYPE}, ...)
 * @param id the record's identifier
 * @param kind added, changed or removed
 * @param before the record before, or null when it was added
 * @param after the record after, or null when it was removed
 * @param fields for a changed record, each field that differs, in field order; for an added or
 *     removed record, each field it has, in field order
 */
public record RecordChange<R>(
    RecordType<R> type,
    String id,
    ChangeKind kind,
    @Nullable R before,
    @Nullable R after,
    List<FieldChange> fields) {

  /**
   * Creates a value.
   *
   * @param type the record's description
   * @param id the record's identifier
   * @param kind added, changed or removed
   * @param before the record before, or null when it was added
   * @param after the record after, or null when it was removed
   * @param fields the fields that differ
   * @throws IllegalArgumentException if before and after do not fit the kind
   */
  public RecordChange {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    fields = List.copyOf(fields);
    boolean fits =
        switch (kind) {
          case ADDED -> before == null && after != null;
          case REMOVED -> before != null && after == null;
          case CHANGED -> before != null && after != null;
        };
    if (!fits) {
      throw new IllegalArgumentException(kind + " " + type.name() + " " + id + ": before/after");
    }
  }

  /**
   * Returns the record before.
   *
   * @return the record, or empty when it was added
   */
  public Optional<R> beforeRecord() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the record after.
   *
   * @return the record, or empty when it was removed
   */
  public Optional<R> afterRecord() {
    return Optional.ofNullable(after);
  }

  @Override
  public String toString() {
    return type.name()
        + " "
        + id
        + " "
        + kind.name().toLowerCase(java.util.Locale.ROOT)
        + (kind == ChangeKind.CHANGED
            ? ": " + String.join(", ", fields.stream().map(FieldChange::path).toList())
            : "");
  }
}
