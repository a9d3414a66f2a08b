package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An asset, DPIA or contract as an answer discloses it: field by field, with any redactions, and
 * why it is listed.
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param type {@code "asset"}, {@code "DPIA"} or {@code "contract"}
 * @param id the record's id in the register
 * @param fields the fields, in a fixed order
 * @param notes why the record is listed, one sentence each
 */
public record DisclosedRecord(
    String type, String id, List<DisclosedField> fields, List<String> notes) {

  /**
   * Creates a value.
   *
   * @param type {@code "asset"}, {@code "DPIA"} or {@code "contract"}
   * @param id the record's id
   * @param fields the fields
   * @param notes why the record is listed
   * @throws NullPointerException if a component is null
   */
  public DisclosedRecord {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    fields = List.copyOf(fields);
    notes = List.copyOf(notes);
  }
}
