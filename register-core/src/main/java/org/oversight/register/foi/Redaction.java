package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import org.oversight.register.model.Field;

/**
 * A field withheld from a disclosed record, and the exemption it is withheld under.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the record's kind
 * @param id the record's id
 * @param field the field withheld
 * @param section the section it is withheld under, such as {@code "43(2)"}
 * @param key the exemption's wording key
 */
public record Redaction(RecordKind type, String id, Field<?, ?> field, String section, String key) {

  /**
   * Creates a value.
   *
   * @param type the record's kind
   * @param id the record's id
   * @param field the field withheld
   * @param section the section it is withheld under
   * @param key the exemption's wording key
   * @throws NullPointerException if a component is null
   */
  public Redaction {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(field, "field");
    requireNonNull(section, "section");
    requireNonNull(key, "key");
  }
}
