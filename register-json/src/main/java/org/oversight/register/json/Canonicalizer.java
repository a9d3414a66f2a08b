package org.oversight.register.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
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
 *
 * <p>The tables are open-addressed with linear probing, so their hashes must not be the document's
 * to choose: strings are hashed with a random per-reader seed and multiplier (not {@code
 * String.hashCode}, for which "Aa" and "BB" collide, and so do all 2^n strings made of n such
 * blocks), and no lookup examines more than {@link #MAX_PROBES} slots: a value that would need more
 * is simply not shared. So no document costs more than a few probes per value, whatever its
 * strings.
 */
final class Canonicalizer {
  static final int LIMIT = 1 << 16;

  /** The most slots one lookup examines; a value not found within them is not shared. */
  static final int MAX_PROBES = 16;

  private final long seed;
  private final long key;

  private @Nullable String[] strings = new String[1024];
  private int stringCount;

  private int[] dateKeys = new int[1024];
  private @Nullable LocalDate[] dates = new LocalDate[1024];
  private int dateCount;

  private final Sequences<ImmutableSortedSet<Capability>> capabilitySets;

  /** The same sets again, by their sorted codes: different orders of the same codes share one. */
  private final Sequences<ImmutableSortedSet<Capability>> sortedCapabilitySets;

  private final Sequences<ImmutableList<String>> idLists;

  /** Slots examined by every lookup so far: for tests, which count work instead of timing it. */
  private long probes;

  Canonicalizer() {
    SplittableRandom random = new SplittableRandom(ThreadLocalRandom.current().nextLong());
    this.seed = random.nextLong();
    this.key = random.nextLong() | 1;
    this.capabilitySets = new Sequences<>(this, random.nextLong());
    this.sortedCapabilitySets = new Sequences<>(this, random.nextLong());
    this.idLists = new Sequences<>(this, random.nextLong());
  }

  /** The slots examined by every lookup so far. */
  long probes() {
    return probes;
  }

  /** The shared copy of the string in {@code chars[offset..offset+length)}. */
  String string(char[] chars, int offset, int length) {
    long hash = seed;
    for (int i = 0; i < length; i++) {
      hash = Long.rotateLeft((hash ^ chars[offset + i]) * key, 29);
    }
    @Nullable String[] table = strings;
    int mask = table.length - 1;
    int slot = finish(hash) & mask;
    int free = -1;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      probes++;
      String found = table[slot];
      if (found == null) {
        free = slot;
        break;
      }
      if (found.length() == length && same(found, chars, offset, length)) {
        return found;
      }
      slot = (slot + 1) & mask;
    }
    String value = new String(chars, offset, length);
    if (free >= 0 && stringCount < LIMIT) {
      table[free] = value;
      if (++stringCount * 2 > table.length) {
        rehashStrings();
      }
    }
    return value;
  }

  private long hash(String value) {
    long hash = seed;
    for (int i = 0; i < value.length(); i++) {
      hash = Long.rotateLeft((hash ^ value.charAt(i)) * key, 29);
    }
    return hash;
  }

  private static boolean same(String value, char[] chars, int offset, int length) {
    for (int i = 0; i < length; i++) {
      if (value.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /** Doubles the table; a value that would now need more than {@link #MAX_PROBES} is dropped. */
  private void rehashStrings() {
    @Nullable String[] old = strings;
    @Nullable String[] table = new String[old.length * 2];
    int mask = table.length - 1;
    int kept = 0;
    for (String s : old) {
      if (s != null) {
        int slot = finish(hash(s)) & mask;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
          if (table[slot] == null) {
            table[slot] = s;
            kept++;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    strings = table;
    stringCount = kept;
  }

  /** Spreads a 64-bit hash over the bits a table index uses. */
  private static int finish(long hash) {
    long h = (hash ^ (hash >>> 32)) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29));
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
    int dateKey = (year * 100 + month) * 100 + day;
    int mask = dateKeys.length - 1;
    int slot = mix(dateKey ^ (int) key) & mask;
    int free = -1;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      probes++;
      LocalDate found = dates[slot];
      if (found == null) {
        free = slot;
        break;
      }
      if (dateKeys[slot] == dateKey) {
        return found;
      }
      slot = (slot + 1) & mask;
    }
    if (day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    if (free >= 0 && dateCount < LIMIT) {
      dateKeys[free] = dateKey;
      dates[free] = date;
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
    int kept = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      LocalDate date = oldDates[i];
      if (date != null) {
        int slot = mix(oldKeys[i] ^ (int) key) & mask;
        for (int probe = 0; probe < MAX_PROBES; probe++) {
          if (dates[slot] == null) {
            dateKeys[slot] = oldKeys[i];
            dates[slot] = date;
            kept++;
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    dateCount = kept;
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
    String[] sorted = new String[set.size()];
    int i = 0;
    for (Capability capability : set) {
      sorted[i++] = capability.code();
    }
    ImmutableSortedSet<Capability> shared = sortedCapabilitySets.get(sorted, sorted.length);
    if (shared == null) {
      shared = set;
      sortedCapabilitySets.put(sorted, sorted.length, set);
    }
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
   * value built from them. Stops growing at {@link #LIMIT} entries. Hashed with the owner's seeded
   * string hash, and bounded to {@link #MAX_PROBES} like the strings.
   */
  private static final class Sequences<V> {
    private final Canonicalizer owner;
    private final long seed;
    private String[] @Nullable [] keys = new String[256][];
    private @Nullable Object[] values = new Object[256];
    private int count;

    Sequences(Canonicalizer owner, long seed) {
      this.owner = owner;
      this.seed = seed;
    }

    @SuppressWarnings("unchecked") // values holds only Vs
    @Nullable V get(String[] sequence, int length) {
      int mask = keys.length - 1;
      int slot = hash(sequence, length) & mask;
      for (int probe = 0; probe < MAX_PROBES; probe++) {
        owner.probes++;
        String @Nullable [] key = keys[slot];
        if (key == null) {
          return null;
        }
        if (equal(key, sequence, length)) {
          return (V) values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    void put(String[] sequence, int length, V value) {
      if (count >= LIMIT) {
        return;
      }
      String[] key = Arrays.copyOf(sequence, length);
      if (!insert(keys, values, key, value)) {
        return;
      }
      if (++count * 2 > keys.length) {
        String[] @Nullable [] newKeys = new String[keys.length * 2][];
        @Nullable Object[] newValues = new Object[keys.length * 2];
        int kept = 0;
        for (int i = 0; i < keys.length; i++) {
          String @Nullable [] k = keys[i];
          if (k != null && insert(newKeys, newValues, k, values[i])) {
            kept++;
          }
        }
        keys = newKeys;
        values = newValues;
        count = kept;
      }
    }

    /** Inserts unless that would take more than {@link #MAX_PROBES} slots. */
    private boolean insert(
        String[] @Nullable [] keys,
        @Nullable Object[] values,
        String[] key,
        @Nullable Object value) {
      int mask = keys.length - 1;
      int slot = hash(key, key.length) & mask;
      for (int probe = 0; probe < MAX_PROBES; probe++) {
        if (keys[slot] == null) {
          keys[slot] = key;
          values[slot] = value;
          return true;
        }
        slot = (slot + 1) & mask;
      }
      return false;
    }

    private int hash(String[] sequence, int length) {
      long hash = seed ^ length;
      for (int i = 0; i < length; i++) {
        hash = Long.rotateLeft((hash ^ owner.hash(sequence[i])) * 0x9E3779B97F4A7C15L, 29);
      }
      return finish(hash);
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
