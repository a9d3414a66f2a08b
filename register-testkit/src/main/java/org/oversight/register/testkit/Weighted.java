package org.oversight.register.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A fixed table of values with integer weights, picked from with one random draw and a binary
 * search. Integer weights and a list (not a hash map) keep picks identical on every machine.
 * Immutable after {@link Builder#build()}.
 */
final class Weighted<T> {
  private final List<T> values;
  private final int[] cumulative;
  private final int total;

  private Weighted(List<T> values, int[] cumulative) {
    this.values = List.copyOf(values);
    this.cumulative = cumulative;
    this.total = cumulative[cumulative.length - 1];
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  T pick(RandomGenerator random) {
    int draw = random.nextInt(total);
    int at = Arrays.binarySearch(cumulative, draw);
    // cumulative[i] is the sum of weights 0..i: the pick is the first i with cumulative[i] > draw.
    return values.get(at >= 0 ? at + 1 : -at - 1);
  }

  /** Returns the share of the total weight whose values satisfy the condition. */
  double share(java.util.function.Predicate<T> condition) {
    long weight = 0;
    for (int i = 0; i < values.size(); i++) {
      if (condition.test(values.get(i))) {
        weight += cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
      }
    }
    return (double) weight / total;
  }

  List<T> values() {
    return values;
  }

  static final class Builder<T> {
    private final List<T> values = new ArrayList<>();
    private final List<Integer> weights = new ArrayList<>();

    Builder<T> add(int weight, T value) {
      if (weight <= 0) {
        throw new IllegalArgumentException("weight must be positive, was " + weight);
      }
      values.add(value);
      weights.add(weight);
      return this;
    }

    Weighted<T> build() {
      int[] cumulative = new int[weights.size()];
      int sum = 0;
      for (int i = 0; i < cumulative.length; i++) {
        sum = Math.addExact(sum, weights.get(i));
        cumulative[i] = sum;
      }
      return new Weighted<>(values, cumulative);
    }
  }
}
