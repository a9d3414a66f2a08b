package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Disclosure.Ground;

/**
 * One entry of the register: a surveillance product, or a number of identical units of one, that
 * the organisation owns or operates.
 *
 * <p>Immutable and thread-safe. Collections are copied in and handed out unmodifiable; {@code
 * capabilities} is sorted (standard codes in declared order, then custom codes). {@link
 * #toString()} shows codes and the id only: never an authorisation reference, notes, a site, a
 * location or a description, so that logging an asset cannot leak covert free text.
 *
 * <p>The fields are described once, by the constants of this class and {@link #TYPE}: reading,
 * writing, validation, the JSON Schema, columns, public answers and generators follow them.
 *
 * @param id the identifier, unique in the register
 * @param description what it is, at most 500 characters, if recorded
 * @param manufacturer who made it, if known: absent means the manufacturer is unknown
 * @param brand the name on the product, which may differ from the manufacturer, if recorded
 * @param model the model, if recorded
 * @param category what kind of thing it is
 * @param capabilities what it can do, possibly nothing
 * @param deployment overt or covert
 * @param owned whether the organisation owns it
 * @param operated whether the organisation operates it
 * @param status where it is in its life
 * @param inServiceFrom the first day in service; required unless {@link AssetStatus#PLANNED}
 * @param inServiceUntil the last day in service; required when {@link AssetStatus#DECOMMISSIONED}
 * @param expectedInService for planned equipment, the day it is expected to come into service, if
 *     recorded; only when {@link AssetStatus#PLANNED}
 * @param quantity how many identical units the entry stands for, 1 to 10,000,000
 * @param site where it is, if recorded
 * @param area the ward, district or area it is in, if recorded
 * @param location where it stands, latitude and longitude, if recorded
 * @param dpiaIds the DPIAs that cover its processing
 * @param contractIds the contracts it was supplied under
 * @param authorisationRef a covert authorisation reference (never disclosed), only when covert
 * @param notes free text, at most 2000 characters, if any
 */
public record Asset(
    AssetId id,
    @Nullable String description,
    @Nullable String manufacturer,
    @Nullable String brand,
    @Nullable String model,
    AssetCategory category,
    SortedSet<Capability> capabilities,
    Deployment deployment,
    boolean owned,
    boolean operated,
    AssetStatus status,
    @Nullable LocalDate inServiceFrom,
    @Nullable LocalDate inServiceUntil,
    @Nullable LocalDate expectedInService,
    int quantity,
    @Nullable String site,
    @Nullable String area,
    @Nullable Location location,
    List<String> dpiaIds,
    List<String> contractIds,
    @Nullable String authorisationRef,
    @Nullable String notes) {

  /** The smallest quantity an entry may stand for. */
  public static final int MIN_QUANTITY = 1;

  /** The largest quantity an entry may stand for. */
  public static final int MAX_QUANTITY = 10_000_000;

  /** The identifier. */
  public static final Field<Asset, AssetId> ID =
      Field.required("id", new ValueType.Identifier<>(AssetId::of, AssetId::value), Asset::id);

  /** What it is. */
  public static final Field<Asset, String> DESCRIPTION =
      Field.optional("description", ValueType.text(500), Asset::description);

  /** Who made it; absent means unknown. */
  public static final Field<Asset, String> MANUFACTURER =
      Field.optional("manufacturer", ValueType.text(200).repeating(), Asset::manufacturer);

  /** The name on the product. */
  public static final Field<Asset, String> BRAND =
      Field.optional("brand", ValueType.text(200).repeating(), Asset::brand);

  /** The model. */
  public static final Field<Asset, String> MODEL =
      Field.optional("model", ValueType.text(200).repeating(), Asset::model);

  /** What kind of thing it is. */
  public static final Field<Asset, AssetCategory> CATEGORY =
      Field.required("category", new ValueType.Choice<>(AssetCategory.class), Asset::category);

  /** What it can do. */
  public static final Field<Asset, SortedSet<Capability>> CAPABILITIES =
      Field.required("capabilities", ValueType.Capabilities.INSTANCE, Asset::capabilities);

  /** Overt or covert. */
  public static final Field<Asset, Deployment> DEPLOYMENT =
      Field.required("deployment", new ValueType.Choice<>(Deployment.class), Asset::deployment)
          .disclosure(Disclosure.never());

  /** Whether the organisation owns it. */
  public static final Field<Asset, Boolean> OWNED =
      Field.required("owned", ValueType.Flag.INSTANCE, Asset::owned);

  /** Whether the organisation operates it. */
  public static final Field<Asset, Boolean> OPERATED =
      Field.required("operated", ValueType.Flag.INSTANCE, Asset::operated);

  /** Where it is in its life. */
  public static final Field<Asset, AssetStatus> STATUS =
      Field.required("status", new ValueType.Choice<>(AssetStatus.class), Asset::status)
          .disclosure(Disclosure.never());

  /** The first day in service. */
  public static final Field<Asset, LocalDate> IN_SERVICE_FROM =
      Field.optional("inServiceFrom", ValueType.Day.INSTANCE, Asset::inServiceFrom);

  /** The last day in service. */
  public static final Field<Asset, LocalDate> IN_SERVICE_UNTIL =
      Field.optional("inServiceUntil", ValueType.Day.INSTANCE, Asset::inServiceUntil)
          .disclosure(Disclosure.never());

  /** For planned equipment, the day it is expected to come into service. */
  public static final Field<Asset, LocalDate> EXPECTED_IN_SERVICE =
      Field.optional("expectedInService", ValueType.Day.INSTANCE, Asset::expectedInService)
          .label("expected in service")
          .since(2);

  /** How many identical units the entry stands for. */
  public static final Field<Asset, Integer> QUANTITY =
      Field.defaulted(
          "quantity",
          new ValueType.WholeNumber(MIN_QUANTITY, MAX_QUANTITY),
          MIN_QUANTITY,
          Asset::quantity);

  /** Where it is: withheld from public answers under s31(1)(a) by default. */
  public static final Field<Asset, String> SITE =
      Field.optional("site", ValueType.text(500).repeating(), Asset::site)
          .disclosure(Disclosure.withheld(Ground.LAW_ENFORCEMENT));

  /** The ward, district or area it is in. */
  public static final Field<Asset, String> AREA =
      Field.optional("area", ValueType.text(200).repeating(), Asset::area).since(2);

  /** Where it stands: withheld from public answers under s31(1)(a) by default. */
  public static final Field<Asset, Location> LOCATION =
      Field.optional("location", new ValueType.Nested<>(Location.TYPE), Asset::location)
          .disclosure(Disclosure.withheld(Ground.LAW_ENFORCEMENT))
          .since(2);

  /** The DPIAs that cover its processing. */
  public static final Field<Asset, List<String>> DPIA_IDS =
      Field.defaulted(
              "dpiaIds",
              new ValueType.IdList("dpias", "DPIA", ValueType.IdList.DEFAULT_MAX),
              List.<String>of(),
              Asset::dpiaIds)
          .label("DPIAs")
          .disclosure(Disclosure.never());

  /** The contracts it was supplied under. */
  public static final Field<Asset, List<String>> CONTRACT_IDS =
      Field.defaulted(
              "contractIds",
              new ValueType.IdList("contracts", "contract", ValueType.IdList.DEFAULT_MAX),
              List.<String>of(),
              Asset::contractIds)
          .label("contracts")
          .disclosure(Disclosure.never());

  /** A covert authorisation reference: confidential, never disclosed, never in a message. */
  public static final Field<Asset, String> AUTHORISATION_REF =
      Field.optional("authorisationRef", ValueType.text(200), Asset::authorisationRef)
          .label("authorisation reference")
          .confidential();

  /** Free text: confidential, never disclosed or exported. */
  public static final Field<Asset, String> NOTES =
      Field.optional("notes", ValueType.text(2000), Asset::notes).confidential();

  /** The description of an asset. */
  public static final RecordType<Asset> TYPE =
      RecordType.builder("asset", Asset.class)
          .fields(
              ID,
              DESCRIPTION,
              MANUFACTURER,
              BRAND,
              MODEL,
              CATEGORY,
              CAPABILITIES,
              DEPLOYMENT,
              OWNED,
              OPERATED,
              STATUS,
              IN_SERVICE_FROM,
              IN_SERVICE_UNTIL,
              EXPECTED_IN_SERVICE,
              QUANTITY,
              SITE,
              AREA,
              LOCATION,
              DPIA_IDS,
              CONTRACT_IDS,
              AUTHORISATION_REF,
              NOTES)
          .id(ID)
          .layout(RecordType.Layout.ONE_FIELD_PER_LINE)
          .constructor(
              v ->
                  new Asset(
                      v.require(ID),
                      v.get(DESCRIPTION),
                      v.get(MANUFACTURER),
                      v.get(BRAND),
                      v.get(MODEL),
                      v.require(CATEGORY),
                      v.require(CAPABILITIES),
                      v.require(DEPLOYMENT),
                      v.require(OWNED),
                      v.require(OPERATED),
                      v.require(STATUS),
                      v.get(IN_SERVICE_FROM),
                      v.get(IN_SERVICE_UNTIL),
                      v.get(EXPECTED_IN_SERVICE),
                      v.require(QUANTITY),
                      v.get(SITE),
                      v.get(AREA),
                      v.get(LOCATION),
                      v.require(DPIA_IDS),
                      v.require(CONTRACT_IDS),
                      v.get(AUTHORISATION_REF),
                      v.get(NOTES)))
          .rule(
              RecordRule.of(
                  "owned",
                  a -> a.owned || a.operated,
                  "at least one of owned and operated must be true"))
          .rule(
              new RecordRule<>(
                  "inServiceFrom",
                  a -> a.inServiceFrom != null || a.status == AssetStatus.PLANNED,
                  a -> "is required when the status is " + a.status,
                  "inServiceFrom is required unless the status is PLANNED"))
          .rule(
              RecordRule.of(
                  "inServiceUntil",
                  a -> a.inServiceUntil != null || a.status != AssetStatus.DECOMMISSIONED,
                  "is required when the status is DECOMMISSIONED"))
          .rule(
              new RecordRule<>(
                  "inServiceUntil",
                  a ->
                      a.inServiceFrom == null
                          || a.inServiceUntil == null
                          || !a.inServiceUntil.isBefore(a.inServiceFrom),
                  a ->
                      "must not be before inServiceFrom ("
                          + a.inServiceFrom
                          + "), was "
                          + a.inServiceUntil,
                  "inServiceUntil is not before inServiceFrom"))
          .rule(
              RecordRule.of(
                  "expectedInService",
                  a -> a.expectedInService == null || a.status == AssetStatus.PLANNED,
                  "is allowed only when the status is PLANNED"))
          .rule(
              RecordRule.of(
                  "authorisationRef",
                  a -> a.authorisationRef == null || a.deployment == Deployment.COVERT,
                  "is allowed only on a COVERT asset"))
          .build();

  /**
   * Creates a value. Checks nulls only; the register's rules are checked by validation.
   *
   * @param id the identifier, unique in the register
   * @param description what it is, at most 500 characters, if recorded
   * @param manufacturer who made it, if known: absent means the manufacturer is unknown
   * @param brand the name on the product, which may differ from the manufacturer, if recorded
   * @param model the model, if recorded
   * @param category what kind of thing it is
   * @param capabilities what it can do, possibly nothing
   * @param deployment overt or covert
   * @param owned whether the organisation owns it
   * @param operated whether the organisation operates it
   * @param status where it is in its life
   * @param inServiceFrom the first day in service; required unless {@link AssetStatus#PLANNED}
   * @param inServiceUntil the last day in service; required when {@link AssetStatus#DECOMMISSIONED}
   * @param expectedInService for planned equipment, the expected first day in service, if recorded
   * @param quantity how many identical units the entry stands for, 1 to 10,000,000
   * @param site where it is, if recorded
   * @param area the ward, district or area it is in, if recorded
   * @param location where it stands, if recorded
   * @param dpiaIds the DPIAs that cover its processing
   * @param contractIds the contracts it was supplied under
   * @param authorisationRef a covert authorisation reference (never disclosed), only when covert
   * @param notes free text, at most 2000 characters, if any
   * @throws NullPointerException if a required component is null
   */
  public Asset {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(deployment, "deployment");
    requireNonNull(status, "status");
    capabilities = ImmutableSortedSet.copyOf(requireNonNull(capabilities, "capabilities"));
    dpiaIds = ImmutableList.copyOf(requireNonNull(dpiaIds, "dpiaIds"));
    contractIds = ImmutableList.copyOf(requireNonNull(contractIds, "contractIds"));
  }

  /**
   * Starts a builder.
   *
   * @param id the asset's identifier
   * @return a new builder, never null
   * @throws IllegalArgumentException if {@code id} is not an identifier
   */
  public static Builder builder(String id) {
    return new Builder(
            TYPE.newValues()
                .set(OWNED, false)
                .set(OPERATED, false)
                .set(CAPABILITIES, ImmutableSortedSet.of()))
        .id(id);
  }

  /**
   * Returns a builder that starts from this asset.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(TYPE.valuesOf(this));
  }

  /**
   * Returns whether the asset is deployed covertly.
   *
   * @return true when {@link #deployment()} is {@link Deployment#COVERT}
   */
  public boolean isCovert() {
    return deployment == Deployment.COVERT;
  }

  /**
   * Returns whether the asset has the given capability.
   *
   * @param capability a capability
   * @return true when it is one of {@link #capabilities()}
   */
  public boolean hasCapability(Capability capability) {
    return capabilities.contains(capability);
  }

  /**
   * Returns the days the asset is in service: from {@code inServiceFrom} to {@code inServiceUntil},
   * open-ended while it is in service. Empty when it never has been (planned), or when the record
   * is invalid (ends before it starts).
   *
   * @return the service period, or empty
   */
  public Optional<DateRange> servicePeriod() {
    if (status == AssetStatus.PLANNED
        || inServiceFrom == null
        || (inServiceUntil != null && inServiceUntil.isBefore(inServiceFrom))) {
      return Optional.empty();
    }
    return Optional.of(DateRange.of(inServiceFrom, inServiceUntil));
  }

  /**
   * Returns whether the asset is in service on the given day: not planned, started on or before it,
   * and not ended before it.
   *
   * @param date the day
   * @return true when {@link #servicePeriod()} contains the day
   */
  public boolean isInServiceOn(LocalDate date) {
    requireNonNull(date, "date");
    // The service period's rule, without building the range on the query path.
    return status != AssetStatus.PLANNED
        && inServiceFrom != null
        && !inServiceFrom.isAfter(date)
        && (inServiceUntil == null || !inServiceUntil.isBefore(date));
  }

  @Override
  public String toString() {
    // Codes and the id only (DOMAIN.md rule 9; issue: no free text of a covert asset in a log).
    return "Asset[id="
        + id
        + ", category="
        + category
        + ", deployment="
        + deployment
        + ", status="
        + status
        + ", capabilities="
        + capabilities
        + ", quantity="
        + quantity
        + "]";
  }

  /**
   * Builds an {@link Asset}. Each setter checks its value at once against the field's rules and
   * says what is wrong, without repeating free text ({@code "quantity must be at least 1, was 0"});
   * {@link #build()} fails if {@code category}, {@code deployment} or {@code status} was never set.
   * Rules that span fields (owned or operated, dates in order) are checked when the asset enters a
   * register. Not thread-safe.
   */
  public static final class Builder {
    private final Values<Asset> values;

    private Builder(Values<Asset> values) {
      this.values = values;
    }

    /**
     * Sets any field, checking the value against the field's rules.
     *
     * @param <V> the value's Java type
     * @param field a field of {@link Asset#TYPE}
     * @param value the value, or null to leave the field out
     * @return this builder
     * @throws IllegalArgumentException if the value breaks the field's rules
     */
    public <V> Builder set(Field<Asset, V> field, @Nullable V value) {
      Builders.checked(values, field, value);
      return this;
    }

    /**
     * Sets the identifier.
     *
     * @param id the identifier
     * @return this builder
     * @throws IllegalArgumentException if {@code id} is not an identifier
     */
    public Builder id(String id) {
      return set(ID, AssetId.of(requireNonNull(id, "id")));
    }

    /**
     * Sets the description.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      return set(DESCRIPTION, description);
    }

    /**
     * Sets the manufacturer; null means unknown.
     *
     * @param manufacturer the manufacturer, or null
     * @return this builder
     */
    public Builder manufacturer(@Nullable String manufacturer) {
      return set(MANUFACTURER, manufacturer);
    }

    /**
     * Sets the brand.
     *
     * @param brand the brand, or null
     * @return this builder
     */
    public Builder brand(@Nullable String brand) {
      return set(BRAND, brand);
    }

    /**
     * Sets the model.
     *
     * @param model the model, or null
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      return set(MODEL, model);
    }

    /**
     * Sets the category.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(AssetCategory category) {
      return set(CATEGORY, requireNonNull(category, "category"));
    }

    /**
     * Sets the capabilities.
     *
     * @param capabilities the capabilities, copied
     * @return this builder
     */
    public Builder capabilities(Collection<Capability> capabilities) {
      return set(CAPABILITIES, ImmutableSortedSet.copyOf(capabilities));
    }

    /**
     * Sets the capabilities.
     *
     * @param capabilities the capabilities
     * @return this builder
     */
    public Builder capabilities(Capability... capabilities) {
      return set(CAPABILITIES, ImmutableSortedSet.copyOf(capabilities));
    }

    /**
     * Sets the deployment.
     *
     * @param deployment overt or covert
     * @return this builder
     */
    public Builder deployment(Deployment deployment) {
      return set(DEPLOYMENT, requireNonNull(deployment, "deployment"));
    }

    /**
     * Sets whether the organisation owns the asset.
     *
     * @param owned whether it does
     * @return this builder
     */
    public Builder owned(boolean owned) {
      return set(OWNED, owned);
    }

    /**
     * Sets whether the organisation operates the asset.
     *
     * @param operated whether it does
     * @return this builder
     */
    public Builder operated(boolean operated) {
      return set(OPERATED, operated);
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(AssetStatus status) {
      return set(STATUS, requireNonNull(status, "status"));
    }

    /**
     * Sets the first day in service.
     *
     * @param inServiceFrom the day, or null
     * @return this builder
     */
    public Builder inServiceFrom(@Nullable LocalDate inServiceFrom) {
      return set(IN_SERVICE_FROM, inServiceFrom);
    }

    /**
     * Sets the last day in service.
     *
     * @param inServiceUntil the day, or null
     * @return this builder
     */
    public Builder inServiceUntil(@Nullable LocalDate inServiceUntil) {
      return set(IN_SERVICE_UNTIL, inServiceUntil);
    }

    /**
     * Sets, for planned equipment, the day it is expected to come into service.
     *
     * @param expectedInService the day, or null
     * @return this builder
     */
    public Builder expectedInService(@Nullable LocalDate expectedInService) {
      return set(EXPECTED_IN_SERVICE, expectedInService);
    }

    /**
     * Sets the quantity.
     *
     * @param quantity how many identical units the entry stands for, 1 to 10,000,000
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder quantity(int quantity) {
      return set(QUANTITY, quantity);
    }

    /**
     * Sets the site.
     *
     * @param site the site, or null
     * @return this builder
     */
    public Builder site(@Nullable String site) {
      return set(SITE, site);
    }

    /**
     * Sets the area (ward or district).
     *
     * @param area the area, or null
     * @return this builder
     */
    public Builder area(@Nullable String area) {
      return set(AREA, area);
    }

    /**
     * Sets the location.
     *
     * @param location the location, or null
     * @return this builder
     */
    public Builder location(@Nullable Location location) {
      return set(LOCATION, location);
    }

    /**
     * Sets the DPIA references.
     *
     * @param dpiaIds DPIA identifiers, copied
     * @return this builder
     */
    public Builder dpiaIds(List<String> dpiaIds) {
      return set(DPIA_IDS, ImmutableList.copyOf(dpiaIds));
    }

    /**
     * Sets the contract references.
     *
     * @param contractIds contract identifiers, copied
     * @return this builder
     */
    public Builder contractIds(List<String> contractIds) {
      return set(CONTRACT_IDS, ImmutableList.copyOf(contractIds));
    }

    /**
     * Sets the covert authorisation reference.
     *
     * @param authorisationRef the reference, or null
     * @return this builder
     */
    public Builder authorisationRef(@Nullable String authorisationRef) {
      return set(AUTHORISATION_REF, authorisationRef);
    }

    /**
     * Sets the notes.
     *
     * @param notes the notes, or null
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      return set(NOTES, notes);
    }

    /**
     * Builds the asset.
     *
     * @return a new asset, never null
     * @throws IllegalStateException if category, deployment or status was not set
     */
    public Asset build() {
      return Builders.build(values);
    }
  }
}
