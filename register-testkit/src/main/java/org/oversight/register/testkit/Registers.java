package org.oversight.register.testkit;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RegisterContents;

/**
 * Registers in one line: {@code Registers.of(asset1, asset2)} for a register of a few assets, or
 * {@link #builder()} to add DPIAs and contracts too.
 *
 * <pre>{@code
 * AssetRegister register = Registers.builder()
 *     .asset(Assets.overtCamera("CAM-1").dpiaIds(List.of("DPIA-7")).build())
 *     .dpia(Dpias.approved("DPIA-7").build())
 *     .build();
 * }</pre>
 *
 * <p>The organisation defaults to {@link #DEFAULT_ORGANISATION} and the as-at date to {@link
 * #DEFAULT_AS_AT}. Stateless and thread-safe; builders are not.
 */
public final class Registers {
  /** The organisation of a register built here, unless changed: a police force in England. */
  public static final Organisation DEFAULT_ORGANISATION =
      Organisation.of(
          "Test Constabulary",
          OrganisationKind.POLICE_FORCE,
          Nation.ENGLAND,
          FoiContact.ofEmail("foi@test-constabulary.example.org"));

  /** The as-at date of a register built here, unless changed: 2021-09-06. */
  public static final LocalDate DEFAULT_AS_AT = LocalDate.of(2021, 9, 6);

  private Registers() {}

  /**
   * Returns a register of the given assets, with no DPIAs or contracts.
   *
   * @param assets the assets; they must not reference DPIAs or contracts
   * @return the register, never null
   * @throws org.oversight.register.validation.InvalidRegisterException with every problem, if the
   *     assets are invalid together
   */
  public static AssetRegister of(Asset... assets) {
    return builder().assets(Arrays.asList(assets)).build();
  }

  /**
   * Returns a register with no assets, DPIAs or contracts.
   *
   * @return the register, never null
   */
  public static AssetRegister empty() {
    return builder().build();
  }

  /**
   * Starts a builder of a register.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects a register's parts. Not thread-safe. */
  public static final class Builder {
    private Organisation organisation = DEFAULT_ORGANISATION;
    private LocalDate asAt = DEFAULT_AS_AT;
    private final List<Asset> assets = new ArrayList<>();
    private final List<Dpia> dpias = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the organisation by name only, as a register of schema version 1 records it.
     *
     * @param organisation the police force or council's name
     * @return this builder
     */
    public Builder organisation(String organisation) {
      this.organisation = Organisation.named(requireNonNull(organisation, "organisation"));
      return this;
    }

    /**
     * Sets the organisation's whole profile.
     *
     * @param organisation the organisation
     * @return this builder
     */
    public Builder organisation(Organisation organisation) {
      this.organisation = requireNonNull(organisation, "organisation");
      return this;
    }

    /**
     * Sets the date the data is correct as at.
     *
     * @param asAt the date
     * @return this builder
     */
    public Builder asAt(LocalDate asAt) {
      this.asAt = requireNonNull(asAt, "asAt");
      return this;
    }

    /**
     * Adds an asset.
     *
     * @param asset the asset
     * @return this builder
     */
    public Builder asset(Asset asset) {
      assets.add(requireNonNull(asset, "asset"));
      return this;
    }

    /**
     * Adds assets.
     *
     * @param more the assets
     * @return this builder
     */
    public Builder assets(Collection<Asset> more) {
      more.forEach(this::asset);
      return this;
    }

    /**
     * Adds a DPIA.
     *
     * @param dpia the DPIA
     * @return this builder
     */
    public Builder dpia(Dpia dpia) {
      dpias.add(requireNonNull(dpia, "dpia"));
      return this;
    }

    /**
     * Adds a contract.
     *
     * @param contract the contract
     * @return this builder
     */
    public Builder contract(Contract contract) {
      contracts.add(requireNonNull(contract, "contract"));
      return this;
    }

    /**
     * Returns the parts collected so far, unvalidated: to test what a validator or reader says
     * about invalid data.
     *
     * @return the contents, never null
     */
    public RegisterContents contents() {
      return new RegisterContents(organisation, asAt, assets, dpias, contracts);
    }

    /**
     * Validates the parts and builds the register.
     *
     * @return the register, never null
     * @throws org.oversight.register.validation.InvalidRegisterException with every problem, if the
     *     parts are invalid
     */
    public AssetRegister build() {
      return AssetRegister.of(contents());
    }
  }
}
