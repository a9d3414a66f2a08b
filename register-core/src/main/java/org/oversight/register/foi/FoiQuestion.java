package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.DocumentKind;
import org.oversight.register.validation.Problem;

/**
 * One question of a request: an {@code id}, the requester's {@code text}, and what it asks for, one
 * record per kind: {@link AssetsQuestion} (assets matching criteria), {@link DpiasQuestion} (the
 * DPIAs covering the assets of earlier asset questions), {@link ContractsQuestion} (their supply
 * contracts, or only the suppliers' names), {@link UsesQuestion} ("do you use ...": yes or no),
 * {@link DocumentsQuestion} (their governing documents: policies, procedures, assessments) and
 * {@link OfficerQuestion} (a question the register cannot answer, answered by the officer in the
 * request). New kinds are new records of this sealed type, each with its own fields in the
 * description {@link FoiQuestions#TYPE}.
 *
 * <p>Every question may carry the officer's choice to neither confirm nor deny ({@link #ncnd()}):
 * it can only add NCND to what the organisation's {@link NcndPolicy} decides, never remove it.
 *
 * <p>Every implementation is immutable and thread-safe.
 */
public sealed interface FoiQuestion
    permits AssetsQuestion,
        DpiasQuestion,
        ContractsQuestion,
        UsesQuestion,
        DocumentsQuestion,
        OfficerQuestion {

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
   * The members of a question's JSON form that say what kind it is, as a reader has them: exactly
   * one is given.
   *
   * @param assets criteria of an asset question, or null
   * @param dpiasFor question ids of a DPIA question, or null
   * @param contractsFor question ids of a contracts question, or null
   * @param doYouUse criteria of a "do you use" question, or null
   * @param documentsFor question ids of a documents question, or null
   * @param answeredByOfficer the officer's answer, or null
   */
  record Kinds(
      @Nullable AssetCriteria assets,
      @Nullable List<String> dpiasFor,
      @Nullable List<String> contractsFor,
      @Nullable AssetCriteria doYouUse,
      @Nullable List<String> documentsFor,
      @Nullable OfficerAnswer answeredByOfficer) {

    int given() {
      int n = 0;
      for (Object member :
          new Object[] {
            assets, dpiasFor, contractsFor, doYouUse, documentsFor, answeredByOfficer
          }) {
        n += member != null ? 1 : 0;
      }
      return n;
    }
  }

  /**
   * Creates a question from the members of its JSON form, as a reader has them.
   *
   * @param id the id
   * @param text the text
   * @param kinds the members that say what kind it is
   * @param ncnd the officer's choice to neither confirm nor deny
   * @param withoutPrices for a contracts question, whether prices may be left out
   * @param suppliersOnly for a contracts question, whether only suppliers' names are asked for
   * @param documentKinds for a documents question, the kinds asked for; empty for every kind
   * @return the question of the one kind given, never null
   * @throws InvalidFoiRequestException with every problem, each at a pointer relative to the
   *     question, if not exactly one kind is given or a member is given on a question of another
   *     kind
   */
  static FoiQuestion of(
      String id,
      String text,
      Kinds kinds,
      boolean ncnd,
      boolean withoutPrices,
      boolean suppliersOnly,
      Set<DocumentKind> documentKinds) {
    List<Problem> problems = new ArrayList<>();
    int given = kinds.given();
    if (given != 1) {
      problems.add(
          Problem.at(
              "",
              null,
              "give exactly one of \"assets\", \"dpiasFor\", \"contractsFor\", \"doYouUse\","
                  + " \"documentsFor\" and \"answeredByOfficer\", not "
                  + (given == 0 ? "none" : given)));
    }
    if (withoutPrices && kinds.contractsFor() == null) {
      problems.add(Problem.at("/withoutPrices", null, "is only for a contractsFor question"));
    }
    if (suppliersOnly && kinds.contractsFor() == null) {
      problems.add(Problem.at("/suppliersOnly", null, "is only for a contractsFor question"));
    }
    if (withoutPrices && suppliersOnly) {
      problems.add(
          Problem.at("/withoutPrices", null, "a suppliers-only question asks for no prices"));
    }
    if (!documentKinds.isEmpty() && kinds.documentsFor() == null) {
      problems.add(Problem.at("/documentKinds", null, "is only for a documentsFor question"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFoiRequestException(problems);
    }
    if (kinds.assets() != null) {
      return new AssetsQuestion(id, text, kinds.assets(), ncnd);
    }
    if (kinds.dpiasFor() != null) {
      return new DpiasQuestion(id, text, kinds.dpiasFor(), ncnd);
    }
    if (kinds.contractsFor() != null) {
      return new ContractsQuestion(
          id, text, kinds.contractsFor(), withoutPrices, ncnd, suppliersOnly);
    }
    if (kinds.doYouUse() != null) {
      return new UsesQuestion(id, text, kinds.doYouUse(), ncnd);
    }
    if (kinds.documentsFor() != null) {
      return new DocumentsQuestion(id, text, kinds.documentsFor(), documentKinds, ncnd);
    }
    return new OfficerQuestion(id, text, requireNonNull(kinds.answeredByOfficer()), ncnd);
  }

  /**
   * Creates a question from the members of its JSON form as they were before "do you use",
   * documents and officer-answered questions.
   *
   * @param id the id
   * @param text the text
   * @param assets criteria, or null
   * @param dpiasFor question ids, or null
   * @param contractsFor question ids, or null
   * @param ncnd the officer's choice to neither confirm nor deny
   * @param withoutPrices for a contracts question, whether prices may be left out
   * @return the question of the one kind given, never null
   * @throws InvalidFoiRequestException with every problem
   */
  static FoiQuestion of(
      String id,
      String text,
      @Nullable AssetCriteria assets,
      @Nullable List<String> dpiasFor,
      @Nullable List<String> contractsFor,
      boolean ncnd,
      boolean withoutPrices) {
    return of(
        id,
        text,
        new Kinds(assets, dpiasFor, contractsFor, null, null, null),
        ncnd,
        withoutPrices,
        false,
        Set.of());
  }

  /**
   * Creates a "do you use ..." question.
   *
   * @param id the question's id
   * @param text the question as written
   * @param criteria what it asks about
   * @return the question, never null
   */
  static UsesQuestion doYouUse(String id, String text, AssetCriteria criteria) {
    return new UsesQuestion(id, text, criteria, false);
  }

  /**
   * Creates a question for the governing documents of the assets of earlier questions.
   *
   * @param id the question's id
   * @param text the question as written
   * @param kinds the kinds of document asked for; empty for every kind
   * @param questionIds the earlier questions, at least one
   * @return the question, never null
   */
  static DocumentsQuestion documentsFor(
      String id, String text, Set<DocumentKind> kinds, String... questionIds) {
    return new DocumentsQuestion(id, text, List.of(questionIds), kinds, false);
  }

  /**
   * Creates a question answered by the disclosure officer.
   *
   * @param id the question's id
   * @param text the question as written
   * @param answer the officer's answer
   * @return the question, never null
   */
  static OfficerQuestion answeredByOfficer(String id, String text, OfficerAnswer answer) {
    return new OfficerQuestion(id, text, answer, false);
  }
}
