package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A list of restricted vendors (or vendors of concern): who keeps it, since when it applies, what
 * use it concerns, and where it is stated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, for example {@code US-NDAA-FY2019-S889}
 * @param kind a restriction or a list of concern
 * @param jurisdiction where it applies, for example {@code US} or {@code UK}
 * @param inForceFrom the first day it applies; a check at an earlier date ignores the list
 * @param title the list's name
 * @param scope what use or what sites it concerns, in words
 * @param source where it is stated
 * @param entries the vendors on it
 */
public record RestrictionList(
    String id,
    RestrictionKind kind,
    String jurisdiction,
    LocalDate inForceFrom,
    String title,
    String scope,
    String source,
    List<RestrictionEntry> entries) {

  /**
   * Creates a value.
   *
   * @param id a stable identifier, for example {@code US-NDAA-FY2019-S889}
   * @param kind a restriction or a list of concern
   * @param jurisdiction where it applies, for example {@code US} or {@code UK}
   * @param inForceFrom the first day it applies; a check at an earlier date ignores the list
   * @param title the list's name
   * @param scope what use or what sites it concerns, in words
   * @param source where it is stated
   * @param entries the vendors on it
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the id, title or source is blank
   */
  public RestrictionList {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(inForceFrom, "inForceFrom");
    requireNonNull(title, "title");
    requireNonNull(scope, "scope");
    requireNonNull(source, "source");
    entries = List.copyOf(entries);
    if (id.isBlank() || title.isBlank() || source.isBlank()) {
      throw new IllegalArgumentException("a restriction list needs an id, a title and a source");
    }
  }

  /**
   * Returns whether the list applies on a day.
   *
   * @param date the day
   * @return true from {@link #inForceFrom()} on
   */
  public boolean isInForceOn(LocalDate date) {
    return !date.isBefore(inForceFrom);
  }

  /**
   * Returns the list with another entry added.
   *
   * @param entry the entry
   * @return a new list
   */
  public RestrictionList withEntry(RestrictionEntry entry) {
    List<RestrictionEntry> more = new java.util.ArrayList<>(entries);
    more.add(requireNonNull(entry, "entry"));
    return new RestrictionList(id, kind, jurisdiction, inForceFrom, title, scope, source, more);
  }
}
