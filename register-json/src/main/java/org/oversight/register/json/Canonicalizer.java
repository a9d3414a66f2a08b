package org.oversight.register.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Capability;

/**
 * Shares equal values while one document is read: a register of a million assets names a few
 * hundred manufacturers, sites and dates, and a few dozen capability sets. Each pool stops growing
 * at {@link #LIMIT} values, so that a document of all-different values costs no more than without
 * sharing. Guava's immutable collections are passed through unchanged by the model's constructors,
 * which is what lets a capability set or reference list be shared. Used by one thread.
 */
final class Canonicalizer {
  static final int LIMIT = 1 << 16;

  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, LocalDate> dates = new HashMap<>();
  private final Map<ImmutableSortedSet<Capability>, ImmutableSortedSet<Capability>> capabilities =
      new HashMap<>();
  private final Map<ImmutableList<String>, ImmutableList<String>> idLists = new HashMap<>();

  /** The shared copy of a string. */
  @Nullable String string(@Nullable String value) {
    if (value == null) {
      return null;
    }
    return share(strings, value);
  }

  /** The date written as {@code yyyy-MM-dd}, strictly (no 30 February), or null. */
  @Nullable LocalDate date(String text) {
    LocalDate known = dates.get(text);
    if (known != null) {
      return known;
    }
    if (!Checks.looksLikeDate(text)) {
      return null;
    }
    LocalDate date;
    try {
      // ISO_LOCAL_DATE resolves strictly: an impossible day is an error, not the next month.
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
    if (dates.size() < LIMIT) {
      dates.put(text, date);
    }
    return date;
  }

  /** The shared sorted set of these capabilities. */
  ImmutableSortedSet<Capability> capabilities(List<Capability> found) {
    return share(capabilities, ImmutableSortedSet.copyOf(found));
  }

  /** The shared list of these ids. */
  ImmutableList<String> ids(List<String> found) {
    return share(idLists, ImmutableList.copyOf(found));
  }

  private static <T> T share(Map<T, T> pool, T value) {
    T shared = pool.get(value);
    if (shared != null) {
      return shared;
    }
    if (pool.size() < LIMIT) {
      pool.put(value, value);
    }
    return value;
  }
}
