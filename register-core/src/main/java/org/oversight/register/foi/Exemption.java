package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Disclosure;

/**
 * An exemption a policy may rely on, with its section under each regime, a short title and the
 * reason given to the requester (s17). A section is written without the word "section", for example
 * {@code "43(2)"}.
 *
 * <p>Immutable and thread-safe. The constants are the defaults of {@link
 * DisclosurePolicy#standard()}; a caller may define its own.
 *
 * @param foiaSection the section under FOIA
 * @param foisaSection the section under FOISA, or null if Scotland has no counterpart
 * @param title a short title, such as {@code "commercial interests"}
 * @param reason why it applies, one or two sentences for the letter
 */
public record Exemption(
    String foiaSection, @Nullable String foisaSection, String title, String reason) {

  /** Commercial interests: a contract's value (FOIA s43(2), FOISA s33(1)(b)). */
  public static final Exemption COMMERCIAL_INTERESTS =
      new Exemption(
          "43(2)",
          "33(1)(b)",
          "commercial interests",
          "Disclosing the prices paid would be likely to prejudice the commercial interests of the"
              + " organisation and its suppliers in future procurement; the public interest in"
              + " maintaining the exemption outweighs that in disclosure, as the fact of each"
              + " contract and its supplier are disclosed.");

  /** Personal information about someone other than the requester: a DPIA owner's name. */
  public static final Exemption PERSONAL_DATA =
      new Exemption(
          "40(2)",
          "38(1)(b)",
          "personal information",
          "The name of an individual member of staff is their personal data, and disclosing it"
              + " would breach the data protection principles.");

  /** Law enforcement: where equipment is sited (FOIA s31(1)(a), FOISA s35(1)(a)). */
  public static final Exemption LAW_ENFORCEMENT =
      new Exemption(
          "31(1)(a)",
          "35(1)(a)",
          "law enforcement",
          "Disclosing where equipment is sited would be likely to prejudice the prevention or"
              + " detection of crime, by showing where it is and is not deployed; the public"
              + " interest favours withholding locations while disclosing the equipment.");

  /** Information reasonably accessible to the requester by other means (s21, FOISA s25(1)). */
  public static final Exemption ACCESSIBLE_ELSEWHERE =
      new Exemption(
          "21",
          "25(1)",
          "information accessible by other means",
          "The information is already published and reasonably accessible to you; where to"
              + " find it is given in the answer.");

  /** Neither confirm nor deny: information supplied by, or concerning, security bodies. */
  public static final Exemption SECURITY_BODIES_NCND =
      new Exemption(
          "23(5)",
          null,
          "information supplied by, or concerning, certain security bodies",
          "To confirm or deny would itself disclose information relating to the security bodies.");

  /** Neither confirm nor deny: national security (FOIA s24(2), FOISA s31(1)). */
  public static final Exemption NATIONAL_SECURITY_NCND =
      new Exemption(
          "24(2)",
          "31(1)",
          "national security",
          "Exemption from the duty to confirm or deny is required to safeguard national"
              + " security.");

  /** Neither confirm nor deny: law enforcement (FOIA s31(3), FOISA s35(1)(a) and (b)). */
  public static final Exemption LAW_ENFORCEMENT_NCND =
      new Exemption(
          "31(3)",
          "35(1)(a) and (b)",
          "law enforcement",
          "To confirm or deny would be likely to prejudice the prevention or detection of crime"
              + " and the apprehension or prosecution of offenders, by revealing which tactics"
              + " and technologies are or are not in use.");

  /**
   * Creates a value.
   *
   * @param foiaSection the section under FOIA
   * @param foisaSection the section under FOISA, or null if Scotland has no counterpart
   * @param title a short title
   * @param reason why it applies
   * @throws NullPointerException if a required component is null
   */
  public Exemption {
    requireNonNull(foiaSection, "foiaSection");
    requireNonNull(title, "title");
    requireNonNull(reason, "reason");
  }

  /**
   * Returns the section under a regime.
   *
   * @param regime the regime
   * @return the section, or null if the regime has no counterpart
   */
  public @Nullable String section(Regime regime) {
    return regime == Regime.FOIA ? foiaSection : foisaSection;
  }

  /**
   * Returns the standard exemption for a ground a field is withheld on by default.
   *
   * @param ground the ground
   * @return {@link #LAW_ENFORCEMENT}, {@link #PERSONAL_DATA} or {@link #COMMERCIAL_INTERESTS}
   */
  public static Exemption forGround(Disclosure.Ground ground) {
    return switch (ground) {
      case LAW_ENFORCEMENT -> LAW_ENFORCEMENT;
      case PERSONAL_DATA -> PERSONAL_DATA;
      case COMMERCIAL_INTERESTS -> COMMERCIAL_INTERESTS;
    };
  }
}
