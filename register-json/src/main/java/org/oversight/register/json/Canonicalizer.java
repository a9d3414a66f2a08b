package org.oversight.register.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Capability;

/**
 * Shares equal values while one document is read: a register of a million assets names a few
 * hundred manufacturers, sites and dates, and a few dozen capability sets. Each pool stops growing
 * at {@link #LIMIT} values, so that a document of all-different values costs no more than without
 * sharing. Guava's immutable collections are passed through unchanged by the model's constructors,
 * which is what lets a capability set or reference list be shared. Used by one thread.
 *
 * <p>Strings and dates are looked up straight from the parser's character buffer, so that a value
 * seen before costs neither a new string nor a second hash: this is most of the reader's work.
 */
final class Canonicalizer {
  static final int LIMIT = 1 << 16;

  private String[] strings = new String[1024];
  private int stringCount;

  private int[] dateKeys = new int[1024];
  private @Nullable LocalDate[] dates = new LocalDate[1024];
  private int dateCount;

  private final Sequences<ImmutableSortedSet<Capability>> capabilitySets = new Sequences<>();
  private final Sequences<ImmutableList<String>> idLists = new Sequences<>();

  /** The shared copy of the string in {@code chars[offset..offset+length)}. */
  String string(char[] chars, int offset, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[offset + i];
    }
    int mask = strings.length - 1;
    int slot = mix(hash) & mask;
    String found;
    while ((found = strings[slot]) != null) {
      if (found.length() == length && same(found, chars, offset, length)) {
        return found;
      }
      slot = (slot + 1) & mask;
    }
    String value = new String(chars, offset, length);
    if (stringCount < LIMIT) {
      strings[slot] = value;
      if (++stringCount * 2 > strings.length) {
        strings = rehash(strings);
      }
    }
    return value;
  }

  private static boolean same(String value, char[] chars, int offset, int length) {
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static String[] rehash(String[] old) {
    String[] table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String s : old) {
      if (s != null) {
        int slot = mix(s.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = s;
      }
    }
    return table;
  }

  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * The date written as {@code yyyy-MM-dd} in {@code chars[offset..offset+length)}, strictly (no 30
   * February, as {@code LocalDate.parse} would judge it), or null.
   */
  @Nullable LocalDate date(char[] chars, int offset, int length) {
    if (length != 10 || chars[offset + 4] != '-' || chars[offset + 7] != '-') {
      return null;
    }
    int year = digits(chars, offset, 4);
    int month = digits(chars, offset + 5, 2);
    int day = digits(chars, offset + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    int key = (year * 100 + month) * 100 + day;
    int mask = dateKeys.length - 1;
    int slot = mix(key) & mask;
    LocalDate found;
    while ((found = dates[slot]) != null) {
      if (dateKeys[slot] == key) {
        return found;
      }
      slot = (slot + 1) & mask;
    }
    if (day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    if (dateCount < LIMIT) {
      dateKeys[slot] = key;
      dates[slot] = date;
      if (++dateCount * 2 > dates.length) {
        rehashDates();
      }
    }
    return date;
  }

  private static int digits(char[] chars, int offset, int count) {
    int value = 0;
    for (int i = 0; i < count; i++) {
      int digit = chars[offset + i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private void rehashDates() {
    int[] oldKeys = dateKeys;
    @Nullable LocalDate[] oldDates = dates;
    dateKeys = new int[oldKeys.length * 2];
    dates = new LocalDate[oldKeys.length * 2];
    int mask = dateKeys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      LocalDate date = oldDates[i];
      if (date != null) {
        int slot = mix(oldKeys[i]) & mask;
        while (dates[slot] != null) {
          slot = (slot + 1) & mask;
        }
        dateKeys[slot] = oldKeys[i];
        dates[slot] = date;
      }
    }
  }

  /** The shared sorted set of the capabilities with these (valid) codes, in document order. */
  ImmutableSortedSet<Capability> capabilities(String[] codes, int count) {
    ImmutableSortedSet<Capability> known = capabilitySets.get(codes, count);
    if (known != null) {
      return known;
    }
    List<Capability> found = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      found.add(Capability.of(codes[i]));
    }
    ImmutableSortedSet<Capability> set = ImmutableSortedSet.copyOf(found);
    // Different orders of the same codes give equal sets: share one of them.
    ImmutableSortedSet<Capability> shared = capabilitySets.shareValue(set);
    capabilitySets.put(codes, count, shared);
    return shared;
  }

  /** The shared list of these ids. */
  ImmutableList<String> ids(String[] ids, int count) {
    ImmutableList<String> known = idLists.get(ids, count);
    if (known != null) {
      return known;
    }
    ImmutableList<String> list = ImmutableList.copyOf(Arrays.asList(ids).subList(0, count));
    idLists.put(ids, count, list);
    return list;
  }

  /**
   * A pool from sequences of strings (usually already shared, so compared by identity first) to the
   * value built from them. Stops growing at {@link #LIMIT} entries.
   */
  private static final class Sequences<V> {
    private String[] @Nullable [] keys = new String[256][];
    private @Nullable Object[] values = new Object[256];
    private int count;
    private final java.util.Map<V, V> sharedValues = new java.util.HashMap<>();

    @SuppressWarnings("unchecked") // values holds only Vs
    @Nullable V get(String[] sequence, int length) {
      int mask = keys.length - 1;
      int slot = mix(hash(sequence, length)) & mask;
      String @Nullable [] key;
      while ((key = keys[slot]) != null) {
        if (equal(key, sequence, length)) {
          return (V) values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    V shareValue(V value) {
      V shared = sharedValues.get(value);
      if (shared != null) {
        return shared;
      }
      if (sharedValues.size() < LIMIT) {
        sharedValues.put(value, value);
      }
      return value;
    }

    void put(String[] sequence, int length, V value) {
      if (count >= LIMIT) {
        return;
      }
      String[] key = Arrays.copyOf(sequence, length);
      insert(keys, values, key, value);
      if (++count * 2 > keys.length) {
        String[] @Nullable [] newKeys = new String[keys.length * 2][];
        @Nullable Object[] newValues = new Object[keys.length * 2];
        for (int i = 0; i < keys.length; i++) {
          String @Nullable [] k = keys[i];
          if (k != null) {
            insert(newKeys, newValues, k, values[i]);
          }
        }
        keys = newKeys;
        values = newValues;
      }
    }

    private static void insert(
        String[] @Nullable [] keys,
        @Nullable Object[] values,
        String[] key,
        @Nullable Object value) {
      int mask = keys.length - 1;
      int slot = mix(hash(key, key.length)) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = value;
    }

    private static int hash(String[] sequence, int length) {
      int hash = length;
      for (int i = 0; i < length; i++) {
        hash = 31 * hash + sequence[i].hashCode();
      }
      return hash;
    }

    private static boolean equal(String[] key, String[] sequence, int length) {
      if (key.length != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        // String.equals answers at once for the same instance, the usual case here.
        if (!key[i].equals(sequence[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
