package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;
import org.oversight.register.vendor.VendorNames;

/**
 * What an asset question asks for. Every criterion is optional; those given combine with AND. A
 * criterion left out matches every asset.
 *
 * <p>Immutable and thread-safe; the sets are copied, and iterate in code order.
 *
 * @param manufacturer a vendor or corporate group, matched by group, brand and alias; null for any
 * @param capabilities any of these capabilities; empty for any
 * @param categories any of these categories; empty for any
 * @param advanced true for advanced CCTV only, false for non-advanced only, null for either
 * @param relationship owned, operated, or either
 * @param planned true for planned equipment (status {@code PLANNED}) instead of equipment in
 *     service
 * @param plannedWithinMonths with {@code planned}: only plans expected in service within this many
 *     months of the day of receipt (plans with no expected date recorded are included, and the
 *     answer says so); null for any plan
 * @param inServiceFrom with {@code inServiceTo}: equipment in service at any time from this day,
 *     instead of on the day of receipt; null for the day of receipt
 * @param inServiceTo the last day of that period; null for the day of receipt
 */
public record AssetCriteria(
    @Nullable String manufacturer,
    Set<Capability> capabilities,
    Set<AssetCategory> categories,
    @Nullable Boolean advanced,
    Relationship relationship,
    boolean planned,
    @Nullable Integer plannedWithinMonths,
    @Nullable LocalDate inServiceFrom,
    @Nullable LocalDate inServiceTo) {

  /** The longest planning horizon a question may ask about: ten years. */
  public static final int MAX_HORIZON_MONTHS = 120;

  /** A vendor or corporate group. */
  public static final Field<AssetCriteria, String> MANUFACTURER =
      Field.optional("manufacturer", ValueType.text(200), AssetCriteria::manufacturer);

  /** Any of these capabilities. */
  public static final Field<AssetCriteria, SortedSet<Capability>> CAPABILITIES =
      Field.defaulted(
          "capabilities",
          new ValueType.Capabilities(ValueType.Capabilities.DEFAULT_MAX),
          ImmutableSortedSet.<Capability>of(),
          c -> ImmutableSortedSet.copyOf(c.capabilities()));

  /** Any of these categories. */
  public static final Field<AssetCriteria, Set<AssetCategory>> CATEGORIES =
      Field.defaulted(
          "categories",
          new ValueType.Choices<>(AssetCategory.class),
          Set.of(),
          AssetCriteria::categories);

  /** Advanced CCTV only (true), non-advanced only (false), or either (absent). */
  public static final Field<AssetCriteria, Boolean> ADVANCED =
      Field.optional("advanced", new ValueType.Flag(), AssetCriteria::advanced);

  /** Owned, operated or either. */
  public static final Field<AssetCriteria, Relationship> RELATIONSHIP =
      Field.defaulted(
          "relationship",
          new ValueType.Choice<>(Relationship.class),
          Relationship.OWNS_OR_OPERATES,
          AssetCriteria::relationship);

  /** Planned equipment instead of equipment in service. */
  public static final Field<AssetCriteria, Boolean> PLANNED =
      Field.defaulted("planned", new ValueType.Flag(), false, AssetCriteria::planned);

  /** With planned: within this many months of receipt. */
  public static final Field<AssetCriteria, Integer> PLANNED_WITHIN_MONTHS =
      Field.optional(
              "plannedWithinMonths",
              new ValueType.WholeNumber(1, MAX_HORIZON_MONTHS),
              AssetCriteria::plannedWithinMonths)
          .label("planned within months");

  /** The first day of a period of service asked about. */
  public static final Field<AssetCriteria, LocalDate> IN_SERVICE_FROM =
      Field.optional("inServiceFrom", new ValueType.Day(), AssetCriteria::inServiceFrom)
          .label("in service from");

  /** The last day of a period of service asked about. */
  public static final Field<AssetCriteria, LocalDate> IN_SERVICE_TO =
      Field.optional("inServiceTo", new ValueType.Day(), AssetCriteria::inServiceTo)
          .label("in service to");

  /** The description of asset criteria. */
  public static final RecordType<AssetCriteria> TYPE =
      RecordType.builder("asset criteria", AssetCriteria.class)
          .fields(
              MANUFACTURER,
              CAPABILITIES,
              CATEGORIES,
              ADVANCED,
              RELATIONSHIP,
              PLANNED,
              PLANNED_WITHIN_MONTHS,
              IN_SERVICE_FROM,
              IN_SERVICE_TO)
          .constructor(
              v ->
                  new AssetCriteria(
                      v.get(MANUFACTURER),
                      v.require(CAPABILITIES),
                      v.require(CATEGORIES),
                      v.get(ADVANCED),
                      v.require(RELATIONSHIP),
                      v.require(PLANNED),
                      v.get(PLANNED_WITHIN_MONTHS),
                      v.get(IN_SERVICE_FROM),
                      v.get(IN_SERVICE_TO)))
          .build();

  /** Criteria that match every asset the organisation owns or operates. */
  public static final AssetCriteria ANY =
      new AssetCriteria(null, Set.of(), Set.of(), null, Relationship.OWNS_OR_OPERATES);

  /**
   * Creates a value.
   *
   * @param manufacturer a vendor or corporate group; null for any
   * @param capabilities any of these capabilities; empty for any
   * @param categories any of these categories; empty for any
   * @param advanced true for advanced CCTV only, false for non-advanced only, null for either
   * @param relationship owned, operated, or either
   * @param planned planned equipment instead of equipment in service
   * @param plannedWithinMonths with planned, the horizon in months; null for any plan
   * @param inServiceFrom the first day of a period of service; null for the day of receipt
   * @param inServiceTo the last day of that period; null for the day of receipt
   * @throws NullPointerException if a required component is null
   * @throws InvalidFoiRequestException (an {@link IllegalArgumentException}) at {@code
   *     /manufacturer} if the manufacturer has no letters or digits, or is a placeholder such as
   *     "Unknown" ({@link VendorNames#isPlaceholder})
   */
  public AssetCriteria {
    capabilities = ImmutableSortedSet.copyOf(requireNonNull(capabilities, "capabilities"));
    categories = Sets.immutableEnumSet(requireNonNull(categories, "categories"));
    requireNonNull(relationship, "relationship");
    if (manufacturer != null && manufacturer.chars().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidFoiRequestException(
          List.of(Problem.at("/manufacturer", null, "must contain a letter or digit")));
    }
    if (manufacturer != null && VendorNames.isPlaceholder(manufacturer)) {
      throw new InvalidFoiRequestException(
          List.of(
              Problem.at(
                  "/manufacturer",
                  null,
                  "is a placeholder for an unknown manufacturer, not a vendor to ask about")));
    }
    List<Problem> problems = new ArrayList<>();
    if (plannedWithinMonths != null && !planned) {
      problems.add(
          Problem.at(
              "/plannedWithinMonths", null, "is only for a question about planned equipment"));
    }
    if ((inServiceFrom == null) != (inServiceTo == null)) {
      problems.add(
          Problem.at(
              inServiceFrom == null ? "/inServiceFrom" : "/inServiceTo",
              null,
              "a period of service needs both inServiceFrom and inServiceTo"));
    } else if (inServiceFrom != null && inServiceTo != null) {
      if (planned) {
        problems.add(
            Problem.at("/inServiceFrom", null, "a period of service is not for planned equipment"));
      }
      if (inServiceTo.isBefore(inServiceFrom)) {
        problems.add(
            Problem.at(
                "/inServiceTo",
                null,
                "must not be before inServiceFrom (" + inServiceFrom + "), was " + inServiceTo));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFoiRequestException(problems);
    }
  }

  /**
   * Creates criteria about equipment in service on the day of receipt.
   *
   * @param manufacturer a vendor or corporate group; null for any
   * @param capabilities any of these capabilities; empty for any
   * @param categories any of these categories; empty for any
   * @param advanced true for advanced CCTV only, false for non-advanced only, null for either
   * @param relationship owned, operated, or either
   * @throws InvalidFoiRequestException if the manufacturer breaks a rule
   */
  public AssetCriteria(
      @Nullable String manufacturer,
      Set<Capability> capabilities,
      Set<AssetCategory> categories,
      @Nullable Boolean advanced,
      Relationship relationship) {
    this(manufacturer, capabilities, categories, advanced, relationship, false, null, null, null);
  }

  /**
   * Returns these criteria about planned equipment, optionally within a horizon.
   *
   * @param withinMonths plans expected in service within this many months of receipt; null for any
   *     plan
   * @return new criteria, never null
   */
  public AssetCriteria withPlanned(@Nullable Integer withinMonths) {
    return new AssetCriteria(
        manufacturer,
        capabilities,
        categories,
        advanced,
        relationship,
        true,
        withinMonths,
        null,
        null);
  }

  /**
   * Returns these criteria about equipment in service at any time in a period.
   *
   * @param from the first day
   * @param to the last day
   * @return new criteria, never null
   */
  public AssetCriteria withInServiceDuring(LocalDate from, LocalDate to) {
    return new AssetCriteria(
        manufacturer,
        capabilities,
        categories,
        advanced,
        relationship,
        false,
        null,
        requireNonNull(from, "from"),
        requireNonNull(to, "to"));
  }

  /**
   * Returns these criteria with a manufacturer.
   *
   * @param name the vendor or group
   * @return new criteria, never null
   */
  public AssetCriteria withManufacturer(String name) {
    return new AssetCriteria(
        requireNonNull(name, "name"),
        capabilities,
        categories,
        advanced,
        relationship,
        planned,
        plannedWithinMonths,
        inServiceFrom,
        inServiceTo);
  }

  /**
   * Returns these criteria with any of the given capabilities.
   *
   * @param anyOf the capabilities
   * @return new criteria, never null
   */
  public AssetCriteria withCapabilities(Capability... anyOf) {
    return new AssetCriteria(
        manufacturer,
        Set.of(anyOf),
        categories,
        advanced,
        relationship,
        planned,
        plannedWithinMonths,
        inServiceFrom,
        inServiceTo);
  }

  /**
   * Returns these criteria with any of the given categories.
   *
   * @param anyOf the categories
   * @return new criteria, never null
   */
  public AssetCriteria withCategories(AssetCategory... anyOf) {
    return new AssetCriteria(
        manufacturer,
        capabilities,
        Set.of(anyOf),
        advanced,
        relationship,
        planned,
        plannedWithinMonths,
        inServiceFrom,
        inServiceTo);
  }

  /**
   * Returns these criteria limited to advanced CCTV, or to non-advanced.
   *
   * @param isAdvanced true for advanced only, false for non-advanced only
   * @return new criteria, never null
   */
  public AssetCriteria withAdvanced(boolean isAdvanced) {
    return new AssetCriteria(
        manufacturer,
        capabilities,
        categories,
        isAdvanced,
        relationship,
        planned,
        plannedWithinMonths,
        inServiceFrom,
        inServiceTo);
  }

  /**
   * Returns these criteria with a relationship.
   *
   * @param newRelationship owned, operated, or either
   * @return new criteria, never null
   */
  public AssetCriteria withRelationship(Relationship newRelationship) {
    return new AssetCriteria(
        manufacturer,
        capabilities,
        categories,
        advanced,
        newRelationship,
        planned,
        plannedWithinMonths,
        inServiceFrom,
        inServiceTo);
  }
}
