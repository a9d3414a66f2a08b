package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.oversight.register.model.OrganisationKind;

/**
 * Decides which questions are answered as about overt use with a neither-confirm-nor-deny (NCND)
 * paragraph for the rest, and which exemptions that paragraph cites. The class of a question is
 * decided from the organisation's kind and the structured question alone, never from its free text
 * and never from what is held (DOMAIN.md rule 2; ICO: NCND is used consistently, every time that
 * type of information is asked for).
 *
 * <p>For an organisation kind with a bundle, every question about its equipment holdings (every
 * asset, DPIA and contract question) is answered as about overt use and carries the bundle. A kind
 * without a bundle answers plainly, unless the officer marks a question {@code ncnd: true}: then
 * that question carries the {@linkplain #officerBundle officer's bundle}. The officer's choice only
 * ever adds NCND.
 *
 * <p>The {@linkplain #standard() standard policy}: police forces s23(5), s24(2) and s31(3) (FOISA:
 * s18(1) with s31(1) and s35(1)(a) and (b)); councils and other public authorities, which may use
 * covert surveillance under RIPA Part II but are not security bodies, s31(3) alone (FOISA: s18(1)
 * with s35(1)(a) and (b)); an organisation whose kind the register does not record is treated as a
 * police force, the most cautious choice, and the officer is told.
 *
 * <p>Immutable and thread-safe.
 */
public final class NcndPolicy {
  private final Map<OrganisationKind, List<Exemption>> bundles;
  private final OrganisationKind assumedWhenUnknown;
  private final List<Exemption> officerBundle;

  private NcndPolicy(Builder builder) {
    this.bundles = new EnumMap<>(builder.bundles);
    this.assumedWhenUnknown = builder.assumedWhenUnknown;
    this.officerBundle = builder.officerBundle;
  }

  /**
   * Returns the standard policy.
   *
   * @return the policy, never null
   */
  public static NcndPolicy standard() {
    return builder().build();
  }

  /**
   * Starts a builder holding the standard policy.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.bundles.clear();
    builder.bundles.putAll(bundles);
    builder.assumedWhenUnknown = assumedWhenUnknown;
    builder.officerBundle = officerBundle;
    return builder;
  }

  /**
   * Returns the bundle an organisation kind cites for every equipment question.
   *
   * @param kind the kind
   * @return an unmodifiable list; empty when the kind answers plainly
   */
  public List<Exemption> bundle(OrganisationKind kind) {
    return bundles.getOrDefault(requireNonNull(kind, "kind"), List.of());
  }

  /**
   * Returns the bundle cited for a question the officer marks {@code ncnd: true}: the kind's own
   * bundle, or the officer's bundle when the kind has none.
   *
   * @param kind the kind
   * @return an unmodifiable list, never empty
   */
  public List<Exemption> officerBundle(OrganisationKind kind) {
    List<Exemption> own = bundle(kind);
    return own.isEmpty() ? officerBundle : own;
  }

  /**
   * Returns the kind assumed for an organisation whose kind is not recorded.
   *
   * @return the kind, never null
   */
  public OrganisationKind assumedWhenUnknown() {
    return assumedWhenUnknown;
  }

  /**
   * Returns whether a question is answered as about overt use, with NCND for the rest: decided from
   * the kind and the structured question only.
   *
   * @param kind the organisation's kind (or the kind assumed)
   * @param question the question
   * @return true when NCND covers it
   */
  public boolean covers(OrganisationKind kind, FoiQuestion question) {
    return question.ncnd() || (isAboutEquipmentHoldings(question) && !bundle(kind).isEmpty());
  }

  /**
   * Every computed kind asks about equipment held, its use, or documents about it; an
   * officer-answered question is in the class when the officer's answer says it is about holdings
   * (the default), a structured member of the request, never its text.
   */
  private static boolean isAboutEquipmentHoldings(FoiQuestion question) {
    if (question instanceof OfficerQuestion officer) {
      return officer.answer().aboutHoldings();
    }
    return question instanceof AssetsQuestion
        || question instanceof DpiasQuestion
        || question instanceof ContractsQuestion
        || question instanceof UsesQuestion
        || question instanceof DocumentsQuestion;
  }

  /** Builds an {@link NcndPolicy}, starting from the standard policy. Not thread-safe. */
  public static final class Builder {
    private final Map<OrganisationKind, List<Exemption>> bundles =
        new EnumMap<>(OrganisationKind.class);
    private OrganisationKind assumedWhenUnknown = OrganisationKind.POLICE_FORCE;
    private List<Exemption> officerBundle = List.of(Exemption.LAW_ENFORCEMENT_NCND);

    private Builder() {
      bundles.put(
          OrganisationKind.POLICE_FORCE,
          List.of(
              Exemption.SECURITY_BODIES_NCND,
              Exemption.NATIONAL_SECURITY_NCND,
              Exemption.LAW_ENFORCEMENT_NCND));
      bundles.put(OrganisationKind.LOCAL_AUTHORITY, List.of(Exemption.LAW_ENFORCEMENT_NCND));
      bundles.put(OrganisationKind.OTHER_PUBLIC_AUTHORITY, List.of(Exemption.LAW_ENFORCEMENT_NCND));
    }

    /**
     * Sets the bundle a kind cites for every equipment question; an empty list makes the kind
     * answer plainly (an organisation with no covert powers).
     *
     * @param kind the kind
     * @param exemptions the bundle, cited in this order
     * @return this builder
     */
    public Builder bundle(OrganisationKind kind, List<Exemption> exemptions) {
      bundles.put(requireNonNull(kind, "kind"), List.copyOf(exemptions));
      return this;
    }

    /**
     * Sets the kind assumed when the register does not record one.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder assumeWhenUnknown(OrganisationKind kind) {
      this.assumedWhenUnknown = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the bundle for a question the officer marks {@code ncnd: true} when the kind has none.
     *
     * @param exemptions the bundle, at least one
     * @return this builder
     * @throws IllegalArgumentException if none is given
     */
    public Builder officerBundle(List<Exemption> exemptions) {
      List<Exemption> copy = List.copyOf(exemptions);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("an NCND bundle cites at least one exemption");
      }
      this.officerBundle = copy;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, never null
     */
    public NcndPolicy build() {
      return new NcndPolicy(this);
    }
  }
}
