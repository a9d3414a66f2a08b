package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * How a public answer treats a field by default: never part of it, disclosed, or withheld on a
 * ground a disclosure policy maps to an exemption of the regime (FOIA or FOISA). A policy may
 * withhold a disclosed field or disclose a withheld one; it can never disclose a field that is
 * {@link #never()} part of an answer.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind never, disclosed or withheld
 * @param ground why a withheld field is withheld; null unless {@code kind} is {@link Kind#WITHHELD}
 */
public record Disclosure(Kind kind, @Nullable Ground ground) {
  private static final Disclosure NEVER = new Disclosure(Kind.NEVER, null);
  private static final Disclosure DISCLOSED = new Disclosure(Kind.DISCLOSED, null);

  /** Whether a field is part of a public answer. */
  public enum Kind {
    /** Never part of a public answer: covert data, notes, internal links. */
    NEVER,
    /** Disclosed unless a policy withholds it. */
    DISCLOSED,
    /** Withheld unless a policy discloses it. */
    WITHHELD
  }

  /** Why a field is withheld by default; a disclosure policy maps each to an exemption. */
  public enum Ground {
    /** Prejudice to the prevention or detection of crime: FOIA s31(1)(a), FOISA s35(1)(a). */
    LAW_ENFORCEMENT,
    /** A third party's personal data: FOIA s40(2), FOISA s38(1)(b). */
    PERSONAL_DATA,
    /** Prejudice to commercial interests: FOIA s43(2), FOISA s33(1)(b). */
    COMMERCIAL_INTERESTS
  }

  /**
   * Creates a value.
   *
   * @param kind never, disclosed or withheld
   * @param ground the ground, exactly when {@code kind} is {@link Kind#WITHHELD}
   * @throws IllegalArgumentException if a ground is given without WITHHELD, or missing with it
   */
  public Disclosure {
    requireNonNull(kind, "kind");
    if ((kind == Kind.WITHHELD) != (ground != null)) {
      throw new IllegalArgumentException("a ground is given exactly when a field is withheld");
    }
  }

  /**
   * A field that is never part of a public answer.
   *
   * @return the disclosure, never null
   */
  public static Disclosure never() {
    return NEVER;
  }

  /**
   * A field disclosed unless a policy withholds it.
   *
   * @return the disclosure, never null
   */
  public static Disclosure disclosed() {
    return DISCLOSED;
  }

  /**
   * A field withheld on a ground unless a policy discloses it.
   *
   * @param ground why it is withheld
   * @return the disclosure, never null
   */
  public static Disclosure withheld(Ground ground) {
    return new Disclosure(Kind.WITHHELD, requireNonNull(ground, "ground"));
  }

  /**
   * Returns whether the field may appear in a public answer at all.
   *
   * @return false only for {@link Kind#NEVER}
   */
  public boolean isPublic() {
    return kind != Kind.NEVER;
  }
}
