package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The decision to neither confirm nor deny whether information is held beyond what is disclosed:
 * the exemptions cited (the same bundle, word for word, whatever is held), the regime's general
 * NCND provision if it has one (FOISA s18(1)), and the questions it covers.
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param bundle the exemptions cited, in order
 * @param provision the general provision, such as {@code "18(1)"}; null under FOIA
 * @param questionIds the questions it covers, in the request's order
 */
public record Ncnd(
    List<CitedExemption> bundle, @Nullable String provision, List<String> questionIds) {

  /**
   * Creates a value.
   *
   * @param bundle the exemptions cited, at least one
   * @param provision the general provision, or null
   * @param questionIds the questions covered, at least one
   * @throws IllegalArgumentException if the bundle or the questions are empty
   */
  public Ncnd {
    bundle = List.copyOf(requireNonNull(bundle, "bundle"));
    questionIds = List.copyOf(requireNonNull(questionIds, "questionIds"));
    if (bundle.isEmpty() || questionIds.isEmpty()) {
      throw new IllegalArgumentException("NCND cites an exemption for at least one question");
    }
  }
}
