package org.oversight.register;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.oversight.register.internal.RegisterIndex;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Deployment;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.validation.InvalidRegisterException;
import org.oversight.register.validation.Problem;
import org.oversight.register.vendor.VendorDirectory;

/**
 * An immutable, indexed snapshot of the surveillance technology an organisation owns or operates,
 * with the DPIAs and contracts that go with it, correct as at a date.
 *
 * <p>A register only ever holds valid data: {@link #of(RegisterContents)} checks everything with
 * {@link RegisterValidator} and fails with an {@link InvalidRegisterException} carrying every
 * problem. Assets, DPIAs and contracts are kept in id order, which is the order of every answer.
 * {@link #query()} asks a question through exact indexes. Deriving a changed register ({@link
 * #withAsset}, {@link #withoutAsset}) returns a new snapshot and leaves this one untouched.
 *
 * <p>Immutable and thread-safe. Two registers are equal when they hold equal data; the vendor
 * directory and advanced-CCTV policy used for indexing are not part of equality.
 */
public final class AssetRegister {
  private static final Comparator<Asset> BY_ID = Comparator.comparing(Asset::id);

  private final Organisation organisation;
  private final LocalDate asAt;
  private final List<Asset> assets;
  private final List<Dpia> dpias;
  private final List<Contract> contracts;
  private final List<GoverningDocument> documents;
  private final Map<String, Dpia> dpiasById;
  private final Map<String, Contract> contractsById;
  private final VendorDirectory vendors;
  private final AdvancedCctvPolicy advancedPolicy;
  private final RegisterIndex index;
  // The overt view, derived on first request. A register that holds only what its overt view
  // holds is its own view.
  private volatile @Nullable AssetRegister overtOnly;

  private AssetRegister(
      RegisterContents contents, VendorDirectory vendors, AdvancedCctvPolicy advancedPolicy) {
    this.organisation = contents.organisation();
    this.asAt = contents.asAt();
    Asset[] sortedAssets = contents.assets().toArray(new Asset[0]);
    Arrays.sort(sortedAssets, BY_ID);
    // One array serves the list, the index and look-ups by id (binary search): no per-asset map.
    this.assets = Collections.unmodifiableList(Arrays.asList(sortedAssets));
    List<Dpia> sortedDpias = new ArrayList<>(contents.dpias());
    sortedDpias.sort(Comparator.comparing(Dpia::id));
    this.dpias = List.copyOf(sortedDpias);
    List<Contract> sortedContracts = new ArrayList<>(contents.contracts());
    sortedContracts.sort(Comparator.comparing(Contract::id));
    this.contracts = List.copyOf(sortedContracts);
    List<GoverningDocument> sortedDocuments = new ArrayList<>(contents.documents());
    sortedDocuments.sort(Comparator.comparing(GoverningDocument::id));
    this.documents = List.copyOf(sortedDocuments);
    Map<String, Dpia> dpiaMap = new HashMap<>();
    dpias.forEach(d -> dpiaMap.put(d.id(), d));
    this.dpiasById = dpiaMap;
    Map<String, Contract> contractMap = new HashMap<>();
    contracts.forEach(c -> contractMap.put(c.id(), c));
    this.contractsById = contractMap;
    this.vendors = vendors;
    this.advancedPolicy = advancedPolicy;
    this.index = new RegisterIndex(sortedAssets, vendors, advancedPolicy::isAdvanced);
  }

  /** A subset of a valid register, derived by {@link #overtOnly()}: valid by construction. */
  private AssetRegister(
      AssetRegister whole,
      RegisterIndex index,
      List<Dpia> dpias,
      List<Contract> contracts,
      List<GoverningDocument> documents) {
    this.organisation = whole.organisation;
    this.asAt = whole.asAt;
    Asset[] kept = new Asset[index.size()];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = index.asset(i);
    }
    this.assets = Collections.unmodifiableList(Arrays.asList(kept));
    this.dpias = dpias;
    this.contracts = contracts;
    this.documents = documents;
    Map<String, Dpia> dpiaMap = new HashMap<>();
    dpias.forEach(d -> dpiaMap.put(d.id(), d));
    this.dpiasById = dpiaMap;
    Map<String, Contract> contractMap = new HashMap<>();
    contracts.forEach(c -> contractMap.put(c.id(), c));
    this.contractsById = contractMap;
    this.vendors = whole.vendors;
    this.advancedPolicy = whole.advancedPolicy;
    this.index = index;
  }

  /**
   * Builds a register with the standard vendor directory and advanced-CCTV policy.
   *
   * @param contents what the register holds
   * @return the register, never null
   * @throws InvalidRegisterException with every problem, if the contents are invalid
   */
  public static AssetRegister of(RegisterContents contents) {
    return builder().build(contents);
  }

  /**
   * Builds a register with the standard vendor directory and advanced-CCTV policy.
   *
   * @param organisation the police force or council
   * @param asAt the date the data is correct as at
   * @param assets the assets
   * @param dpias the DPIAs
   * @param contracts the contracts
   * @return the register, never null
   * @throws InvalidRegisterException with every problem, if the data is invalid
   */
  public static AssetRegister of(
      Organisation organisation,
      LocalDate asAt,
      Collection<Asset> assets,
      Collection<Dpia> dpias,
      Collection<Contract> contracts) {
    return of(
        new RegisterContents(
            organisation, asAt, List.copyOf(assets), List.copyOf(dpias), List.copyOf(contracts)));
  }

  /**
   * Builds a register for an organisation known by name only, with the standard vendor directory
   * and advanced-CCTV policy.
   *
   * @param organisation the police force or council's name
   * @param asAt the date the data is correct as at
   * @param assets the assets
   * @param dpias the DPIAs
   * @param contracts the contracts
   * @return the register, never null
   * @throws InvalidRegisterException with every problem, if the data is invalid
   */
  public static AssetRegister of(
      String organisation,
      LocalDate asAt,
      Collection<Asset> assets,
      Collection<Dpia> dpias,
      Collection<Contract> contracts) {
    return of(Organisation.named(organisation), asAt, assets, dpias, contracts);
  }

  /**
   * Starts a builder, to choose the vendor directory and advanced-CCTV policy.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the organisation whose register this is.
   *
   * @return the organisation, never null
   */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * Returns the date the data is correct as at.
   *
   * @return the date, never null
   */
  public LocalDate asAt() {
    return asAt;
  }

  /**
   * Returns every asset, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Asset> assets() {
    return assets;
  }

  /**
   * Returns every DPIA, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Dpia> dpias() {
    return dpias;
  }

  /**
   * Returns every contract, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Contract> contracts() {
    return contracts;
  }

  /**
   * Returns every governing document other than DPIAs (policies, procedures, assessments), in id
   * order.
   *
   * @return an unmodifiable list, never null
   */
  public List<GoverningDocument> documents() {
    return documents;
  }

  /**
   * Returns the register's data as plain lists in id order.
   *
   * @return the contents, never null
   */
  public RegisterContents contents() {
    return new RegisterContents(organisation, asAt, assets, dpias, contracts, documents);
  }

  /**
   * Returns the asset with the given id.
   *
   * @param id an asset id
   * @return the asset, or empty if there is none
   */
  public Optional<Asset> asset(AssetId id) {
    int position = position(requireNonNull(id, "id"));
    return position < 0 ? Optional.empty() : Optional.of(assets.get(position));
  }

  /** Whether the register holds an overt asset with this id. */
  private boolean isOvertAsset(String id) {
    int position = position(AssetId.of(id));
    return position >= 0 && assets.get(position).deployment() == Deployment.OVERT;
  }

  private int position(AssetId id) {
    int low = 0;
    int high = assets.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = assets.get(mid).id().compareTo(id);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /**
   * Returns the DPIA with the given id.
   *
   * @param id a DPIA id
   * @return the DPIA, or empty if there is none
   */
  public Optional<Dpia> dpia(String id) {
    return Optional.ofNullable(dpiasById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the contract with the given id.
   *
   * @param id a contract id
   * @return the contract, or empty if there is none
   */
  public Optional<Contract> contract(String id) {
    return Optional.ofNullable(contractsById.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the vendor directory this register resolves manufacturers with.
   *
   * @return the directory, never null
   */
  public VendorDirectory vendors() {
    return vendors;
  }

  /**
   * Returns the policy that decides which assets are advanced CCTV.
   *
   * @return the policy, never null
   */
  public AdvancedCctvPolicy advancedPolicy() {
    return advancedPolicy;
  }

  /**
   * Starts a question about the register's assets. Vendor matching is as at the register's {@link
   * #asAt()} date unless the question names a date with {@link AssetQuery#inServiceOn}.
   *
   * @return a new query matching every asset until narrowed, never null
   */
  public AssetQuery query() {
    return new AssetQuery(this, index);
  }

  /**
   * Returns the DPIAs that cover any of the given assets, in id order, each once.
   *
   * @param of assets of this register
   * @return an unmodifiable list, never null
   */
  public List<Dpia> dpiasFor(Collection<Asset> of) {
    Set<String> ids = new LinkedHashSet<>();
    of.forEach(a -> ids.addAll(a.dpiaIds()));
    return ids.stream()
        .map(dpiasById::get)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(Dpia::id))
        .toList();
  }

  /**
   * Returns the contracts that any of the given assets were supplied under, in id order, each once.
   *
   * @param of assets of this register
   * @return an unmodifiable list, never null
   */
  public List<Contract> contractsFor(Collection<Asset> of) {
    Set<String> ids = new LinkedHashSet<>();
    of.forEach(a -> ids.addAll(a.contractIds()));
    return ids.stream()
        .map(contractsById::get)
        .filter(Objects::nonNull)
        .sorted(Comparator.comparing(Contract::id))
        .toList();
  }

  /**
   * Returns the governing documents that govern any of the given assets (by id or by category), in
   * id order, each once.
   *
   * @param of assets of this register
   * @return an unmodifiable list, never null
   */
  public List<GoverningDocument> documentsFor(Collection<Asset> of) {
    List<GoverningDocument> found = new ArrayList<>();
    for (GoverningDocument document : documents) {
      for (Asset asset : of) {
        if (document.governs(asset)) {
          found.add(document);
          break;
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the register of this register's overt assets, only the DPIAs and contracts they refer
   * to, and only the governing documents that govern them (each naming overt assets only), with
   * this register's organisation, date, vendor directory and policy: the data every public answer
   * is computed from.
   *
   * <p>It is derived, not built: a subset of a valid register that keeps every record its assets
   * refer to is valid (the rules that span records are unique ids and references that resolve), so
   * nothing is validated again, and its index is this index's sets restricted to the overt
   * positions. It holds no reference to this register or to any covert record, and it equals the
   * register {@link #of} would build from the same records. Derived once, on the first call, then
   * the same object is returned.
   *
   * @return the overt register, never null
   */
  public AssetRegister overtOnly() {
    AssetRegister derived = overtOnly;
    if (derived == null) {
      derived = deriveOvert();
      overtOnly = derived;
    }
    return derived;
  }

  private AssetRegister deriveOvert() {
    RegisterIndex overtIndex =
        RegisterIndex.restrictedTo(index, index.deployment(Deployment.OVERT));
    Set<String> dpiaIds = new HashSet<>();
    Set<String> contractIds = new HashSet<>();
    for (int i = 0; i < overtIndex.size(); i++) {
      Asset asset = overtIndex.asset(i);
      // Most registers have few DPIAs and contracts, each referred to by many assets.
      if (dpiaIds.size() < dpias.size()) {
        dpiaIds.addAll(asset.dpiaIds());
      }
      if (contractIds.size() < contracts.size()) {
        contractIds.addAll(asset.contractIds());
      }
    }
    List<Dpia> overtDpias = dpias.stream().filter(d -> dpiaIds.contains(d.id())).toList();
    List<Contract> overtContracts =
        contracts.stream().filter(c -> contractIds.contains(c.id())).toList();
    List<GoverningDocument> overtDocuments = new ArrayList<>();
    for (GoverningDocument document : documents) {
      // Only the overt assets it names: a document naming covert assets must not reveal them.
      // (Each named id is looked up: documents name few assets, a register may hold millions.)
      List<String> named = document.assetIds().stream().filter(this::isOvertAsset).toList();
      if (named.size() == document.assetIds().size()) {
        overtDocuments.add(document);
      } else if (!named.isEmpty() || !document.categories().isEmpty()) {
        overtDocuments.add(
            new GoverningDocument(
                document.id(),
                document.kind(),
                document.title(),
                document.version(),
                document.issuedOn(),
                document.ownerRole(),
                document.url(),
                named,
                document.categories()));
      }
    }
    AssetRegister derived =
        new AssetRegister(
            this, overtIndex, overtDpias, overtContracts, List.copyOf(overtDocuments));
    derived.overtOnly = derived;
    return derived;
  }

  /**
   * Returns a register with the asset added, or replacing the asset with the same id.
   *
   * @param asset the asset
   * @return a new register; this one is unchanged
   * @throws InvalidRegisterException if the result would be invalid
   */
  public AssetRegister withAsset(Asset asset) {
    requireNonNull(asset, "asset");
    List<Asset> changed = new ArrayList<>(assets.size() + 1);
    boolean replaced = false;
    for (Asset existing : assets) {
      if (existing.id().equals(asset.id())) {
        changed.add(asset);
        replaced = true;
      } else {
        changed.add(existing);
      }
    }
    if (!replaced) {
      changed.add(asset);
    }
    return derive(changed, dpias, contracts, documents);
  }

  /**
   * Returns a register without the asset with the given id.
   *
   * @param id the asset's id
   * @return a new register (this one if there is no such asset)
   */
  public AssetRegister withoutAsset(AssetId id) {
    if (position(requireNonNull(id, "id")) < 0) {
      return this;
    }
    List<Asset> changed = new ArrayList<>(assets);
    changed.removeIf(a -> a.id().equals(id));
    return derive(changed, dpias, contracts, documents);
  }

  /**
   * Returns a register holding the given data, with this register's organisation, date, vendor
   * directory and policy.
   *
   * @param newAssets the assets
   * @param newDpias the DPIAs
   * @param newContracts the contracts
   * @return a new register
   * @throws InvalidRegisterException if the result would be invalid
   */
  public AssetRegister derive(
      Collection<Asset> newAssets, Collection<Dpia> newDpias, Collection<Contract> newContracts) {
    return derive(newAssets, newDpias, newContracts, documents);
  }

  /**
   * Returns a register holding the given data, with this register's organisation, date, vendor
   * directory and policy.
   *
   * @param newAssets the assets
   * @param newDpias the DPIAs
   * @param newContracts the contracts
   * @param newDocuments the governing documents
   * @return a new register
   * @throws InvalidRegisterException if the result would be invalid
   */
  public AssetRegister derive(
      Collection<Asset> newAssets,
      Collection<Dpia> newDpias,
      Collection<Contract> newContracts,
      Collection<GoverningDocument> newDocuments) {
    return new Builder()
        .vendors(vendors)
        .advancedPolicy(advancedPolicy)
        .build(
            new RegisterContents(
                organisation,
                asAt,
                List.copyOf(newAssets),
                List.copyOf(newDpias),
                List.copyOf(newContracts),
                List.copyOf(newDocuments)));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AssetRegister that
        && organisation.equals(that.organisation)
        && asAt.equals(that.asAt)
        && assets.equals(that.assets)
        && dpias.equals(that.dpias)
        && contracts.equals(that.contracts)
        && documents.equals(that.documents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation, asAt, assets, dpias, contracts, documents);
  }

  @Override
  public String toString() {
    return "AssetRegister["
        + organisation
        + " as at "
        + asAt
        + ": "
        + assets.size()
        + " assets, "
        + dpias.size()
        + " DPIAs, "
        + contracts.size()
        + " contracts]";
  }

  /** Chooses how a register indexes its data. Not thread-safe. */
  public static final class Builder {
    private VendorDirectory vendors = VendorDirectory.standard();
    private AdvancedCctvPolicy advancedPolicy = AdvancedCctvPolicy.standard();
    private RegisterValidator validator = RegisterValidator.standard();

    private Builder() {}

    /**
     * Sets the vendor directory; the default is {@link VendorDirectory#standard()}.
     *
     * @param vendors the directory
     * @return this builder
     */
    public Builder vendors(VendorDirectory vendors) {
      this.vendors = requireNonNull(vendors, "vendors");
      return this;
    }

    /**
     * Sets the advanced-CCTV policy; the default is {@link AdvancedCctvPolicy#standard()}.
     *
     * @param advancedPolicy the policy
     * @return this builder
     */
    public Builder advancedPolicy(AdvancedCctvPolicy advancedPolicy) {
      this.advancedPolicy = requireNonNull(advancedPolicy, "advancedPolicy");
      return this;
    }

    /**
     * Validates the contents and builds the register.
     *
     * @param contents what the register holds
     * @return the register, never null
     * @throws InvalidRegisterException with every problem, if the contents are invalid
     */
    public AssetRegister build(RegisterContents contents) {
      List<Problem> problems = validator.validate(requireNonNull(contents, "contents"));
      if (!problems.isEmpty()) {
        throw new InvalidRegisterException(problems);
      }
      return new AssetRegister(contents, vendors, advancedPolicy);
    }
  }
}
