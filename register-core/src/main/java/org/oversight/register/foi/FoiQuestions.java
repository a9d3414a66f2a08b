package org.oversight.register.foi;

import java.util.List;
import java.util.Set;
import org.oversight.register.model.DocumentKind;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;

/**
 * The description of a question of a request ({@link FoiQuestion}) as its JSON form has it: an id,
 * the text, exactly one of {@code assets}, {@code dpiasFor}, {@code contractsFor}, {@code
 * doYouUse}, {@code documentsFor} and {@code answeredByOfficer}, and the flags {@code ncnd}, {@code
 * withoutPrices} and {@code suppliersOnly} and the list {@code documentKinds}. The JSON reader and
 * the request's JSON Schema follow it. Kept apart from the sealed interface so that describing the
 * kinds does not initialise them.
 */
public final class FoiQuestions {
  private FoiQuestions() {}

  /**
   * The question's id: unique in its request, an identifier such as {@code "1"} or {@code "q2"}.
   */
  public static final Field<FoiQuestion, String> ID =
      Field.required("id", ValueType.Identifier.STRING, FoiQuestion::id);

  /** The question as the requester wrote it. */
  public static final Field<FoiQuestion, String> TEXT =
      Field.required("text", ValueType.text(4000), FoiQuestion::text);

  /** The criteria of an asset question. */
  public static final Field<FoiQuestion, AssetCriteria> ASSETS =
      Field.optional(
          "assets",
          new ValueType.Nested<>(AssetCriteria.TYPE),
          q -> q instanceof AssetsQuestion a ? a.criteria() : null);

  /** The earlier asset questions whose DPIAs a DPIA question asks for. */
  public static final Field<FoiQuestion, List<String>> DPIAS_FOR =
      Field.optional(
          "dpiasFor",
          new ValueType.IdList("questions", "question", 256),
          q -> q instanceof DpiasQuestion d ? d.about() : null);

  /** The earlier asset questions whose contracts a contracts question asks for. */
  public static final Field<FoiQuestion, List<String>> CONTRACTS_FOR =
      Field.optional(
          "contractsFor",
          new ValueType.IdList("questions", "question", 256),
          q -> q instanceof ContractsQuestion c ? c.about() : null);

  /** The criteria of a "do you use ..." question. */
  public static final Field<FoiQuestion, AssetCriteria> DO_YOU_USE =
      Field.<FoiQuestion, AssetCriteria>optional(
              "doYouUse",
              new ValueType.Nested<>(AssetCriteria.TYPE),
              q -> q instanceof UsesQuestion u ? u.criteria() : null)
          .label("do you use");

  /** The earlier questions whose governing documents a documents question asks for. */
  public static final Field<FoiQuestion, List<String>> DOCUMENTS_FOR =
      Field.optional(
          "documentsFor",
          new ValueType.IdList("questions", "question", 256),
          q -> q instanceof DocumentsQuestion d ? d.about() : null);

  /** For a documents question: the kinds of document asked for; absent for every kind. */
  public static final Field<FoiQuestion, Set<DocumentKind>> DOCUMENT_KINDS =
      Field.<FoiQuestion, Set<DocumentKind>>defaulted(
              "documentKinds",
              new ValueType.Choices<>(DocumentKind.class),
              Set.of(),
              q -> q instanceof DocumentsQuestion d ? d.kinds() : Set.of())
          .label("document kinds");

  /** The officer's answer to a question the register cannot answer. */
  public static final Field<FoiQuestion, OfficerAnswer> ANSWERED_BY_OFFICER =
      Field.<FoiQuestion, OfficerAnswer>optional(
              "answeredByOfficer",
              new ValueType.Nested<>(OfficerAnswer.TYPE),
              q -> q instanceof OfficerQuestion o ? o.answer() : null)
          .label("answered by the officer");

  /** The officer's choice to neither confirm nor deny for this question. */
  public static final Field<FoiQuestion, Boolean> NCND =
      Field.defaulted("ncnd", new ValueType.Flag(), false, FoiQuestion::ncnd)
          .label("neither confirm nor deny");

  /** For a contracts question: the requester said prices may be left out. */
  public static final Field<FoiQuestion, Boolean> WITHOUT_PRICES =
      Field.<FoiQuestion, Boolean>defaulted(
              "withoutPrices",
              new ValueType.Flag(),
              false,
              q -> q instanceof ContractsQuestion c && c.withoutPrices())
          .label("without prices");

  /** For a contracts question: only the suppliers' names are asked for. */
  public static final Field<FoiQuestion, Boolean> SUPPLIERS_ONLY =
      Field.<FoiQuestion, Boolean>defaulted(
              "suppliersOnly",
              new ValueType.Flag(),
              false,
              q -> q instanceof ContractsQuestion c && c.suppliersOnly())
          .label("suppliers only");

  /** The description of a question: exactly one of its kinds. */
  public static final RecordType<FoiQuestion> TYPE =
      RecordType.builder("question", FoiQuestion.class)
          .fields(
              ID,
              TEXT,
              ASSETS,
              DPIAS_FOR,
              CONTRACTS_FOR,
              DO_YOU_USE,
              DOCUMENTS_FOR,
              DOCUMENT_KINDS,
              ANSWERED_BY_OFFICER,
              NCND,
              WITHOUT_PRICES,
              SUPPLIERS_ONLY)
          .id(ID)
          .constructor(
              v ->
                  FoiQuestion.of(
                      v.require(ID),
                      v.require(TEXT),
                      new FoiQuestion.Kinds(
                          v.get(ASSETS),
                          v.get(DPIAS_FOR),
                          v.get(CONTRACTS_FOR),
                          v.get(DO_YOU_USE),
                          v.get(DOCUMENTS_FOR),
                          v.get(ANSWERED_BY_OFFICER)),
                      v.require(NCND),
                      v.require(WITHOUT_PRICES),
                      v.require(SUPPLIERS_ONLY),
                      v.require(DOCUMENT_KINDS)))
          .build();
}
