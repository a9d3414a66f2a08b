package org.oversight.register.foi;

import java.util.List;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;

/**
 * The description of a question of a request ({@link FoiQuestion}) as its JSON form has it: an id,
 * the text, exactly one of {@code assets}, {@code dpiasFor} and {@code contractsFor}, and the flags
 * {@code ncnd} and {@code withoutPrices}. The JSON reader and the request's JSON Schema follow it.
 * Kept apart from the sealed interface so that describing the kinds does not initialise them.
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

  /** The description of a question: exactly one of assets, dpiasFor and contractsFor. */
  public static final RecordType<FoiQuestion> TYPE =
      RecordType.builder("question", FoiQuestion.class)
          .fields(ID, TEXT, ASSETS, DPIAS_FOR, CONTRACTS_FOR, NCND, WITHOUT_PRICES)
          .id(ID)
          .constructor(
              v ->
                  FoiQuestion.of(
                      v.require(ID),
                      v.require(TEXT),
                      v.get(ASSETS),
                      v.get(DPIAS_FOR),
                      v.get(CONTRACTS_FOR),
                      v.require(NCND),
                      v.require(WITHOUT_PRICES)))
          .build();
}
