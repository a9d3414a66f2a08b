package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Field;

/**
 * One field of a disclosed record: its value, or that it is not recorded, or the section it is
 * withheld under.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field which field of the record's description
 * @param value the value as text; null when withheld or not recorded
 * @param withheldUnder the section it is withheld under, such as {@code "43(2)"}; null when not
 *     withheld
 */
public record DisclosedField(
    Field<?, ?> field, @Nullable String value, @Nullable String withheldUnder) {

  /**
   * Creates a value.
   *
   * @param field which field
   * @param value the value; null when withheld or not recorded
   * @param withheldUnder the section it is withheld under; null when not withheld
   * @throws IllegalArgumentException if both a value and a section are given
   */
  public DisclosedField {
    requireNonNull(field, "field");
    if (value != null && withheldUnder != null) {
      throw new IllegalArgumentException(field + ": a withheld field has no value");
    }
  }

  /**
   * Returns whether the field is withheld.
   *
   * @return true when {@code withheldUnder} is set
   */
  public boolean isWithheld() {
    return withheldUnder != null;
  }
}
