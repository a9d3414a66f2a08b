package org.oversight.register;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.oversight.register.internal.PositionSet;
import org.oversight.register.internal.RegisterIndex;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;
import org.oversight.register.vendor.VendorGroup;

/**
 * A question about a register's assets that reads as it is asked:
 *
 * <pre>{@code
 * List<Asset> hikvision = register.query()
 *     .manufacturer("Hikvision")
 *     .ownedOrOperated()
 *     .inServiceOn(LocalDate.of(2021, 9, 6))
 *     .list();
 * }</pre>
 *
 * <p>Each call narrows the question (the calls combine with AND); the values given to one call are
 * alternatives (OR). The answer comes from exact indexes intersected smallest first, before any
 * asset is read, and lists assets in id order. A fresh query matches every asset.
 *
 * <p>Manufacturer questions match by vendor and corporate group through the register's {@link
 * org.oversight.register.vendor.VendorDirectory}: an asset matches when its recorded manufacturer
 * or its brand is the vendor asked about or belonged to it on the date of the question — the {@link
 * #inServiceOn} date if given, else the register's as-at date. {@link #matches()} says why each
 * asset matched.
 *
 * <p>Not thread-safe: a query is a short-lived builder. The register it came from is thread-safe
 * and can start any number of queries.
 */
public final class AssetQuery {
  private final AssetRegister register;
  private final RegisterIndex index;
  private final List<PositionSet> sets = new ArrayList<>();
  private final List<VendorGroup> vendorsAsked = new ArrayList<>();
  private final List<Predicate<Asset>> filters = new ArrayList<>();
  private @Nullable LocalDate inServiceOn;
  private boolean unknownManufacturer;

  AssetQuery(AssetRegister register, RegisterIndex index) {
    this.register = register;
    this.index = index;
  }

  /**
   * Narrows to products of a vendor or corporate group, by brand and alias as well as the recorded
   * manufacturer: {@code "Hikvision"} finds {@code EZVIZ} products and {@code "HikVision"}.
   * Products whose manufacturer is unknown never match; ask {@link #manufacturerUnknown()} for
   * them. Names written with look-alike characters match the vendor they imitate.
   *
   * @param name a vendor or group name
   * @return this query
   * @throws IllegalArgumentException if the name has no letters or digits, or is a placeholder such
   *     as "Unknown" (ask {@link #manufacturerUnknown()} instead)
   */
  public AssetQuery manufacturer(String name) {
    VendorGroup asked = register.vendors().vendorNamed(requireNonNull(name, "name"));
    vendorsAsked.add(asked);
    sets.add(index.vendorAtAnyDate(asked.key()));
    return this;
  }

  /**
   * Narrows to products with neither manufacturer nor brand recorded, counting a placeholder such
   * as "Unknown" or "N/A" as not recorded.
   *
   * @return this query
   */
  public AssetQuery manufacturerUnknown() {
    unknownManufacturer = true;
    sets.add(index.unknownManufacturer());
    return this;
  }

  /**
   * Narrows to assets with any of the given capabilities.
   *
   * @param anyOf the capabilities, at least one
   * @return this query
   * @throws IllegalArgumentException if none is given
   */
  public AssetQuery capability(Capability... anyOf) {
    return capability(Arrays.asList(anyOf));
  }

  /**
   * Narrows to assets with any of the given capabilities.
   *
   * @param anyOf the capabilities, at least one
   * @return this query
   * @throws IllegalArgumentException if none is given
   */
  public AssetQuery capability(Collection<Capability> anyOf) {
    sets.add(union(anyOf, index::capability, "capability"));
    return this;
  }

  /**
   * Narrows to assets of any of the given categories.
   *
   * @param anyOf the categories, at least one
   * @return this query
   * @throws IllegalArgumentException if none is given
   */
  public AssetQuery category(AssetCategory... anyOf) {
    return category(Arrays.asList(anyOf));
  }

  /**
   * Narrows to assets of any of the given categories.
   *
   * @param anyOf the categories, at least one
   * @return this query
   * @throws IllegalArgumentException if none is given
   */
  public AssetQuery category(Collection<AssetCategory> anyOf) {
    sets.add(union(anyOf, index::category, "category"));
    return this;
  }

  /**
   * Narrows to assets of any of the given statuses.
   *
   * @param anyOf the statuses, at least one
   * @return this query
   * @throws IllegalArgumentException if none is given
   */
  public AssetQuery status(AssetStatus... anyOf) {
    sets.add(union(Arrays.asList(anyOf), index::status, "status"));
    return this;
  }

  /**
   * Narrows to advanced CCTV under the register's {@link AdvancedCctvPolicy}.
   *
   * @return this query
   */
  public AssetQuery advanced() {
    sets.add(index.advanced());
    return this;
  }

  /**
   * Narrows to advanced CCTV under the given policy.
   *
   * @param policy the policy
   * @return this query
   */
  public AssetQuery advanced(AdvancedCctvPolicy policy) {
    requireNonNull(policy, "policy");
    filters.add(policy::isAdvanced);
    return this;
  }

  /**
   * Narrows to overt assets.
   *
   * @return this query
   */
  public AssetQuery overt() {
    sets.add(index.deployment(Deployment.OVERT));
    return this;
  }

  /**
   * Narrows to covert assets.
   *
   * @return this query
   */
  public AssetQuery covert() {
    sets.add(index.deployment(Deployment.COVERT));
    return this;
  }

  /**
   * Narrows to assets the organisation owns.
   *
   * @return this query
   */
  public AssetQuery owned() {
    sets.add(index.owned());
    return this;
  }

  /**
   * Narrows to assets the organisation operates.
   *
   * @return this query
   */
  public AssetQuery operated() {
    sets.add(index.operated());
    return this;
  }

  /**
   * Narrows to assets the organisation owns or operates. Every valid asset is one or both; the call
   * exists so that a question reads as asked.
   *
   * @return this query
   */
  public AssetQuery ownedOrOperated() {
    sets.add(index.ownedOrOperated());
    return this;
  }

  /**
   * Narrows to assets in service on a day: not planned, started on or before it and not ended
   * before it. The day is also the date of vendor group membership.
   *
   * @param date the day
   * @return this query
   * @throws IllegalStateException if a date was already given
   */
  public AssetQuery inServiceOn(LocalDate date) {
    requireNonNull(date, "date");
    if (inServiceOn != null) {
      throw new IllegalStateException("inServiceOn was already given: " + inServiceOn);
    }
    inServiceOn = date;
    sets.add(index.inServiceOn(date));
    return this;
  }

  /**
   * Narrows by any condition. Conditions are checked after the indexes, on the remaining assets.
   *
   * @param condition the condition; must be side-effect free
   * @return this query
   */
  public AssetQuery where(Predicate<Asset> condition) {
    filters.add(requireNonNull(condition, "condition"));
    return this;
  }

  /**
   * Returns the matching assets in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Asset> list() {
    PositionSet positions = positions();
    List<Asset> result = new ArrayList<>(positions.cardinality());
    positions.forEach(position -> result.add(index.asset(position)));
    return java.util.Collections.unmodifiableList(result);
  }

  /**
   * Returns the ids of the matching assets in order.
   *
   * @return an unmodifiable list, never null
   */
  public List<AssetId> ids() {
    return list().stream().map(Asset::id).toList();
  }

  /**
   * Returns how many entries match and how many units they stand for.
   *
   * @return the count, never null
   */
  public AssetCount count() {
    PositionSet positions = positions();
    return new AssetCount(positions.longCardinality(), index.units(positions));
  }

  /**
   * Returns whether any asset matches.
   *
   * @return true if one does
   */
  public boolean exists() {
    return !positions().isEmpty();
  }

  /**
   * Returns the matching assets in id order, as a stream.
   *
   * @return a sequential stream, never null
   */
  public Stream<Asset> stream() {
    return list().stream();
  }

  /**
   * Returns the matching assets with why each matched.
   *
   * @return an unmodifiable list in id order, never null
   */
  public List<AssetMatch> matches() {
    LocalDate date = vendorDate();
    List<AssetMatch> result = new ArrayList<>();
    for (Asset asset : list()) {
      List<String> reasons = new ArrayList<>();
      for (VendorGroup asked : vendorsAsked) {
        register
            .vendors()
            .match(asset.manufacturer(), asset.brand(), asked, date)
            .ifPresent(match -> reasons.add(match.reason()));
      }
      if (unknownManufacturer) {
        reasons.add(register.vendors().resolve(asset.manufacturer(), asset.brand(), date).reason());
      }
      result.add(new AssetMatch(asset, reasons));
    }
    return List.copyOf(result);
  }

  private LocalDate vendorDate() {
    return inServiceOn != null ? inServiceOn : register.asAt();
  }

  /**
   * The sets that narrow the question, smallest first. A set holding every position (such as
   * owned-or-operated, which every valid asset is) narrows nothing and is left out, so that it
   * costs no intersection.
   */
  private List<PositionSet> narrowingSets() {
    int size = index.size();
    List<PositionSet> ordered = new ArrayList<>(sets.size());
    for (PositionSet set : sets) {
      if (set.cardinality() != size) {
        ordered.add(set);
      }
    }
    ordered.sort(Comparator.comparingInt(PositionSet::cardinality));
    return ordered;
  }

  /** The matching positions: the index's sets intersected, smallest first, then refined. */
  private PositionSet positions() {
    List<PositionSet> ordered = narrowingSets();
    PositionSet result;
    if (ordered.isEmpty()) {
      result = index.all();
    } else {
      result = ordered.get(0);
      for (int i = 1; i < ordered.size() && !result.isEmpty(); i++) {
        result = result.and(ordered.get(i));
      }
    }
    if (!vendorsAsked.isEmpty() && !result.isEmpty()) {
      result = refineByVendorDate(result);
    }
    if (!filters.isEmpty() && !result.isEmpty()) {
      result = result.retain(position -> passesFilters(index.asset(position)));
    }
    return result;
  }

  private boolean passesFilters(Asset asset) {
    for (Predicate<Asset> filter : filters) {
      if (!filter.test(asset)) {
        return false;
      }
    }
    return true;
  }

  /** Drops the assets whose vendor belonged to a group asked about only on other dates. */
  private PositionSet refineByVendorDate(PositionSet positions) {
    PositionSet dateDependent = index.vendorDateDependent();
    if (!positions.intersects(dateDependent)) {
      return positions;
    }
    LocalDate date = vendorDate();
    PositionSet dated = positions.and(dateDependent);
    return positions.retain(
        position -> {
          if (dated.contains(position)) {
            Asset asset = index.asset(position);
            for (VendorGroup asked : vendorsAsked) {
              if (!register.vendors().matches(asset.manufacturer(), asset.brand(), asked, date)) {
                return false;
              }
            }
          }
          return true;
        });
  }

  private static <T> PositionSet union(
      Collection<T> anyOf, java.util.function.Function<T, PositionSet> lookup, String what) {
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("give at least one " + what);
    }
    List<PositionSet> sets = new ArrayList<>(anyOf.size());
    for (T value : anyOf) {
      sets.add(lookup.apply(requireNonNull(value, what)));
    }
    return PositionSet.union(sets);
  }
}
