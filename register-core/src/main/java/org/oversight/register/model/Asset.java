package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.constraints.AuthorisationOnlyWhenCovert;
import org.oversight.register.validation.constraints.CapabilityCode;
import org.oversight.register.validation.constraints.Identifier;
import org.oversight.register.validation.constraints.Lifecycle;
import org.oversight.register.validation.constraints.OwnedOrOperated;
import org.oversight.register.validation.constraints.Trimmed;

/**
 * One entry of the register: a surveillance product, or a number of identical units of one, that
 * the organisation owns or operates.
 *
 * <p>Immutable and thread-safe. Collections are copied in and handed out unmodifiable; {@code
 * capabilities} is sorted (standard codes in declared order, then custom codes). {@link
 * #toString()} never shows the {@code authorisationRef} of a covert asset, so that logging an asset
 * cannot leak an authorisation reference.
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
 * @param quantity how many identical units the entry stands for, 1 to 10,000,000
 * @param site where it is, if recorded
 * @param dpiaIds the DPIAs that cover its processing
 * @param contractIds the contracts it was supplied under
 * @param authorisationRef a covert authorisation reference (never disclosed), only when covert
 * @param notes free text, at most 2000 characters, if any
 */
@OwnedOrOperated
@Lifecycle
@AuthorisationOnlyWhenCovert
public record Asset(
    @Valid AssetId id,
    @Trimmed(max = 500) @Nullable String description,
    @Trimmed @Nullable String manufacturer,
    @Trimmed @Nullable String brand,
    @Trimmed @Nullable String model,
    AssetCategory category,
    SortedSet<@CapabilityCode Capability> capabilities,
    Deployment deployment,
    boolean owned,
    boolean operated,
    AssetStatus status,
    @Nullable LocalDate inServiceFrom,
    @Nullable LocalDate inServiceUntil,
    @Min(value = MIN_QUANTITY, message = "must be at least 1")
        @Max(value = MAX_QUANTITY, message = "must be at most 10000000")
        int quantity,
    @Trimmed @Nullable String site,
    List<@Identifier String> dpiaIds,
    List<@Identifier String> contractIds,
    @Trimmed(showValue = false) @Nullable String authorisationRef,
    @Trimmed(max = 2000) @Nullable String notes) {

  /** The smallest quantity an entry may stand for. */
  public static final int MIN_QUANTITY = 1;

  /** The largest quantity an entry may stand for. */
  public static final int MAX_QUANTITY = 10_000_000;

  /**
   * Creates a value.
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
   * @param quantity how many identical units the entry stands for, 1 to 10,000,000
   * @param site where it is, if recorded
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
   */
  public static Builder builder(String id) {
    return new Builder(AssetId.of(id));
  }

  /**
   * Returns a builder that starts from this asset.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(id)
        .description(description)
        .manufacturer(manufacturer)
        .brand(brand)
        .model(model)
        .category(category)
        .capabilities(capabilities)
        .deployment(deployment)
        .owned(owned)
        .operated(operated)
        .status(status)
        .inServiceFrom(inServiceFrom)
        .inServiceUntil(inServiceUntil)
        .quantity(quantity)
        .site(site)
        .dpiaIds(dpiaIds)
        .contractIds(contractIds)
        .authorisationRef(authorisationRef)
        .notes(notes);
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
   * Returns whether the asset is in service on the given day: not planned, started on or before it,
   * and not ended before it.
   *
   * @param date the day
   * @return true when in service that day
   */
  public boolean isInServiceOn(LocalDate date) {
    requireNonNull(date, "date");
    if (status == AssetStatus.PLANNED || inServiceFrom == null || inServiceFrom.isAfter(date)) {
      return false;
    }
    return inServiceUntil == null || !inServiceUntil.isBefore(date);
  }

  @Override
  public String toString() {
    // Hand-written so that an authorisation reference is never logged (DOMAIN.md rule 9).
    return "Asset[id="
        + id
        + ", category="
        + category
        + ", deployment="
        + deployment
        + ", status="
        + status
        + ", manufacturer="
        + manufacturer
        + ", brand="
        + brand
        + ", model="
        + model
        + ", capabilities="
        + capabilities
        + ", quantity="
        + quantity
        + (authorisationRef == null ? "" : ", authorisationRef=<withheld>")
        + "]";
  }

  /**
   * Builds an {@link Asset}. Setters reject {@code null} where the component is required; {@link
   * #build()} fails if {@code category}, {@code deployment} or {@code status} was never set. The
   * domain rules are checked when the asset enters a register. Not thread-safe.
   */
  public static final class Builder {
    private AssetId id;
    private @Nullable String description;
    private @Nullable String manufacturer;
    private @Nullable String brand;
    private @Nullable String model;
    private @Nullable AssetCategory category;
    private Collection<Capability> capabilities = List.of();
    private @Nullable Deployment deployment;
    private boolean owned;
    private boolean operated;
    private @Nullable AssetStatus status;
    private @Nullable LocalDate inServiceFrom;
    private @Nullable LocalDate inServiceUntil;
    private int quantity = 1;
    private @Nullable String site;
    private List<String> dpiaIds = List.of();
    private List<String> contractIds = List.of();
    private @Nullable String authorisationRef;
    private @Nullable String notes;

    private Builder(AssetId id) {
      this.id = requireNonNull(id, "id");
    }

    /**
     * Sets the identifier.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder id(String id) {
      this.id = AssetId.of(id);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or null
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the manufacturer; null means unknown.
     *
     * @param manufacturer the manufacturer, or null
     * @return this builder
     */
    public Builder manufacturer(@Nullable String manufacturer) {
      this.manufacturer = manufacturer;
      return this;
    }

    /**
     * Sets the brand.
     *
     * @param brand the brand, or null
     * @return this builder
     */
    public Builder brand(@Nullable String brand) {
      this.brand = brand;
      return this;
    }

    /**
     * Sets the model.
     *
     * @param model the model, or null
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the category.
     *
     * @param category the category
     * @return this builder
     */
    public Builder category(AssetCategory category) {
      this.category = requireNonNull(category, "category");
      return this;
    }

    /**
     * Sets the capabilities.
     *
     * @param capabilities the capabilities, copied
     * @return this builder
     */
    public Builder capabilities(Collection<Capability> capabilities) {
      this.capabilities = List.copyOf(capabilities);
      return this;
    }

    /**
     * Sets the capabilities.
     *
     * @param capabilities the capabilities
     * @return this builder
     */
    public Builder capabilities(Capability... capabilities) {
      this.capabilities = List.of(capabilities);
      return this;
    }

    /**
     * Sets the deployment.
     *
     * @param deployment overt or covert
     * @return this builder
     */
    public Builder deployment(Deployment deployment) {
      this.deployment = requireNonNull(deployment, "deployment");
      return this;
    }

    /**
     * Sets whether the organisation owns the asset.
     *
     * @param owned whether it does
     * @return this builder
     */
    public Builder owned(boolean owned) {
      this.owned = owned;
      return this;
    }

    /**
     * Sets whether the organisation operates the asset.
     *
     * @param operated whether it does
     * @return this builder
     */
    public Builder operated(boolean operated) {
      this.operated = operated;
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(AssetStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the first day in service.
     *
     * @param inServiceFrom the day, or null
     * @return this builder
     */
    public Builder inServiceFrom(@Nullable LocalDate inServiceFrom) {
      this.inServiceFrom = inServiceFrom;
      return this;
    }

    /**
     * Sets the last day in service.
     *
     * @param inServiceUntil the day, or null
     * @return this builder
     */
    public Builder inServiceUntil(@Nullable LocalDate inServiceUntil) {
      this.inServiceUntil = inServiceUntil;
      return this;
    }

    /**
     * Sets the quantity.
     *
     * @param quantity how many identical units the entry stands for
     * @return this builder
     */
    public Builder quantity(int quantity) {
      this.quantity = quantity;
      return this;
    }

    /**
     * Sets the site.
     *
     * @param site the site, or null
     * @return this builder
     */
    public Builder site(@Nullable String site) {
      this.site = site;
      return this;
    }

    /**
     * Sets the DPIA references.
     *
     * @param dpiaIds DPIA identifiers, copied
     * @return this builder
     */
    public Builder dpiaIds(List<String> dpiaIds) {
      this.dpiaIds = List.copyOf(dpiaIds);
      return this;
    }

    /**
     * Sets the contract references.
     *
     * @param contractIds contract identifiers, copied
     * @return this builder
     */
    public Builder contractIds(List<String> contractIds) {
      this.contractIds = List.copyOf(contractIds);
      return this;
    }

    /**
     * Sets the covert authorisation reference.
     *
     * @param authorisationRef the reference, or null
     * @return this builder
     */
    public Builder authorisationRef(@Nullable String authorisationRef) {
      this.authorisationRef = authorisationRef;
      return this;
    }

    /**
     * Sets the notes.
     *
     * @param notes the notes, or null
     * @return this builder
     */
    public Builder notes(@Nullable String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * Builds the asset.
     *
     * @return a new asset, never null
     * @throws IllegalStateException if category, deployment or status was not set
     */
    public Asset build() {
      return new Asset(
          id,
          description,
          manufacturer,
          brand,
          model,
          required(category, "category"),
          ImmutableSortedSet.copyOf(capabilities),
          required(deployment, "deployment"),
          owned,
          operated,
          required(status, "status"),
          inServiceFrom,
          inServiceUntil,
          quantity,
          site,
          dpiaIds,
          contractIds,
          authorisationRef,
          notes);
    }

    private <T> T required(@Nullable T value, String name) {
      if (value == null) {
        throw new IllegalStateException("asset " + id + ": " + name + " was not set");
      }
      return value;
    }
  }
}
