package org.oversight.register.testkit;

import static org.oversight.register.model.AssetCategory.ANPR_CAMERA;
import static org.oversight.register.model.AssetCategory.BODY_WORN_CAMERA;
import static org.oversight.register.model.AssetCategory.DRONE;
import static org.oversight.register.model.AssetCategory.FACIAL_RECOGNITION_SYSTEM;
import static org.oversight.register.model.AssetCategory.FIXED_CAMERA;
import static org.oversight.register.model.AssetCategory.HELICOPTER_CAMERA;
import static org.oversight.register.model.AssetCategory.OTHER;
import static org.oversight.register.model.AssetCategory.PTZ_CAMERA;
import static org.oversight.register.model.AssetCategory.THERMAL_CAMERA;
import static org.oversight.register.model.AssetCategory.VEHICLE_CAMERA;
import static org.oversight.register.model.AssetCategory.VIDEO_ANALYTICS_SOFTWARE;
import static org.oversight.register.model.AssetCategory.VIDEO_MANAGEMENT_SYSTEM;
import static org.oversight.register.model.Capability.AUDIO_ANALYTICS;
import static org.oversight.register.model.Capability.AUDIO_RECORDING;
import static org.oversight.register.model.Capability.BEHAVIOUR_ANALYTICS;
import static org.oversight.register.model.Capability.CROWD_MONITORING;
import static org.oversight.register.model.Capability.EMOTION_RECOGNITION;
import static org.oversight.register.model.Capability.GAIT_ANALYSIS;
import static org.oversight.register.model.Capability.LIVE_FACIAL_RECOGNITION;
import static org.oversight.register.model.Capability.LIVE_VIEW;
import static org.oversight.register.model.Capability.NIGHT_VISION;
import static org.oversight.register.model.Capability.NUMBER_PLATE_RECOGNITION;
import static org.oversight.register.model.Capability.OBJECT_DETECTION;
import static org.oversight.register.model.Capability.OPERATOR_INITIATED_FACIAL_RECOGNITION;
import static org.oversight.register.model.Capability.PAN_TILT_ZOOM;
import static org.oversight.register.model.Capability.PEOPLE_COUNTING;
import static org.oversight.register.model.Capability.RECORDING;
import static org.oversight.register.model.Capability.RETROSPECTIVE_FACIAL_RECOGNITION;
import static org.oversight.register.model.Capability.TEMPERATURE_SCREENING;
import static org.oversight.register.model.Capability.THERMAL_IMAGING;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;

/**
 * The generator's distributions, as fixed tables. Values are shared between generated assets
 * (strings, capability sets), which keeps a million-asset register small and quick to build.
 * Everything here is immutable; the tables are documented in {@code docs/testkit.md}.
 */
final class Tables {
  private Tables() {}

  /** A kind of asset: a category, what it can do, and how it is described. */
  record Profile(AssetCategory category, SortedSet<Capability> capabilities, String description) {}

  /** Who made a product and the name on it; either may be unknown. */
  record Vendor(@Nullable String manufacturer, @Nullable String brand, List<String> models) {}

  static final Weighted<Profile> PROFILES = profiles();

  static final Map<AssetCategory, Weighted<Vendor>> VENDORS = vendors();

  /** Smaller firms, picked with a skew towards the first: the long tail of manufacturers. */
  static final List<String> LONG_TAIL = longTail();

  static final List<String> ORGANISATIONS =
      List.of(
          "Essex Police",
          "Northumbria Police",
          "Kent Police",
          "Avon and Somerset Constabulary",
          "West Midlands Police",
          "Police Scotland",
          "Greater Manchester Police",
          "Thames Valley Police",
          "Dyfed-Powys Police",
          "Chelmsford City Council");

  static final List<String> SITES =
      List.of(
          "Chelmsford town centre",
          "Colchester town centre",
          "Southend seafront",
          "Basildon town centre",
          "Harlow bus station",
          "Braintree retail park",
          "Police headquarters",
          "Custody suite",
          "Traffic unit",
          "Force control room",
          "Marine unit",
          "Stansted approach roads",
          "A12 corridor",
          "M11 junction 8",
          "Clacton pier",
          "Witham station car park");

  static final List<String> DPIA_TITLES =
      List.of(
          "Public space CCTV",
          "Body-worn video",
          "Automatic number plate recognition",
          "Drones",
          "Facial recognition",
          "Custody CCTV",
          "Video analytics",
          "Vehicle cameras");

  static final List<String> SUPPLIERS =
      List.of(
          "Example Systems Ltd",
          "Secure Vision Integrators Ltd",
          "Bluelight Technology Partners",
          "County CCTV Services",
          "Northern Surveillance Ltd",
          "Coastal Communications plc");

  static final List<String> OWNERS = List.of("J. Smith", "A. Patel", "M. Jones", "S. O'Neill");

  static final List<String> OWNER_ROLES =
      List.of("Data Protection Officer", "Head of CCTV", "Information Rights Manager");

  static final List<String> AREAS =
      List.of(
          "Moulsham and Central",
          "Marconi",
          "Trinity",
          "Springfield North",
          "Patching Hall",
          "St Andrew's",
          "Goat Hall",
          "Great Baddow East");

  private static SortedSet<Capability> capabilities(Capability... capabilities) {
    // The asset's own immutable sorted set: passing it to Asset's constructor copies nothing.
    return Asset.builder("TEMPLATE")
        .category(OTHER)
        .deployment(Deployment.OVERT)
        .status(AssetStatus.PLANNED)
        .capabilities(capabilities)
        .build()
        .capabilities();
  }

  private static Weighted<Profile> profiles() {
    Capability weapon = Capability.of("X-WEAPON-DETECTION");
    Capability droneDetection = Capability.of("X-DRONE-DETECTION");
    Capability gunshot = Capability.of("X-GUNSHOT-LOCATION");
    return Weighted.<Profile>builder()
        .add(300, profile(FIXED_CAMERA, "Public-space camera", RECORDING, LIVE_VIEW))
        .add(120, profile(FIXED_CAMERA, "Public-space camera", RECORDING, LIVE_VIEW, NIGHT_VISION))
        .add(40, profile(FIXED_CAMERA, "Custody camera", RECORDING))
        .add(10, profile(FIXED_CAMERA, "Interview room camera", RECORDING, AUDIO_RECORDING))
        .add(8, profile(FIXED_CAMERA, "Counting camera", RECORDING, LIVE_VIEW, PEOPLE_COUNTING))
        .add(6, profile(FIXED_CAMERA, "Smart camera", RECORDING, OBJECT_DETECTION))
        .add(2, profile(FIXED_CAMERA, "Screening camera", RECORDING, TEMPERATURE_SCREENING))
        .add(3, profile(FIXED_CAMERA, "Smart camera", RECORDING, LIVE_VIEW, weapon))
        .add(
            100, profile(PTZ_CAMERA, "Town centre PTZ camera", RECORDING, LIVE_VIEW, PAN_TILT_ZOOM))
        .add(
            40,
            profile(
                PTZ_CAMERA,
                "Town centre PTZ camera",
                RECORDING,
                LIVE_VIEW,
                PAN_TILT_ZOOM,
                NIGHT_VISION))
        .add(
            4,
            profile(
                PTZ_CAMERA,
                "Event PTZ camera",
                RECORDING,
                LIVE_VIEW,
                PAN_TILT_ZOOM,
                CROWD_MONITORING))
        .add(150, profile(BODY_WORN_CAMERA, "Body-worn video", RECORDING, AUDIO_RECORDING))
        .add(
            40, profile(BODY_WORN_CAMERA, "Body-worn video", RECORDING, AUDIO_RECORDING, LIVE_VIEW))
        .add(30, profile(VEHICLE_CAMERA, "In-car camera", RECORDING))
        .add(20, profile(VEHICLE_CAMERA, "In-car camera", RECORDING, LIVE_VIEW))
        .add(15, profile(VEHICLE_CAMERA, "In-car ANPR", RECORDING, NUMBER_PLATE_RECOGNITION))
        .add(30, profile(ANPR_CAMERA, "ANPR camera", NUMBER_PLATE_RECOGNITION))
        .add(30, profile(ANPR_CAMERA, "ANPR camera", NUMBER_PLATE_RECOGNITION, RECORDING))
        .add(20, profile(DRONE, "Drone", RECORDING, LIVE_VIEW))
        .add(15, profile(DRONE, "Drone", RECORDING, LIVE_VIEW, THERMAL_IMAGING))
        .add(
            2,
            profile(DRONE, "Search drone", RECORDING, LIVE_VIEW, THERMAL_IMAGING, OBJECT_DETECTION))
        .add(
            6,
            profile(
                HELICOPTER_CAMERA,
                "Air support camera",
                RECORDING,
                LIVE_VIEW,
                PAN_TILT_ZOOM,
                THERMAL_IMAGING))
        .add(15, profile(THERMAL_CAMERA, "Thermal camera", THERMAL_IMAGING, RECORDING))
        .add(3, profile(THERMAL_CAMERA, "Screening camera", THERMAL_IMAGING, TEMPERATURE_SCREENING))
        .add(30, profile(VIDEO_MANAGEMENT_SYSTEM, "Video management system", RECORDING, LIVE_VIEW))
        .add(
            3,
            profile(
                VIDEO_MANAGEMENT_SYSTEM,
                "Video management system",
                RECORDING,
                LIVE_VIEW,
                OBJECT_DETECTION))
        .add(
            6,
            profile(
                VIDEO_ANALYTICS_SOFTWARE, "Video analytics", OBJECT_DETECTION, BEHAVIOUR_ANALYTICS))
        .add(
            4,
            profile(VIDEO_ANALYTICS_SOFTWARE, "Crowd analytics", PEOPLE_COUNTING, CROWD_MONITORING))
        .add(4, profile(VIDEO_ANALYTICS_SOFTWARE, "Video search", OBJECT_DETECTION))
        .add(2, profile(VIDEO_ANALYTICS_SOFTWARE, "Audio analytics", AUDIO_ANALYTICS))
        .add(1, profile(VIDEO_ANALYTICS_SOFTWARE, "Gait analysis", GAIT_ANALYSIS))
        .add(1, profile(VIDEO_ANALYTICS_SOFTWARE, "Emotion analysis", EMOTION_RECOGNITION))
        .add(
            3,
            profile(FACIAL_RECOGNITION_SYSTEM, "Live facial recognition", LIVE_FACIAL_RECOGNITION))
        .add(
            4,
            profile(
                FACIAL_RECOGNITION_SYSTEM,
                "Retrospective facial recognition",
                RETROSPECTIVE_FACIAL_RECOGNITION))
        .add(
            2,
            profile(
                FACIAL_RECOGNITION_SYSTEM,
                "Operator-initiated facial recognition",
                OPERATOR_INITIATED_FACIAL_RECOGNITION))
        .add(
            1,
            profile(
                FACIAL_RECOGNITION_SYSTEM,
                "Facial recognition",
                LIVE_FACIAL_RECOGNITION,
                RETROSPECTIVE_FACIAL_RECOGNITION))
        .add(8, profile(OTHER, "Equipment", new Capability[0]))
        .add(4, profile(OTHER, "Audio recorder", AUDIO_RECORDING))
        .add(2, profile(OTHER, "Gunshot detection", AUDIO_ANALYTICS, gunshot))
        .add(2, profile(OTHER, "Counter-drone sensor", droneDetection))
        .build();
  }

  private static Profile profile(
      AssetCategory category, String description, Capability... capabilities) {
    return new Profile(category, capabilities(capabilities), description);
  }

  private static Vendor vendor(
      @Nullable String manufacturer, @Nullable String brand, String... models) {
    return new Vendor(manufacturer, brand, List.of(models));
  }

  private static Weighted<Vendor> cctv() {
    return Weighted.<Vendor>builder()
        .add(180, vendor("Hikvision", "Hikvision", "DS-2CD2143G2-I", "DS-2DE4425IW-DE"))
        .add(15, vendor("HikVision", null, "DS-2CD2385G1-I"))
        .add(15, vendor("Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision"))
        .add(10, vendor(null, "EZVIZ", "C3W Pro"))
        .add(5, vendor("Hikvision", "EZVIZ", "C6N"))
        .add(120, vendor("Dahua Technology", "Dahua", "IPC-HFW2431S", "SD49425XB-HNR"))
        .add(10, vendor("Zhejiang Dahua Technology Co., Ltd.", null))
        .add(10, vendor(null, "Lorex", "LNB4321B"))
        .add(8, vendor("Dahua", "IndigoVision", "BX420"))
        .add(10, vendor("IndigoVision", "IndigoVision", "Ultra 5K"))
        .add(110, vendor("Axis Communications", "Axis", "Q6135-LE", "P1375-E", "M3106-L Mk II"))
        .add(70, vendor("Hanwha Vision", "Wisenet", "XNO-6080R"))
        .add(60, vendor("Bosch Security Systems", "Bosch", "AUTODOME IP 5000i"))
        .add(40, vendor("Avigilon", "Avigilon", "H5A"))
        .add(20, vendor("Motorola Solutions", "Avigilon"))
        .add(30, vendor("Zhejiang Uniview Technologies Co., Ltd.", "Uniview", "IPC2124LB"))
        .add(30, vendor("Panasonic", "i-PRO", "WV-S1536L"))
        .add(15, vendor("Sony", "Sony", "SNC-VB770"))
        .add(15, vendor("Canon", "Canon", "VB-H47"))
        .add(20, vendor("Vivotek", "Vivotek", "IB9389-H"))
        .add(15, vendor("Honeywell", "Honeywell"))
        .add(15, vendor("Pelco", "Pelco", "Spectra Enhanced"))
        .add(10, vendor("Mobotix", "Mobotix", "M16"))
        .add(10, vendor("Dallmeier", "Dallmeier"))
        .add(10, vendor("Synectics", "Synectics"))
        .add(5, vendor("Huawei", "Huawei"))
        .add(3, vendor("Nuuo", "Nuuo"))
        .add(5, vendor("Tiandy", "Tiandy"))
        .add(8, vendor("Milesight", "Milesight"))
        .build();
  }

  private static Map<AssetCategory, Weighted<Vendor>> vendors() {
    Map<AssetCategory, Weighted<Vendor>> byCategory = new EnumMap<>(AssetCategory.class);
    Weighted<Vendor> cctv = cctv();
    for (AssetCategory category : AssetCategory.values()) {
      byCategory.put(category, cctv);
    }
    byCategory.put(
        BODY_WORN_CAMERA,
        Weighted.<Vendor>builder()
            .add(40, vendor("Axon Enterprise", "Axon", "Body 3", "Body 4"))
            .add(25, vendor("Motorola Solutions", "Edesix", "VB400"))
            .add(20, vendor("Reveal Media", "Reveal", "D5"))
            .add(5, vendor("Hikvision", "Hikvision", "DS-MH2311"))
            .add(5, vendor("Zepcam", "Zepcam"))
            .build());
    byCategory.put(
        DRONE,
        Weighted.<Vendor>builder()
            .add(70, vendor("SZ DJI Technology Co., Ltd.", "DJI", "Matrice 300 RTK", "Mavic 3"))
            .add(10, vendor("Autel Robotics", "Autel", "EVO II"))
            .add(8, vendor("Parrot", "Parrot", "ANAFI USA"))
            .add(5, vendor("Skydio", "Skydio", "X2"))
            .build());
    byCategory.put(
        HELICOPTER_CAMERA,
        Weighted.<Vendor>builder()
            .add(50, vendor("Teledyne FLIR", "FLIR", "Star SAFIRE 380-HDc"))
            .add(30, vendor("L3Harris", "Wescam", "MX-15"))
            .add(20, vendor("Trakka Systems", "Trakka"))
            .build());
    byCategory.put(
        THERMAL_CAMERA,
        Weighted.<Vendor>builder()
            .add(40, vendor("Teledyne FLIR", "FLIR", "FC-Series R"))
            .add(20, vendor("Hikvision", "Hikvision", "DS-2TD2617-10/PA"))
            .add(10, vendor("Axis Communications", "Axis", "Q1961-TE"))
            .add(10, vendor("Dahua Technology", "Dahua"))
            .add(5, vendor("Bosch Security Systems", "Bosch"))
            .build());
    Weighted<Vendor> anpr =
        Weighted.<Vendor>builder()
            .add(20, vendor("Hikvision", "Hikvision", "iDS-TCM403-BI"))
            .add(10, vendor("Dahua Technology", "Dahua", "ITC431-RW1F-IRL8"))
            .add(20, vendor("Genetec", "AutoVu", "SharpZ3"))
            .add(15, vendor("Siemens Mobility", "Siemens", "SiCore"))
            .add(10, vendor("Kapsch TrafficCom", "Kapsch"))
            .add(15, vendor("Neology", "PIPS", "P392"))
            .add(15, vendor("Jenoptik", "Vysionics", "VECTOR"))
            .add(5, vendor("Videalert", "Videalert"))
            .build();
    byCategory.put(ANPR_CAMERA, anpr);
    byCategory.put(
        VIDEO_MANAGEMENT_SYSTEM,
        Weighted.<Vendor>builder()
            .add(30, vendor("Genetec", "Security Center"))
            .add(30, vendor("Milestone Systems", "XProtect"))
            .add(15, vendor("Motorola Solutions", "Avigilon", "Avigilon Control Center"))
            .add(10, vendor("Hikvision", "HikCentral"))
            .add(10, vendor("Synectics", "Synergy"))
            .build());
    byCategory.put(
        VIDEO_ANALYTICS_SOFTWARE,
        Weighted.<Vendor>builder()
            .add(30, vendor("BriefCam", "BriefCam", "BriefCam Review"))
            .add(10, vendor("Genetec", "Genetec"))
            .add(10, vendor("Motorola Solutions", "Avigilon", "Appearance Search"))
            .add(10, vendor("Hikvision", "Hikvision", "DeepinMind"))
            .add(5, vendor("Calipsa", "Calipsa"))
            .build());
    byCategory.put(
        FACIAL_RECOGNITION_SYSTEM,
        Weighted.<Vendor>builder()
            .add(40, vendor("NEC Corporation", "NeoFace", "NeoFace Watch", "NeoFace Reveal"))
            .add(20, vendor("Idemia", "Idemia"))
            .add(15, vendor("Facewatch", "Facewatch"))
            .add(10, vendor("Cognitec Systems", "Cognitec", "FaceVACS"))
            .add(10, vendor("Corsight AI", "Corsight"))
            .add(5, vendor("Digital Barriers", "Digital Barriers"))
            .build());
    return Map.copyOf(byCategory);
  }

  private static List<String> longTail() {
    String[] first = {
      "Apex",
      "Beacon",
      "Citadel",
      "Delta",
      "Ember",
      "Falcon",
      "Granite",
      "Harbour",
      "Iris",
      "Juniper",
      "Kestrel",
      "Lumen",
      "Meridian",
      "Northgate",
      "Orion",
      "Pinnacle",
      "Quartz",
      "Raven",
      "Sentinel",
      "Tamar"
    };
    String[] second = {"Vision", "Security", "Systems", "Optics", "Imaging", "CCTV"};
    List<String> names = new ArrayList<>(first.length * second.length);
    for (String a : first) {
      for (String b : second) {
        names.add(a + " " + b + " Ltd");
      }
    }
    return List.copyOf(names);
  }
}
