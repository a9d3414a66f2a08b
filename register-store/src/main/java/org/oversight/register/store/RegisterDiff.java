package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ValueType;

/**
 * What changed between two registers, field by field: the register's own fields (the organisation,
 * nested fields dotted, and the as-at date), then each asset, DPIA and contract added, removed or
 * changed, in id order.
 *
 * <p>Computed from the record descriptions ({@link RecordType#fields()}): a field added to a
 * description is compared without a change here. A record list of the register ({@link
 * ValueType.RecordList}) is matched by its identifier field; a nested record ({@link
 * ValueType.Nested}) is compared field by field; every other value by equality.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows a value.
 */
public final class RegisterDiff {
  private final List<FieldChange> register;
  private final List<RecordChange<?>> records;

  private RegisterDiff(List<FieldChange> register, List<RecordChange<?>> records) {
    this.register = List.copyOf(register);
    this.records = List.copyOf(records);
  }

  /**
   * Compares two registers.
   *
   * @param before the earlier register
   * @param after the later register
   * @return the differences, never null
   */
  public static RegisterDiff between(AssetRegister before, AssetRegister after) {
    return between(before.contents(), after.contents());
  }

  /**
   * Compares two registers' contents.
   *
   * @param before the earlier contents
   * @param after the later contents
   * @return the differences, never null
   */
  public static RegisterDiff between(RegisterContents before, RegisterContents after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    List<FieldChange> registerChanges = new ArrayList<>();
    List<RecordChange<?>> recordChanges = new ArrayList<>();
    for (Field<RegisterContents, ?> field : RegisterContents.TYPE.fields()) {
      if (field.type() instanceof ValueType.RecordList<?> list) {
        listChanges(list.type(), field.get(before), field.get(after), recordChanges);
      } else {
        fieldChange(field, before, after, "", "", false, registerChanges);
      }
    }
    return new RegisterDiff(registerChanges, recordChanges);
  }

  /**
   * Compares two versions of one record, field by field, nested records dotted.
   *
   * @param <R> the record's Java type
   * @param type the record's description
   * @param before the record before, or null when there was none
   * @param after the record after, or null when there is none
   * @return each field whose value differs, in field order, never null
   */
  public static <R> List<FieldChange> fieldChanges(
      RecordType<R> type, @Nullable R before, @Nullable R after) {
    List<FieldChange> out = new ArrayList<>();
    fieldChanges(type, before, after, "", "", false, out);
    return List.copyOf(out);
  }

  private static <R> void fieldChanges(
      RecordType<R> type,
      @Nullable R before,
      @Nullable R after,
      String prefix,
      String labelPrefix,
      boolean confidential,
      List<FieldChange> out) {
    for (Field<R, ?> field : type.fields()) {
      fieldChange(field, before, after, prefix, labelPrefix, confidential, out);
    }
  }

  private static <R, V> void fieldChange(
      Field<R, V> field,
      @Nullable R before,
      @Nullable R after,
      String prefix,
      String labelPrefix,
      boolean confidential,
      List<FieldChange> out) {
    V was = before == null ? null : field.get(before);
    V is = after == null ? null : field.get(after);
    if (Objects.equals(was, is)) {
      return;
    }
    boolean secret = confidential || field.isConfidential();
    if (field.type() instanceof ValueType.Nested<?> nested) {
      nestedChanges(
          nested.type(),
          was,
          is,
          prefix + field.name() + ".",
          labelPrefix + field.label() + " ",
          secret,
          out);
      return;
    }
    out.add(
        new FieldChange(
            prefix + field.name(),
            labelPrefix + field.label(),
            secret,
            was == null ? null : field.type().text(was),
            is == null ? null : field.type().text(is)));
  }

  private static <N> void nestedChanges(
      RecordType<N> type,
      @Nullable Object before,
      @Nullable Object after,
      String prefix,
      String labelPrefix,
      boolean confidential,
      List<FieldChange> out) {
    fieldChanges(
        type,
        before == null ? null : type.javaType().cast(before),
        after == null ? null : type.javaType().cast(after),
        prefix,
        labelPrefix,
        confidential,
        out);
  }

  private static <R> void listChanges(
      RecordType<R> type,
      @Nullable Object before,
      @Nullable Object after,
      List<RecordChange<?>> out) {
    Map<String, R> was = byId(type, before);
    Map<String, R> is = byId(type, after);
    List<String> ids = new ArrayList<>(was.keySet());
    for (String id : is.keySet()) {
      if (!was.containsKey(id)) {
        ids.add(id);
      }
    }
    ids.sort(null);
    for (String id : ids) {
      R a = was.get(id);
      R b = is.get(id);
      if (a != null && b != null && a.equals(b)) {
        continue;
      }
      ChangeKind kind =
          a == null ? ChangeKind.ADDED : b == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
      out.add(new RecordChange<>(type, id, kind, a, b, fieldChanges(type, a, b)));
    }
  }

  private static <R> Map<String, R> byId(RecordType<R> type, @Nullable Object list) {
    Map<String, R> out = new LinkedHashMap<>();
    if (list instanceof List<?> records) {
      for (Object record : records) {
        R typed = type.javaType().cast(record);
        out.put(Objects.requireNonNull(type.id(typed), "record without an id"), typed);
      }
    }
    return out;
  }

  /**
   * Returns the changes to the register's own fields: the organisation (nested fields dotted, such
   * as {@code organisation.foiContact.email}) and the as-at date.
   *
   * @return an unmodifiable list in field order, never null
   */
  public List<FieldChange> registerChanges() {
    return register;
  }

  /**
   * Returns every record added, removed or changed: assets, then DPIAs, then contracts, each in id
   * order.
   *
   * @return an unmodifiable list, never null
   */
  public List<RecordChange<?>> recordChanges() {
    return records;
  }

  /**
   * Returns the changes to one kind of record.
   *
   * @param <R> the record's Java type
   * @param type the record's description, such as {@code Asset.TYPE}
   * @return the changes in id order, never null
   */
  @SuppressWarnings("unchecked") // each change's type is checked first
  public <R> List<RecordChange<R>> changes(RecordType<R> type) {
    List<RecordChange<R>> out = new ArrayList<>();
    for (RecordChange<?> change : records) {
      if (change.type() == type) {
        out.add((RecordChange<R>) change);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns whether the two registers hold the same data.
   *
   * @return true when nothing changed
   */
  public boolean isEmpty() {
    return register.isEmpty() && records.isEmpty();
  }

  @Override
  public String toString() {
    return "RegisterDiff[" + register.size() + " register fields, " + records.size() + " records]";
  }
}
