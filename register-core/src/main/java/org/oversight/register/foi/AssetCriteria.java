package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
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
 */
public record AssetCriteria(
    @Nullable String manufacturer,
    Set<Capability> capabilities,
    Set<AssetCategory> categories,
    @Nullable Boolean advanced,
    Relationship relationship) {

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

  /** The description of asset criteria. */
  public static final RecordType<AssetCriteria> TYPE =
      RecordType.builder("asset criteria", AssetCriteria.class)
          .fields(MANUFACTURER, CAPABILITIES, CATEGORIES, ADVANCED, RELATIONSHIP)
          .constructor(
              v ->
                  new AssetCriteria(
                      v.get(MANUFACTURER),
                      v.require(CAPABILITIES),
                      v.require(CATEGORIES),
                      v.get(ADVANCED),
                      v.require(RELATIONSHIP)))
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
  }

  /**
   * Returns these criteria with a manufacturer.
   *
   * @param name the vendor or group
   * @return new criteria, never null
   */
  public AssetCriteria withManufacturer(String name) {
    return new AssetCriteria(
        requireNonNull(name, "name"), capabilities, categories, advanced, relationship);
  }

  /**
   * Returns these criteria with any of the given capabilities.
   *
   * @param anyOf the capabilities
   * @return new criteria, never null
   */
  public AssetCriteria withCapabilities(Capability... anyOf) {
    return new AssetCriteria(manufacturer, Set.of(anyOf), categories, advanced, relationship);
  }

  /**
   * Returns these criteria with any of the given categories.
   *
   * @param anyOf the categories
   * @return new criteria, never null
   */
  public AssetCriteria withCategories(AssetCategory... anyOf) {
    return new AssetCriteria(manufacturer, capabilities, Set.of(anyOf), advanced, relationship);
  }

  /**
   * Returns these criteria limited to advanced CCTV, or to non-advanced.
   *
   * @param isAdvanced true for advanced only, false for non-advanced only
   * @return new criteria, never null
   */
  public AssetCriteria withAdvanced(boolean isAdvanced) {
    return new AssetCriteria(manufacturer, capabilities, categories, isAdvanced, relationship);
  }

  /**
   * Returns these criteria with a relationship.
   *
   * @param newRelationship owned, operated, or either
   * @return new criteria, never null
   */
  public AssetCriteria withRelationship(Relationship newRelationship) {
    return new AssetCriteria(manufacturer, capabilities, categories, advanced, newRelationship);
  }
}
