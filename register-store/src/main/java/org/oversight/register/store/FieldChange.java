package org.oversight.register.store;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field whose value differs between two versions of a record: its path (a nested field dotted,
 * {@code location.latitude}), its label, and its values before and after as plain text.
 *
 * <p>A confidential field (an authorisation reference, notes) says so: a printer shows that it
 * changed, never its values. {@link #toString()} never shows a value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param path the field's JSON name, dotted below a nested record
 * @param label the field's name in plain English
 * @param confidential whether the field is confidential
 * @param before the value before as plain text, or null when it had none
 * @param after the value after as plain text, or null when it has none
 */
public record FieldChange(
    String path,
    String label,
    boolean confidential,
    @Nullable String before,
    @Nullable String after) {

  /**
   * Creates a value.
   *
   * @param path the field's JSON name, dotted below a nested record
   * @param label the field's name in plain English
   * @param confidential whether the field is confidential
   * @param before the value before as plain text, or null when it had none
   * @param after the value after as plain text, or null when it has none
   */
  public FieldChange {
    requireNonNull(path, "path");
    requireNonNull(label, "label");
  }

  /**
   * Returns the value before, as plain text.
   *
   * @return the text, or empty when the field had no value
   */
  public Optional<String> beforeText() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the value after, as plain text.
   *
   * @return the text, or empty when the field has no value
   */
  public Optional<String> afterText() {
    return Optional.ofNullable(after);
  }

  @Override
  public String toString() {
    return "FieldChange[" + path + (confidential ? " (confidential)" : "") + "]";
  }
}
