package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

/**
 * A record answered by pointing to where it is published (FOIA s21, FOISA s25).
 *
 * <p>Immutable and thread-safe.
 *
 * @param type {@code "contract"}
 * @param id the record's id in the register
 * @param title what it is, for the requester to recognise it
 * @param url where it is published
 */
public record PublishedReference(String type, String id, String title, String url) {

  /**
   * Creates a value.
   *
   * @param type the record type
   * @param id the record's id
   * @param title what it is
   * @param url where it is published
   * @throws NullPointerException if a component is null
   */
  public PublishedReference {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(url, "url");
  }
}
