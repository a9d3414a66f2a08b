package org.oversight.register.json;

import java.util.Arrays;

/** Growable arrays of primitives, so that a million places cost 8 MB rather than 40. */
final class Growable {
  private Growable() {}

  /** A growable long array. Used by one thread. */
  static final class Longs {
    private long[] values = new long[16];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }

    void clear() {
      size = 0;
    }
  }
}
