package org.oversight.register.refdata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a reference-data file (a vendor directory or restriction lists) has bad lines. It
 * carries every bad line found in one pass, each with its line number.
 */
public final class ReferenceDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The bad lines, in line order. */
  @SuppressWarnings("serial") // an immutable List.copyOf of records; never serialised in practice
  private final List<ReferenceDataProblem> problems;

  /**
   * Creates an exception.
   *
   * @param problems the bad lines, at least one
   * @throws IllegalArgumentException if there are none
   */
  public ReferenceDataException(List<ReferenceDataProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<ReferenceDataProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ReferenceDataException needs at least one problem");
    }
    return problems.stream().map(ReferenceDataProblem::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Returns every bad line, in line order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<ReferenceDataProblem> problems() {
    return problems;
  }
}
