package org.oversight.register.imports;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Column;
import org.oversight.register.model.Field;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ValueType;
import org.oversight.register.model.Values;

/**
 * An import merged into an existing register by asset id, and what it changed: so that a monthly
 * re-import of the same spreadsheet can be reviewed before it is kept.
 *
 * <ul>
 *   <li>An imported asset whose id the register has replaces it, except in the fields the mapping
 *       does not hold (no column and no default): those keep the register's value. So DPIA and
 *       contract links, authorisation references and notes made in the register survive a re-import
 *       of a spreadsheet that does not have them.
 *   <li>An imported asset with a new id is added, after the register's assets, in row order.
 *   <li>An asset of the register that the spreadsheet no longer has is removed; when the mapping
 *       has an id prefix, only assets whose id starts with it: the spreadsheet speaks for its own
 *       ids, not for assets kept by hand or imported from another list.
 *   <li>The organisation, DPIAs and contracts are the register's; the as-at date is the mapping's.
 * </ul>
 *
 * <p>{@link #summary()} and {@link #diff()} describe the changes field by field, using the asset's
 * columns ({@link Column#of}); the free text and positions of a covert asset are never shown, only
 * said to have changed. Immutable and thread-safe.
 */
public final class RegisterMerge {
  private final RegisterContents contents;
  private final List<Asset> added;
  private final List<Change> changed;
  private final List<Asset> removed;
  private final int unchanged;

  private RegisterMerge(
      RegisterContents contents,
      List<Asset> added,
      List<Change> changed,
      List<Asset> removed,
      int unchanged) {
    this.contents = contents;
    this.added = List.copyOf(added);
    this.changed = List.copyOf(changed);
    this.removed = List.copyOf(removed);
    this.unchanged = unchanged;
  }

  /**
   * One asset an import changed.
   *
   * @param before the register's asset
   * @param after the merged asset
   * @param fields the flat names of the columns whose values differ, in column order
   */
  public record Change(Asset before, Asset after, List<String> fields) {
    /**
     * Creates a value.
     *
     * @param before the register's asset
     * @param after the merged asset
     * @param fields the columns whose values differ; copied
     */
    public Change {
      requireNonNull(before, "before");
      requireNonNull(after, "after");
      fields = List.copyOf(fields);
    }
  }

  /**
   * Merges imported assets into a register's contents. The result is not yet validated.
   *
   * @param existing the register's contents
   * @param imported the imported assets, in row order, ids unique
   * @param mapping the mapping they were imported through
   * @return the merge, never null
   */
  static RegisterMerge of(RegisterContents existing, List<Asset> imported, ImportMapping mapping) {
    Set<Field<Asset, ?>> held = held(mapping);
    Map<String, Asset> byId = new LinkedHashMap<>();
    for (Asset asset : imported) {
      byId.put(asset.id().value(), asset);
    }
    String prefix = mapping.idPrefix().orElse("");
    List<Asset> result = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<Asset> removed = new ArrayList<>();
    int unchanged = 0;
    for (Asset before : existing.assets()) {
      Asset fresh = byId.remove(before.id().value());
      if (fresh != null) {
        Asset after = merged(before, fresh, held);
        result.add(after);
        if (after.equals(before)) {
          unchanged++;
        } else {
          changed.add(new Change(before, after, differences(before, after)));
        }
      } else if (before.id().value().startsWith(prefix)) {
        removed.add(before);
      } else {
        result.add(before);
        unchanged++;
      }
    }
    List<Asset> added = new ArrayList<>(byId.values());
    result.addAll(added);
    RegisterContents contents =
        new RegisterContents(
            existing.organisation(),
            mapping.asAt(),
            result,
            existing.dpias(),
            existing.contracts());
    return new RegisterMerge(contents, added, changed, removed, unchanged);
  }

  /** The asset's fields the mapping holds: a column or a default for it or one of its parts. */
  private static Set<Field<Asset, ?>> held(ImportMapping mapping) {
    Set<Field<Asset, ?>> held = new java.util.HashSet<>();
    for (Column<Asset> column : ColumnValues.COLUMNS) {
      if (mapping.columns().containsKey(column.name())
          || mapping.defaults().containsKey(column.name())) {
        @SuppressWarnings("unchecked") // the first field of an asset column is an asset field
        Field<Asset, ?> field = (Field<Asset, ?>) column.path().get(0);
        held.add(field);
      }
    }
    return held;
  }

  private static Asset merged(Asset before, Asset fresh, Set<Field<Asset, ?>> held) {
    Values<Asset> values = Asset.TYPE.valuesOf(fresh);
    for (Field<Asset, ?> field : Asset.TYPE.fields()) {
      if (!held.contains(field)) {
        copy(values, field, before);
      }
    }
    return values.build();
  }

  private static <V> void copy(Values<Asset> values, Field<Asset, V> field, Asset from) {
    values.set(field, field.get(from));
  }

  private static List<String> differences(Asset before, Asset after) {
    List<String> fields = new ArrayList<>();
    for (Column<Asset> column : ColumnValues.COLUMNS) {
      if (!Objects.equals(column.text(before), column.text(after))) {
        fields.add(column.name());
      }
    }
    return fields;
  }

  /**
   * Returns the merged register's contents, valid: {@link SpreadsheetImport#readInto} checks them
   * before it returns the merge.
   *
   * @return the contents, never null
   */
  public RegisterContents contents() {
    return contents;
  }

  /**
   * Returns the assets the import added, in row order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Asset> added() {
    return added;
  }

  /**
   * Returns the assets the import changed, in the register's order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Change> changed() {
    return changed;
  }

  /**
   * Returns the assets the import removed, in the register's order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Asset> removed() {
    return removed;
  }

  /**
   * Returns how many of the register's assets the import left as they were.
   *
   * @return 0 or more
   */
  public int unchanged() {
    return unchanged;
  }

  /**
   * Returns whether the import changed nothing.
   *
   * @return true when nothing was added, changed or removed
   */
  public boolean isEmpty() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }

  /**
   * Returns what changed, in a few lines: the counts, then the ids added, changed (with the fields
   * that changed) and removed.
   *
   * @return lines, each printable on its own, never null
   */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(
        added.size()
            + " added, "
            + changed.size()
            + " changed, "
            + removed.size()
            + " removed, "
            + unchanged
            + " unchanged");
    if (!added.isEmpty()) {
      lines.add("added: " + ids(added));
    }
    for (Change change : changed) {
      lines.add(
          "changed: "
              + Printing.line(change.after().id().value())
              + " ("
              + String.join(", ", change.fields())
              + ")");
    }
    if (!removed.isEmpty()) {
      lines.add("removed: " + ids(removed));
    }
    return lines;
  }

  /**
   * Returns every change field by field: {@code CAM-12 site: "Old Road" -> "New Road"}. For a
   * covert asset, free text and positions are only said to have changed.
   *
   * @return lines, each printable on its own, never null
   */
  public List<String> diff() {
    List<String> lines = new ArrayList<>();
    for (Asset asset : added) {
      lines.add("+ " + Printing.line(asset.id().value()));
    }
    for (Change change : changed) {
      boolean covert = change.before().isCovert() || change.after().isCovert();
      for (Column<Asset> column : ColumnValues.COLUMNS) {
        if (!change.fields().contains(column.name())) {
          continue;
        }
        StringBuilder line =
            new StringBuilder("~ ")
                .append(Printing.line(change.after().id().value()))
                .append(' ')
                .append(column.name())
                .append(": ");
        ValueType<?> type = column.field().type();
        if (covert && (type.isFreeText() || type instanceof ValueType.Degrees)) {
          line.append("changed (a covert asset's text and position are not shown)");
        } else {
          line.append(shown(column.text(change.before())))
              .append(" -> ")
              .append(shown(column.text(change.after())));
        }
        lines.add(line.toString());
      }
    }
    for (Asset asset : removed) {
      lines.add("- " + Printing.line(asset.id().value()));
    }
    return lines;
  }

  private static String shown(@org.jspecify.annotations.Nullable String text) {
    if (text == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    JsonTree.quote(Printing.line(text), out);
    return out.toString();
  }

  private static String ids(List<Asset> assets) {
    StringBuilder out = new StringBuilder();
    for (Asset asset : assets) {
      out.append(out.length() == 0 ? "" : ", ").append(Printing.line(asset.id().value()));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "RegisterMerge[" + summary().get(0) + "]";
  }
}
