package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something an asset can do: one of the standard codes of the register format, or a register's own
 * code written {@code X-} followed by upper-case letters, digits and hyphens (for example {@code
 * X-WEAPON-DETECTION}).
 *
 * <p>Immutable and thread-safe; compared by code. The standard capabilities are constants of this
 * class and sort first, in the order they are declared; custom ones follow in code order. {@link
 * #of(String)} accepts any text so that a reader can report a bad code together with every other
 * problem; {@link org.oversight.register.RegisterValidator} rejects codes that are neither standard
 * nor of the custom form.
 */
public final class Capability implements Comparable<Capability> {

  /** The prefix of a register's own capability codes. */
  public static final String CUSTOM_PREFIX = "X-";

  private static final Map<String, Capability> STANDARD = new LinkedHashMap<>();

  /** Records video. */
  public static final Capability RECORDING = standard("RECORDING");

  /** Shows video live to an operator. */
  public static final Capability LIVE_VIEW = standard("LIVE_VIEW");

  /** Pans, tilts and zooms. */
  public static final Capability PAN_TILT_ZOOM = standard("PAN_TILT_ZOOM");

  /** Sees in low light. */
  public static final Capability NIGHT_VISION = standard("NIGHT_VISION");

  /** Forms images from heat. */
  public static final Capability THERMAL_IMAGING = standard("THERMAL_IMAGING");

  /** Records sound. */
  public static final Capability AUDIO_RECORDING = standard("AUDIO_RECORDING");

  /** Reads number plates (ANPR). */
  public static final Capability NUMBER_PLATE_RECOGNITION = standard("NUMBER_PLATE_RECOGNITION");

  /** Matches faces against a watchlist in real time (LFR). */
  public static final Capability LIVE_FACIAL_RECOGNITION = standard("LIVE_FACIAL_RECOGNITION");

  /** Matches faces in recorded images after the event (RFR). */
  public static final Capability RETROSPECTIVE_FACIAL_RECOGNITION =
      standard("RETROSPECTIVE_FACIAL_RECOGNITION");

  /** Matches a face an officer captures, for example with a phone app (OIFR). */
  public static final Capability OPERATOR_INITIATED_FACIAL_RECOGNITION =
      standard("OPERATOR_INITIATED_FACIAL_RECOGNITION");

  /** Screens body temperature. */
  public static final Capability TEMPERATURE_SCREENING = standard("TEMPERATURE_SCREENING");

  /** Estimates crowd density or movement. */
  public static final Capability CROWD_MONITORING = standard("CROWD_MONITORING");

  /** Counts people. */
  public static final Capability PEOPLE_COUNTING = standard("PEOPLE_COUNTING");

  /** Detects objects (for example vehicles or bags). */
  public static final Capability OBJECT_DETECTION = standard("OBJECT_DETECTION");

  /** Flags behaviour (loitering, fighting, falls). */
  public static final Capability BEHAVIOUR_ANALYTICS = standard("BEHAVIOUR_ANALYTICS");

  /** Identifies people by the way they walk. */
  public static final Capability GAIT_ANALYSIS = standard("GAIT_ANALYSIS");

  /** Infers emotion from faces or voices. */
  public static final Capability EMOTION_RECOGNITION = standard("EMOTION_RECOGNITION");

  /** Analyses sound (for example gunshot or aggression detection). */
  public static final Capability AUDIO_ANALYTICS = standard("AUDIO_ANALYTICS");

  private static final List<Capability> STANDARD_LIST = List.copyOf(STANDARD.values());

  private final String code;
  private final int ordinal;

  private Capability(String code, int ordinal) {
    this.code = code;
    this.ordinal = ordinal;
  }

  private static Capability standard(String code) {
    Capability capability = new Capability(code, STANDARD.size());
    STANDARD.put(code, capability);
    return capability;
  }

  /**
   * Returns the capability with the given code: the standard constant if there is one, otherwise a
   * custom capability. The form of a custom code is checked by the register validator, not here.
   *
   * @param code the capability code, for example {@code "LIVE_FACIAL_RECOGNITION"} or {@code
   *     "X-WEAPON-DETECTION"}
   * @return the capability, never null
   * @throws NullPointerException if {@code code} is null
   */
  public static Capability of(String code) {
    requireNonNull(code, "code");
    Capability standard = STANDARD.get(code);
    return standard != null ? standard : new Capability(code, Integer.MAX_VALUE);
  }

  /**
   * Returns the standard capability with the given code, if there is one.
   *
   * @param code a code
   * @return the standard capability, or empty if {@code code} is not a standard code
   */
  public static Optional<Capability> standardOf(String code) {
    return Optional.ofNullable(STANDARD.get(requireNonNull(code, "code")));
  }

  /**
   * Returns the standard capabilities in their declared order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<Capability> standardValues() {
    return STANDARD_LIST;
  }

  /**
   * Returns whether a code is a standard code or a well-formed custom one: {@code X-} followed by
   * one or more upper-case letters, digits and hyphens.
   *
   * @param code a code
   * @return true when a register may use it
   */
  public static boolean isValidCode(String code) {
    requireNonNull(code, "code");
    if (STANDARD.containsKey(code)) {
      return true;
    }
    if (!code.startsWith(CUSTOM_PREFIX) || code.length() == CUSTOM_PREFIX.length()) {
      return false;
    }
    for (int i = CUSTOM_PREFIX.length(); i < code.length(); i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the code as written in a register document.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * Returns whether this is one of the register format's standard capabilities.
   *
   * @return true for a standard capability, false for a custom {@code X-} one
   */
  public boolean isStandard() {
    return ordinal != Integer.MAX_VALUE;
  }

  /**
   * Returns whether this is a custom capability: a code starting with {@code X-}.
   *
   * @return true when the code starts with {@code X-}
   */
  public boolean isCustom() {
    return !isStandard() && code.startsWith(CUSTOM_PREFIX);
  }

  @Override
  public int compareTo(Capability other) {
    int byOrdinal = Integer.compare(ordinal, other.ordinal);
    return byOrdinal != 0 ? byOrdinal : code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Capability that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
