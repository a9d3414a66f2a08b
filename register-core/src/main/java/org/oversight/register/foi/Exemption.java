package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Disclosure;

/**
 * An exemption a policy may rely on: a key that names its wording in the letter templates, its
 * section under each regime, and whether it is qualified (subject to the public interest test). A
 * section is written without the word "section", for example {@code "43(2)"}. No English here: the
 * title, why it applies and the public interest factors are the templates' (see docs/foi.md).
 *
 * <p>Immutable and thread-safe. The constants are the defaults of {@link
 * DisclosurePolicy#standard()} and {@link NcndPolicy#standard()}; a caller may define its own and
 * give its wording in an organisation's templates.
 *
 * @param key the wording's key, lower case words joined by hyphens, such as {@code
 *     "commercial-interests"}
 * @param foiaSection the section under FOIA
 * @param foisaSection the section under FOISA, or null if Scotland has no counterpart
 * @param qualified whether the public interest test applies (FOIA s2, FOISA s2)
 */
public record Exemption(
    String key, String foiaSection, @Nullable String foisaSection, boolean qualified) {

  /** Commercial interests: a contract's value (FOIA s43(2), FOISA s33(1)(b)); qualified. */
  public static final Exemption COMMERCIAL_INTERESTS =
      new Exemption("commercial-interests", "43(2)", "33(1)(b)", true);

  /**
   * Personal information about someone other than the requester: a DPIA owner's name (FOIA s40(2)
   * by s40(3A)(a), FOISA s38(1)(b) by s38(2A)(a)); absolute in that limb.
   */
  public static final Exemption PERSONAL_DATA =
      new Exemption("personal-data", "40(2)", "38(1)(b)", false);

  /** Law enforcement: where equipment is sited (FOIA s31(1)(a), FOISA s35(1)(a)); qualified. */
  public static final Exemption LAW_ENFORCEMENT =
      new Exemption("law-enforcement", "31(1)(a)", "35(1)(a)", true);

  /** Information reasonably accessible to the requester by other means (s21, FOISA s25(1)). */
  public static final Exemption ACCESSIBLE_ELSEWHERE =
      new Exemption("accessible-elsewhere", "21", "25(1)", false);

  /** Neither confirm nor deny: security bodies (FOIA s23(5); absolute; none in FOISA). */
  public static final Exemption SECURITY_BODIES_NCND =
      new Exemption("security-bodies-ncnd", "23(5)", null, false);

  /** Neither confirm nor deny: national security (FOIA s24(2), FOISA s31(1) with s18). */
  public static final Exemption NATIONAL_SECURITY_NCND =
      new Exemption("national-security-ncnd", "24(2)", "31(1)", true);

  /** Neither confirm nor deny: law enforcement (FOIA s31(3), FOISA s35(1)(a) and (b) with s18). */
  public static final Exemption LAW_ENFORCEMENT_NCND =
      new Exemption("law-enforcement-ncnd", "31(3)", "35(1)(a) and (b)", true);

  /**
   * Creates a value.
   *
   * @param key the wording's key
   * @param foiaSection the section under FOIA
   * @param foisaSection the section under FOISA, or null
   * @param qualified whether the public interest test applies
   * @throws IllegalArgumentException if the key is not lower-case words joined by hyphens
   */
  public Exemption {
    requireNonNull(key, "key");
    requireNonNull(foiaSection, "foiaSection");
    if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException(
          "an exemption key is lower-case words joined by hyphens, was \"" + key + "\"");
    }
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
