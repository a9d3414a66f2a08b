package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a request: an {@code id}, the requester's {@code text}, and exactly one of asset
 * criteria, {@code dpiasFor} or {@code contractsFor} (the ids of earlier asset questions).
 *
 * <p>Immutable and thread-safe; lists are copied. Use {@link #assets}, {@link #dpiasFor} or {@link
 * #contractsFor} to create one.
 *
 * @param id the question's id, unique in its request
 * @param text the question as the requester wrote it
 * @param assets the asset criteria, for an asset question; otherwise null
 * @param dpiasFor the asset questions whose DPIAs are asked for; otherwise null
 * @param contractsFor the asset questions whose contracts are asked for; otherwise null
 */
public record FoiQuestion(
    String id,
    String text,
    @Nullable AssetCriteria assets,
    @Nullable List<String> dpiasFor,
    @Nullable List<String> contractsFor) {

  /**
   * Creates a value.
   *
   * @param id the question's id, unique in its request
   * @param text the question as the requester wrote it
   * @param assets the asset criteria, for an asset question; otherwise null
   * @param dpiasFor the asset questions whose DPIAs are asked for; otherwise null
   * @param contractsFor the asset questions whose contracts are asked for; otherwise null
   * @throws NullPointerException if {@code id} or {@code text} is null
   * @throws IllegalArgumentException if the id or text is blank, if not exactly one of {@code
   *     assets}, {@code dpiasFor} and {@code contractsFor} is given, or if a list given is empty
   */
  public FoiQuestion {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("question id must not be blank");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("question " + id + ": text must not be blank");
    }
    int kinds =
        (assets != null ? 1 : 0) + (dpiasFor != null ? 1 : 0) + (contractsFor != null ? 1 : 0);
    if (kinds != 1) {
      throw new IllegalArgumentException(
          "question "
              + id
              + ": give exactly one of assets, dpiasFor and contractsFor, was "
              + kinds);
    }
    dpiasFor = references(id, "dpiasFor", dpiasFor);
    contractsFor = references(id, "contractsFor", contractsFor);
  }

  private static @Nullable List<String> references(
      String id, String name, @Nullable List<String> ids) {
    if (ids == null) {
      return null;
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(
          "question " + id + ": " + name + " must name at least one earlier asset question");
    }
    return List.copyOf(ids);
  }

  /**
   * Creates an asset question.
   *
   * @param id the question's id
   * @param text the question as written
   * @param criteria what it asks for
   * @return the question, never null
   */
  public static FoiQuestion assets(String id, String text, AssetCriteria criteria) {
    return new FoiQuestion(id, text, requireNonNull(criteria, "criteria"), null, null);
  }

  /**
   * Creates a question for the DPIAs covering the assets of earlier asset questions.
   *
   * @param id the question's id
   * @param text the question as written
   * @param questionIds the earlier asset questions, at least one
   * @return the question, never null
   */
  public static FoiQuestion dpiasFor(String id, String text, String... questionIds) {
    return new FoiQuestion(id, text, null, List.of(questionIds), null);
  }

  /**
   * Creates a question for the contracts the assets of earlier asset questions were supplied under.
   *
   * @param id the question's id
   * @param text the question as written
   * @param questionIds the earlier asset questions, at least one
   * @return the question, never null
   */
  public static FoiQuestion contractsFor(String id, String text, String... questionIds) {
    return new FoiQuestion(id, text, null, null, List.of(questionIds));
  }

  /**
   * Returns what the question asks for.
   *
   * @return the kind, never null
   */
  public QuestionKind kind() {
    if (assets != null) {
      return QuestionKind.ASSETS;
    }
    return dpiasFor != null ? QuestionKind.DPIAS : QuestionKind.CONTRACTS;
  }

  /**
   * Returns the earlier questions this one refers to: {@code dpiasFor} or {@code contractsFor}.
   *
   * @return an unmodifiable list, empty for an asset question
   */
  public List<String> referencedQuestions() {
    if (dpiasFor != null) {
      return dpiasFor;
    }
    return contractsFor != null ? contractsFor : List.of();
  }
}
