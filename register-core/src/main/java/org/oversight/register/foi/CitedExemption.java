package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

/**
 * An exemption a response relies on, with its section under the request's regime.
 *
 * <p>Immutable and thread-safe.
 *
 * @param section the section without the word "section", such as {@code "43(2)"}
 * @param title a short title, such as {@code "commercial interests"}
 * @param reason why it applies
 */
public record CitedExemption(String section, String title, String reason) {

  /**
   * Creates a value.
   *
   * @param section the section, such as {@code "43(2)"}
   * @param title a short title
   * @param reason why it applies
   * @throws NullPointerException if a component is null
   */
  public CitedExemption {
    requireNonNull(section, "section");
    requireNonNull(title, "title");
    requireNonNull(reason, "reason");
  }
}
