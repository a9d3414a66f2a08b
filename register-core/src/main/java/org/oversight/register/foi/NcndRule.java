package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;

/**
 * Decides whether a request is of a class that calls for neither confirming nor denying whether
 * further information is held. It sees the request only — never the register — so the decision is
 * the same whatever is or is not held (DOMAIN.md rule 2; ICO: NCND is used consistently, every time
 * that type of information is asked for).
 *
 * <p>Implementations must be deterministic, side-effect free and thread-safe.
 */
@FunctionalInterface
public interface NcndRule {

  /** The capabilities that do not make a question touch advanced capability. */
  Set<Capability> RECORDING_CAPABILITIES =
      Set.of(
          Capability.RECORDING,
          Capability.LIVE_VIEW,
          Capability.PAN_TILT_ZOOM,
          Capability.NIGHT_VISION,
          Capability.THERMAL_IMAGING,
          Capability.AUDIO_RECORDING);

  /**
   * Returns whether the request is of a class that calls for NCND.
   *
   * @param request the request
   * @return true when the NCND paragraph applies
   */
  boolean appliesTo(FoiRequest request);

  /**
   * Returns the default rule: a request touches facial recognition or advanced capability when any
   * asset question asks for {@code advanced: true}, for a capability other than the recording ones
   * (facial recognition included), or for the categories {@code FACIAL_RECOGNITION_SYSTEM}, {@code
   * ANPR_CAMERA} or {@code VIDEO_ANALYTICS_SOFTWARE}; or when the text of any question mentions
   * "facial", "face recognition", "biometric", "covert" or "advanced" (case-insensitive). The Essex
   * request ("advanced CCTV") is of this class.
   *
   * @return the rule, never null
   */
  static NcndRule standard() {
    return touching(
        RECORDING_CAPABILITIES,
        Set.of(
            AssetCategory.FACIAL_RECOGNITION_SYSTEM,
            AssetCategory.ANPR_CAMERA,
            AssetCategory.VIDEO_ANALYTICS_SOFTWARE),
        List.of("facial", "face recognition", "biometric", "covert", "advanced"));
  }

  /**
   * Returns a rule that applies when any asset question asks for advanced CCTV, for a capability
   * outside {@code recordingCapabilities}, or for one of {@code categories}; or when any question's
   * text contains one of {@code keywords} (case-insensitive).
   *
   * @param recordingCapabilities capabilities that do not trigger NCND; every other one does
   * @param categories categories that trigger NCND
   * @param keywords words or phrases that trigger NCND when a question's text contains them
   * @return the rule, never null
   */
  static NcndRule touching(
      Set<Capability> recordingCapabilities, Set<AssetCategory> categories, List<String> keywords) {
    Set<Capability> recording = Set.copyOf(requireNonNull(recordingCapabilities, "recording"));
    Set<AssetCategory> triggers = Set.copyOf(requireNonNull(categories, "categories"));
    List<String> words =
        keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).filter(k -> !k.isBlank()).toList();
    return request -> {
      for (FoiQuestion question : request.questions()) {
        String text = question.text().toLowerCase(Locale.ROOT);
        for (String word : words) {
          if (text.contains(word)) {
            return true;
          }
        }
        AssetCriteria criteria = question.assets();
        if (criteria == null) {
          continue;
        }
        if (Boolean.TRUE.equals(criteria.advanced())) {
          return true;
        }
        for (Capability capability : criteria.capabilities()) {
          if (!recording.contains(capability)) {
            return true;
          }
        }
        for (AssetCategory category : criteria.categories()) {
          if (triggers.contains(category)) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /**
   * Returns a rule that never applies.
   *
   * @return the rule, never null
   */
  static NcndRule never() {
    return request -> false;
  }
}
