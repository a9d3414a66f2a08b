package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.Problem;

/**
 * One question of a request: an {@code id}, the requester's {@code text}, and what it asks for, one
 * record per kind: {@link AssetsQuestion} (assets matching criteria), {@link DpiasQuestion} (the
 * DPIAs covering the assets of earlier asset questions), {@link ContractsQuestion} (their supply
 * contracts). New kinds are new records of this sealed type, each with its own fields in the
 * description {@link FoiQuestions#TYPE}.
 *
 * <p>Every question may carry the officer's choice to neither confirm nor deny ({@link #ncnd()}):
 * it can only add NCND to what the organisation's {@link NcndPolicy} decides, never remove it.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface FoiQuestion permits AssetsQuestion, DpiasQuestion, ContractsQuestion {

  /**
   * Returns the question's id.
   *
   * @return the id, never null
   */
  String id();

  /**
   * Returns the question as the requester wrote it.
   *
   * @return the text, never null
   */
  String text();

  /**
   * Returns whether the officer chose to neither confirm nor deny for this question.
   *
   * @return true when chosen
   */
  boolean ncnd();

  /**
   * Returns what the question asks for.
   *
   * @return the kind, never null
   */
  QuestionKind kind();

  /**
   * Returns the earlier questions this one refers to.
   *
   * @return an unmodifiable list, empty for an asset question
   */
  default List<String> referencedQuestions() {
    return List.of();
  }

  /**
   * Creates an asset question.
   *
   * @param id the question's id
   * @param text the question as written
   * @param criteria what it asks for
   * @return the question, never null
   * @throws InvalidFoiRequestException if the id is not an identifier or the text is blank
   */
  static AssetsQuestion assets(String id, String text, AssetCriteria criteria) {
    return new AssetsQuestion(id, text, criteria, false);
  }

  /**
   * Creates a question for the DPIAs covering the assets of earlier asset questions.
   *
   * @param id the question's id
   * @param text the question as written
   * @param questionIds the earlier asset questions, at least one
   * @return the question, never null
   * @throws InvalidFoiRequestException if the id, the text or the list breaks a rule
   */
  static DpiasQuestion dpiasFor(String id, String text, String... questionIds) {
    return new DpiasQuestion(id, text, List.of(questionIds), false);
  }

  /**
   * Creates a question for the contracts the assets of earlier asset questions were supplied under.
   *
   * @param id the question's id
   * @param text the question as written
   * @param questionIds the earlier asset questions, at least one
   * @return the question, never null
   * @throws InvalidFoiRequestException if the id, the text or the list breaks a rule
   */
  static ContractsQuestion contractsFor(String id, String text, String... questionIds) {
    return new ContractsQuestion(id, text, List.of(questionIds), false, false);
  }

  /**
   * Creates a question from the members of its JSON form, as a reader has them.
   *
   * @param id the id
   * @param text the text
   * @param assets criteria, or null
   * @param dpiasFor question ids, or null
   * @param contractsFor question ids, or null
   * @param ncnd the officer's choice to neither confirm nor deny
   * @param withoutPrices for a contracts question, whether prices may be left out
   * @return the question of the one kind given, never null
   * @throws InvalidFoiRequestException with every problem, each at a pointer relative to the
   *     question, if not exactly one kind is given or {@code withoutPrices} is set on a question
   *     that is not about contracts
   */
  static FoiQuestion of(
      String id,
      String text,
      @Nullable AssetCriteria assets,
      @Nullable List<String> dpiasFor,
      @Nullable List<String> contractsFor,
      boolean ncnd,
      boolean withoutPrices) {
    List<Problem> problems = new ArrayList<>();
    int kinds =
        (assets != null ? 1 : 0) + (dpiasFor != null ? 1 : 0) + (contractsFor != null ? 1 : 0);
    if (kinds != 1) {
      problems.add(
          Problem.at(
              "",
              null,
              "give exactly one of \"assets\", \"dpiasFor\" and \"contractsFor\", not "
                  + (kinds == 0 ? "none" : kinds)));
    }
    if (withoutPrices && contractsFor == null) {
      problems.add(Problem.at("/withoutPrices", null, "is only for a contractsFor question"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFoiRequestException(problems);
    }
    if (assets != null) {
      return new AssetsQuestion(id, text, assets, ncnd);
    }
    if (dpiasFor != null) {
      return new DpiasQuestion(id, text, dpiasFor, ncnd);
    }
    return new ContractsQuestion(id, text, requireNonNull(contractsFor), withoutPrices, ncnd);
  }
}
