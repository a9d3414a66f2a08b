package org.oversight.register.internal;

import java.util.Collection;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * An immutable set of asset positions in a register's index: what the index hands out instead of
 * its own bitmaps, so that no caller can change an index. Every operation returns a new set. The
 * index's own sets carry their unit count, so that a one-set question counts in constant time.
 */
public final class PositionSet {
  static final PositionSet EMPTY = new PositionSet(new RoaringBitmap(), 0);

  private final RoaringBitmap bits;

  /** The units the positions stand for, or -1 when not yet known. */
  private final long units;

  PositionSet(RoaringBitmap bits, long units) {
    this.bits = bits;
    this.units = units;
  }

  RoaringBitmap bits() {
    return bits;
  }

  long knownUnits() {
    return units;
  }

  /**
   * Returns how many positions the set holds.
   *
   * @return the count
   */
  public int cardinality() {
    return bits.getCardinality();
  }

  /**
   * Returns how many positions the set holds.
   *
   * @return the count
   */
  public long longCardinality() {
    return bits.getLongCardinality();
  }

  /**
   * Returns whether the set holds no position.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return bits.isEmpty();
  }

  /**
   * Returns whether the set holds a position.
   *
   * @param position a position
   * @return true when it does
   */
  public boolean contains(int position) {
    return bits.contains(position);
  }

  /**
   * Returns the positions in both sets.
   *
   * @param other another set of the same index
   * @return a new set, never null
   */
  public PositionSet and(PositionSet other) {
    return new PositionSet(RoaringBitmap.and(bits, other.bits), -1);
  }

  /**
   * Returns whether the two sets share a position.
   *
   * @param other another set of the same index
   * @return true when they intersect
   */
  public boolean intersects(PositionSet other) {
    return RoaringBitmap.intersects(bits, other.bits);
  }

  /**
   * Returns the positions of this set that pass a test, in order.
   *
   * @param keep the test
   * @return a new set, never null
   */
  public PositionSet retain(IntPredicate keep) {
    RoaringBitmap kept = new RoaringBitmap();
    IntIterator it = bits.getIntIterator();
    while (it.hasNext()) {
      int position = it.next();
      if (keep.test(position)) {
        kept.add(position);
      }
    }
    return new PositionSet(kept, -1);
  }

  /**
   * Returns the positions in any of the sets.
   *
   * @param sets sets of the same index, at least one
   * @return a new set (or the only one given), never null
   */
  public static PositionSet union(Collection<PositionSet> sets) {
    if (sets.size() == 1) {
      return sets.iterator().next();
    }
    RoaringBitmap union = new RoaringBitmap();
    for (PositionSet set : sets) {
      union.or(set.bits);
    }
    return new PositionSet(union, -1);
  }

  /**
   * Calls an action for each position, in increasing order.
   *
   * @param action the action
   */
  public void forEach(IntConsumer action) {
    IntIterator it = bits.getIntIterator();
    while (it.hasNext()) {
      action.accept(it.next());
    }
  }

  @Override
  public String toString() {
    return "PositionSet[" + bits.getCardinality() + " positions]";
  }
}
