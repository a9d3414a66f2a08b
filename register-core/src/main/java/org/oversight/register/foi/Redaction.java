package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import org.oversight.register.model.Field;

/**
 * A field withheld from a disclosed record, and the exemption it is withheld under.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type {@code "asset"}, {@code "DPIA"} or {@code "contract"}
 * @param id the record's id
 * @param field the field withheld
 * @param section the section it is withheld under, such as {@code "43(2)"}
 * @param title the exemption's short title
 */
public record Redaction(String type, String id, Field<?, ?> field, String section, String title) {

  /**
   * Creates a value.
   *
   * @param type the record type
   * @param id the record's id
   * @param field the field withheld
   * @param section the section it is withheld under
   * @param title the exemption's short title
   * @throws NullPointerException if a component is null
   */
  public Redaction {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(field, "field");
    requireNonNull(section, "section");
    requireNonNull(title, "title");
  }
}
