package org.oversight.register.report;

import static java.util.Objects.requireNonNull;

import org.oversight.register.compliance.RestrictionLists;
import org.oversight.register.foi.DisclosurePolicy;
import org.oversight.register.model.Asset;

/**
 * What a transparency report may show, and which restriction lists it counts against.
 *
 * <p>The report shows a field of an asset, DPIA or contract only where the {@linkplain
 * #disclosurePolicy() disclosure policy} discloses it, as an FOI answer would: with the {@linkplain
 * DisclosurePolicy#standard() standard policy} DPIA owners' names, contract values, sites and
 * locations are left out, each with the exemption that withholds it. An organisation that publishes
 * where its cameras are (many councils do) says so with {@link Builder#publishLocations()}, and the
 * report then draws the map.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportOptions {
  private static final ReportOptions STANDARD = builder().build();

  private final DisclosurePolicy disclosurePolicy;
  private final RestrictionLists restrictionLists;

  private ReportOptions(Builder builder) {
    this.disclosurePolicy = builder.disclosurePolicy;
    this.restrictionLists = builder.restrictionLists;
  }

  /**
   * Returns the standard options: the standard disclosure policy (locations withheld) and the
   * standard restriction lists.
   *
   * @return the options, never null
   */
  public static ReportOptions standard() {
    return STANDARD;
  }

  /**
   * Starts a builder holding the standard options.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the policy that decides which fields the report shows.
   *
   * @return the policy, never null
   */
  public DisclosurePolicy disclosurePolicy() {
    return disclosurePolicy;
  }

  /**
   * Returns the lists of restricted vendors and vendors of concern the report counts against.
   *
   * @return the lists, never null
   */
  public RestrictionLists restrictionLists() {
    return restrictionLists;
  }

  @Override
  public String toString() {
    return "ReportOptions[locations "
        + (disclosurePolicy.redaction(Asset.LOCATION).isPresent() ? "withheld" : "published")
        + ", "
        + restrictionLists.lists().size()
        + " restriction lists]";
  }

  /** Builds {@link ReportOptions}, starting from the standard options. Not thread-safe. */
  public static final class Builder {
    private DisclosurePolicy disclosurePolicy = DisclosurePolicy.standard();
    private RestrictionLists restrictionLists = RestrictionLists.standard();

    private Builder() {}

    /**
     * Sets the policy that decides which fields the report shows.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder disclosurePolicy(DisclosurePolicy policy) {
      this.disclosurePolicy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Publishes the locations of cameras in service, and so draws the map: the current policy with
     * {@link Asset#LOCATION} disclosed.
     *
     * @return this builder
     */
    public Builder publishLocations() {
      this.disclosurePolicy = disclosurePolicy.toBuilder().disclose(Asset.LOCATION).build();
      return this;
    }

    /**
     * Sets the restriction lists the report counts against.
     *
     * @param lists the lists
     * @return this builder
     */
    public Builder restrictionLists(RestrictionLists lists) {
      this.restrictionLists = requireNonNull(lists, "lists");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, never null
     */
    public ReportOptions build() {
      return new ReportOptions(this);
    }
  }
}
