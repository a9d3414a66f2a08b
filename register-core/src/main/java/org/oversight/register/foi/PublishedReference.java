package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A record answered by pointing to where it is published (FOIA s21, FOISA s25).
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the record's kind
 * @param id the record's id in the register
 * @param title its title, if recorded
 * @param supplier for a contract, the supplier
 * @param url where it is published
 */
public record PublishedReference(
    RecordKind type, String id, @Nullable String title, @Nullable String supplier, String url) {

  /**
   * Creates a value.
   *
   * @param type the record's kind
   * @param id the record's id
   * @param title its title, or null
   * @param supplier the supplier, or null
   * @param url where it is published
   * @throws NullPointerException if a required component is null
   */
  public PublishedReference {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(url, "url");
  }
}
