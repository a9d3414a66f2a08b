package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * An exemption the disclosure officer relies on for a question they answer themselves, with the
 * reasons s17(1)(c) requires and, for a qualified exemption, the public interest test s17(3)
 * requires (FOISA s16(1)(c) and s16(2)), all in the officer's words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param section the section of the regime's Act, such as {@code 31(1)(a)} (FOIA) or {@code
 *     35(1)(a)} (FOISA)
 * @param title what the exemption is about, such as "law enforcement"
 * @param qualified whether it is qualified (subject to the public interest test)
 * @param reasons why it applies
 * @param publicInterestFor for a qualified exemption, the factors in favour of disclosure
 * @param publicInterestAgainst for a qualified exemption, the factors in favour of the exemption
 * @param balance for a qualified exemption, why the balance falls where it does
 */
public record OfficerExemption(
    String section,
    String title,
    boolean qualified,
    String reasons,
    @Nullable String publicInterestFor,
    @Nullable String publicInterestAgainst,
    @Nullable String balance) {

  /** The section, as the regime's Act numbers it. */
  public static final Field<OfficerExemption, String> SECTION =
      Field.required("section", ValueType.text(50), OfficerExemption::section);

  /** What the exemption is about. */
  public static final Field<OfficerExemption, String> TITLE =
      Field.required("title", ValueType.text(200), OfficerExemption::title);

  /** Whether it is qualified. */
  public static final Field<OfficerExemption, Boolean> QUALIFIED =
      Field.required("qualified", new ValueType.Flag(), OfficerExemption::qualified);

  /** Why it applies. */
  public static final Field<OfficerExemption, String> REASONS =
      Field.required("reasons", ValueType.text(4000), OfficerExemption::reasons);

  /** The public interest in disclosure. */
  public static final Field<OfficerExemption, String> PUBLIC_INTEREST_FOR =
      Field.optional("publicInterestFor", ValueType.text(4000), OfficerExemption::publicInterestFor)
          .label("public interest in disclosure");

  /** The public interest in maintaining the exemption. */
  public static final Field<OfficerExemption, String> PUBLIC_INTEREST_AGAINST =
      Field.optional(
              "publicInterestAgainst",
              ValueType.text(4000),
              OfficerExemption::publicInterestAgainst)
          .label("public interest in maintaining the exemption");

  /** Why the balance falls where it does. */
  public static final Field<OfficerExemption, String> BALANCE =
      Field.optional("balance", ValueType.text(4000), OfficerExemption::balance);

  /** The description of an officer's exemption. */
  public static final RecordType<OfficerExemption> TYPE =
      RecordType.builder("officer exemption", OfficerExemption.class)
          .fields(
              SECTION,
              TITLE,
              QUALIFIED,
              REASONS,
              PUBLIC_INTEREST_FOR,
              PUBLIC_INTEREST_AGAINST,
              BALANCE)
          .constructor(
              v ->
                  new OfficerExemption(
                      v.require(SECTION),
                      v.require(TITLE),
                      v.require(QUALIFIED),
                      v.require(REASONS),
                      v.get(PUBLIC_INTEREST_FOR),
                      v.get(PUBLIC_INTEREST_AGAINST),
                      v.get(BALANCE)))
          .build();

  /**
   * Creates a value.
   *
   * @param section the section
   * @param title what it is about
   * @param qualified whether it is qualified
   * @param reasons why it applies
   * @param publicInterestFor the factors for disclosure, required when qualified
   * @param publicInterestAgainst the factors against, required when qualified
   * @param balance the balance, required when qualified
   * @throws InvalidFoiRequestException if the section does not start with its number, a qualified
   *     exemption lacks its public interest test, or an absolute one has one
   */
  public OfficerExemption {
    requireNonNull(section, "section");
    requireNonNull(title, "title");
    requireNonNull(reasons, "reasons");
    List<Problem> problems = new ArrayList<>();
    if (section.isEmpty() || !Character.isDigit(section.charAt(0))) {
      problems.add(
          Problem.at(
              "/section",
              null,
              "give the section's number as the Act has it, such as 31(1)(a), without the word"
                  + " \"section\""));
    }
    String[][] test = {
      {"publicInterestFor", publicInterestFor},
      {"publicInterestAgainst", publicInterestAgainst},
      {"balance", balance}
    };
    for (String[] part : test) {
      if (qualified && part[1] == null) {
        problems.add(
            Problem.at(
                "/" + part[0],
                null,
                "is required for a qualified exemption (the public interest test, s17(3))"));
      } else if (!qualified && part[1] != null) {
        problems.add(
            Problem.at(
                "/" + part[0], null, "is only for a qualified exemption: this one is absolute"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFoiRequestException(problems);
    }
  }
}
