package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Field;

/**
 * One field of a disclosed record: its value as the register holds it (a date, a code, a number,
 * text), or that it is not recorded, withheld under a section, or left out at the requester's word
 * (prices a requester said may be left out). Wording is the renderer's.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field which field of the record's description
 * @param value the value; null when withheld, left out or not recorded
 * @param withheldUnder the section it is withheld under, such as {@code "43(2)"}; null when not
 *     withheld
 * @param leftOut whether it is left out because the requester said it may be
 */
public record DisclosedField(
    Field<?, ?> field, @Nullable Object value, @Nullable String withheldUnder, boolean leftOut) {

  /**
   * Creates a value.
   *
   * @param field which field
   * @param value the value, or null
   * @param withheldUnder the section it is withheld under, or null
   * @param leftOut whether it is left out at the requester's word
   * @throws IllegalArgumentException if more than one of a value, a section and left out is given
   */
  public DisclosedField {
    requireNonNull(field, "field");
    int states = (value != null ? 1 : 0) + (withheldUnder != null ? 1 : 0) + (leftOut ? 1 : 0);
    if (states > 1) {
      throw new IllegalArgumentException(
          field + ": a field is disclosed, withheld or left out, not more than one");
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
