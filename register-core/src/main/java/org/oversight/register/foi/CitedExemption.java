package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

/**
 * An exemption a response relies on, with its section under the request's regime.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the wording's key, such as {@code "commercial-interests"}
 * @param section the section without the word "section", such as {@code "43(2)"}
 * @param qualified whether the public interest test applies
 * @param ncnd whether it is cited to neither confirm nor deny
 * @param officer for an exemption the disclosure officer relies on for a question they answer, its
 *     title, reasons and public interest test in their words; null for the shipped exemptions,
 *     worded by the templates
 */
public record CitedExemption(
    String key,
    String section,
    boolean qualified,
    boolean ncnd,
    @org.jspecify.annotations.Nullable OfficerExemption officer) {

  /**
   * Creates a value.
   *
   * @param key the wording's key
   * @param section the section
   * @param qualified whether the public interest test applies
   * @param ncnd whether it is cited to neither confirm nor deny
   * @param officer the officer's wording, or null for a shipped exemption
   * @throws NullPointerException if a required component is null
   */
  public CitedExemption {
    requireNonNull(key, "key");
    requireNonNull(section, "section");
  }

  /**
   * Creates a value for a shipped exemption, worded by the templates.
   *
   * @param key the wording's key
   * @param section the section
   * @param qualified whether the public interest test applies
   * @param ncnd whether it is cited to neither confirm nor deny
   * @throws NullPointerException if a component is null
   */
  public CitedExemption(String key, String section, boolean qualified, boolean ncnd) {
    this(key, section, qualified, ncnd, null);
  }
}
