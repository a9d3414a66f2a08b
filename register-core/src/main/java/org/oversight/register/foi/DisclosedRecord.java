package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An asset, DPIA or contract as an answer discloses it: field by field from its description, with
 * any redactions; for a DPIA or contract, the assets it covers and how the document is provided.
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param type the record's kind
 * @param id the record's id in the register
 * @param fields the public fields, in the description's order
 * @param covers for a DPIA or contract, the ids of the assets found that it covers or supplied, in
 *     the assets' order; empty for an asset
 * @param manufacturerUnknown for an asset listed because its manufacturer is not recorded: it may
 *     or may not be by the vendor asked about
 * @param document how the document is provided
 */
public record DisclosedRecord(
    RecordKind type,
    String id,
    List<DisclosedField> fields,
    List<String> covers,
    boolean manufacturerUnknown,
    DocumentProvision document) {

  /** How the document a DPIA or contract record stands for reaches the requester. */
  public enum DocumentProvision {
    /** Not a document: an asset. */
    NONE,
    /** A link to the published document is recorded and given. */
    LINKED,
    /** No link is recorded: a copy is enclosed with the letter (the officer is warned). */
    ENCLOSED
  }

  /**
   * Creates a value.
   *
   * @param type the record's kind
   * @param id the record's id
   * @param fields the fields
   * @param covers the assets covered or supplied
   * @param manufacturerUnknown whether the asset's manufacturer is not recorded
   * @param document how the document is provided
   * @throws NullPointerException if a component is null
   */
  public DisclosedRecord {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    fields = List.copyOf(fields);
    covers = List.copyOf(covers);
    requireNonNull(document, "document");
  }
}
