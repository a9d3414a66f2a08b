package org.oversight.register.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;
import org.oversight.register.vendor.VendorDirectory;
import org.roaringbitmap.BatchIterator;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * Exact per-predicate sets of asset positions (compressed bitmaps) over a register's assets in id
 * order. A question is answered by intersecting the sets, smallest first, before any asset is
 * touched. Immutable after construction, apart from a one-entry cache of the in-service set for the
 * last date asked, which is published safely.
 */
public final class RegisterIndex {
  private final Asset[] assets;
  private final int[] quantities;
  private final RoaringBitmap all;
  private final RoaringBitmap multiUnit;
  private final EnumMap<AssetCategory, RoaringBitmap> byCategory;
  private final Map<Capability, RoaringBitmap> byCapability;
  private final EnumMap<Deployment, RoaringBitmap> byDeployment;
  private final EnumMap<AssetStatus, RoaringBitmap> byStatus;
  private final RoaringBitmap owned;
  private final RoaringBitmap operated;
  private final RoaringBitmap ownedOrOperated;
  private final RoaringBitmap advanced;
  private final Map<String, RoaringBitmap> byVendorKey;
  private final RoaringBitmap vendorDateDependent;
  private final RoaringBitmap unknownManufacturer;
  // In-service sets: positions sorted by first day, and by last day.
  private final RoaringBitmap started;
  // The days themselves are read from the assets during a binary search (a few reads per date), so
  // that they cost no memory per asset.
  private final int[] byFrom;
  private final int[] byUntil;
  // The index's own sets as handed out: immutable views, each with its units, so that a one-set
  // question counts in constant time.
  private final IdentityHashMap<RoaringBitmap, PositionSet> views = new IdentityHashMap<>();
  private volatile @Nullable DatedSet inServiceCache;

  private record DatedSet(LocalDate date, PositionSet set) {}

  /**
   * Indexes assets already sorted by id.
   *
   * @param sorted the assets in id order; not copied, and never modified by the index
   * @param vendors the directory that files assets under vendors and groups
   * @param advancedPolicy which assets are advanced
   */
  public RegisterIndex(Asset[] sorted, VendorDirectory vendors, Predicate<Asset> advancedPolicy) {
    int n = sorted.length;
    this.assets = sorted; // shared with the register's list view, never modified
    this.quantities = new int[n];
    this.all = new RoaringBitmap();
    all.add(0L, (long) n);
    this.multiUnit = new RoaringBitmap();
    this.byCategory = new EnumMap<>(AssetCategory.class);
    this.byCapability = new HashMap<>();
    this.byDeployment = new EnumMap<>(Deployment.class);
    this.byStatus = new EnumMap<>(AssetStatus.class);
    this.owned = new RoaringBitmap();
    this.operated = new RoaringBitmap();
    this.advanced = new RoaringBitmap();
    this.byVendorKey = new HashMap<>();
    this.vendorDateDependent = new RoaringBitmap();
    this.unknownManufacturer = new RoaringBitmap();
    this.started = new RoaringBitmap();
    Map<String, VendorFiling> filings = new HashMap<>();
    int startedCount = 0;
    int endedCount = 0;
    for (int i = 0; i < n; i++) {
      Asset asset = assets[i];
      quantities[i] = asset.quantity();
      if (asset.quantity() > 1) {
        multiUnit.add(i);
      }
      byCategory.computeIfAbsent(asset.category(), k -> new RoaringBitmap()).add(i);
      for (Capability capability : asset.capabilities()) {
        byCapability.computeIfAbsent(capability, k -> new RoaringBitmap()).add(i);
      }
      byDeployment.computeIfAbsent(asset.deployment(), k -> new RoaringBitmap()).add(i);
      byStatus.computeIfAbsent(asset.status(), k -> new RoaringBitmap()).add(i);
      if (asset.owned()) {
        owned.add(i);
      }
      if (asset.operated()) {
        operated.add(i);
      }
      if (advancedPolicy.test(asset)) {
        advanced.add(i);
      }
      fileVendor(i, asset, vendors, filings);
      if (asset.status() != AssetStatus.PLANNED && asset.inServiceFrom() != null) {
        started.add(i);
        startedCount++;
        if (asset.inServiceUntil() != null) {
          endedCount++;
        }
      }
    }
    this.byFrom = new int[startedCount];
    this.byUntil = new int[endedCount];
    this.ownedOrOperated = RoaringBitmap.or(owned, operated);
    sortByDays(true);
    sortByDays(false);
    for (RoaringBitmap bitmap : allBitmaps()) {
      bitmap.runOptimize();
    }
    views.put(all, new PositionSet(all, computeUnits(all)));
    for (RoaringBitmap bitmap : allBitmaps()) {
      views.put(bitmap, new PositionSet(bitmap, computeUnits(bitmap)));
    }
  }

  /**
   * Indexes the assets of another index at the given positions, without looking at the assets
   * again: every set is the other index's set restricted to those positions and renumbered (a kept
   * position's new number is how many kept positions come before it, so id order is kept). The new
   * index holds only the kept assets and keeps no reference to the other index.
   *
   * @param whole the index to take from
   * @param keep positions of {@code whole} to keep
   * @return the index of the kept assets, equal in every answer to one built from them afresh
   */
  public static RegisterIndex restrictedTo(RegisterIndex whole, PositionSet keep) {
    return new RegisterIndex(whole, keep.bits());
  }

  private RegisterIndex(RegisterIndex whole, RoaringBitmap keep) {
    int n = keep.getCardinality();
    this.assets = new Asset[n];
    this.quantities = new int[n];
    // The new number of each kept position, -1 for the others.
    int[] renumber = new int[whole.assets.length];
    Arrays.fill(renumber, -1);
    int k = 0;
    IntIterator kept = keep.getIntIterator();
    while (kept.hasNext()) {
      int position = kept.next();
      renumber[position] = k;
      assets[k] = whole.assets[position];
      quantities[k] = whole.quantities[position];
      k++;
    }
    Restriction restriction = new Restriction(keep, renumber, quantities);
    this.all = new RoaringBitmap();
    all.add(0L, (long) n);
    views.put(all, new PositionSet(all, restriction.units(all)));
    this.multiUnit = restriction.apply(whole.multiUnit, views);
    this.byCategory =
        restriction.applyAll(whole.byCategory, new EnumMap<>(AssetCategory.class), views);
    this.byCapability = restriction.applyAll(whole.byCapability, new HashMap<>(), views);
    this.byDeployment =
        restriction.applyAll(whole.byDeployment, new EnumMap<>(Deployment.class), views);
    this.byStatus = restriction.applyAll(whole.byStatus, new EnumMap<>(AssetStatus.class), views);
    this.owned = restriction.apply(whole.owned, views);
    this.operated = restriction.apply(whole.operated, views);
    this.ownedOrOperated = restriction.apply(whole.ownedOrOperated, views);
    this.advanced = restriction.apply(whole.advanced, views);
    this.byVendorKey = restriction.applyAll(whole.byVendorKey, new HashMap<>(), views);
    this.vendorDateDependent = restriction.apply(whole.vendorDateDependent, views);
    this.unknownManufacturer = restriction.apply(whole.unknownManufacturer, views);
    this.started = restriction.apply(whole.started, views);
    // Sorted by day then position: renumbering keeps both orders, so filtering keeps the sort.
    this.byFrom = restriction.apply(whole.byFrom);
    this.byUntil = restriction.apply(whole.byUntil);
  }

  /** Restricts an index's sets to kept positions and renumbers them. */
  private static final class Restriction {
    private final RoaringBitmap keep;
    private final int[] renumber;
    private final int[] quantities;
    private final int[] batch = new int[256];

    Restriction(RoaringBitmap keep, int[] renumber, int[] quantities) {
      this.keep = keep;
      this.renumber = renumber;
      this.quantities = quantities;
    }

    /** The set restricted and renumbered, its view (with its units) registered. */
    RoaringBitmap apply(RoaringBitmap set, IdentityHashMap<RoaringBitmap, PositionSet> views) {
      RoaringBitmapWriter<RoaringBitmap> writer = RoaringBitmapWriter.writer().get();
      long units = 0;
      BatchIterator it = RoaringBitmap.and(set, keep).getBatchIterator();
      while (it.hasNext()) {
        int count = it.nextBatch(batch);
        for (int i = 0; i < count; i++) {
          int position = renumber[batch[i]];
          writer.add(position);
          units += quantities[position];
        }
      }
      RoaringBitmap restricted = writer.get();
      restricted.runOptimize();
      views.put(restricted, new PositionSet(restricted, units));
      return restricted;
    }

    /** Every set of a map restricted, leaving out those left empty (as a fresh index has none). */
    <K, M extends Map<K, RoaringBitmap>> M applyAll(
        Map<K, RoaringBitmap> sets, M into, IdentityHashMap<RoaringBitmap, PositionSet> views) {
      for (Map.Entry<K, RoaringBitmap> entry : sets.entrySet()) {
        if (RoaringBitmap.intersects(entry.getValue(), keep)) {
          into.put(entry.getKey(), apply(entry.getValue(), views));
        }
      }
      return into;
    }

    /** Positions in order, restricted and renumbered, order kept. */
    int[] apply(int[] positions) {
      int[] restricted = new int[positions.length];
      int count = 0;
      for (int position : positions) {
        int renumbered = renumber[position];
        if (renumbered >= 0) {
          restricted[count++] = renumbered;
        }
      }
      return Arrays.copyOf(restricted, count);
    }

    long units(RoaringBitmap set) {
      long units = 0;
      IntIterator it = set.getIntIterator();
      while (it.hasNext()) {
        units += quantities[it.next()];
      }
      return units;
    }
  }

  private record VendorFiling(List<String> keys, boolean dateDependent) {}

  /** The filing of a field that holds no name (blank or a placeholder): no keys. */
  private static final VendorFiling NOT_RECORDED = new VendorFiling(List.of(), false);

  private void fileVendor(
      int position, Asset asset, VendorDirectory vendors, Map<String, VendorFiling> filings) {
    String manufacturer = asset.manufacturer();
    String brand = asset.brand();
    boolean any = false;
    for (String name : new String[] {manufacturer, brand}) {
      if (name == null) {
        continue;
      }
      // The vendor package decides what a recorded name denotes, placeholders and look-alikes
      // included; the index only files the answer.
      VendorFiling filing =
          filings.computeIfAbsent(
              name,
              k ->
                  vendors
                      .recordedVendor(k)
                      .map(
                          vendor ->
                              new VendorFiling(
                                  List.copyOf(vendors.keysAtAnyDate(vendor)),
                                  vendors.isDateDependent(vendor)))
                      .orElse(NOT_RECORDED));
      if (filing.keys().isEmpty()) {
        continue;
      }
      any = true;
      for (String key : filing.keys()) {
        byVendorKey.computeIfAbsent(key, k -> new RoaringBitmap()).add(position);
      }
      if (filing.dateDependent()) {
        vendorDateDependent.add(position);
      }
    }
    if (!any) {
      unknownManufacturer.add(position);
    }
  }

  private void sortByDays(boolean from) {
    int count = from ? byFrom.length : byUntil.length;
    long[] packed = new long[count];
    int k = 0;
    for (int i = 0; i < assets.length; i++) {
      if (!started.contains(i)) {
        continue;
      }
      LocalDate day = from ? assets[i].inServiceFrom() : assets[i].inServiceUntil();
      if (day == null) {
        continue;
      }
      // Epoch days fit in 32 bits for every ISO date a register holds; position in the low bits.
      packed[k++] = (day.toEpochDay() << 32) | i;
    }
    Arrays.sort(packed);
    int[] positions = from ? byFrom : byUntil;
    for (int j = 0; j < count; j++) {
      positions[j] = (int) (packed[j] & 0xFFFF_FFFFL);
    }
  }

  private List<RoaringBitmap> allBitmaps() {
    List<RoaringBitmap> bitmaps = new java.util.ArrayList<>();
    bitmaps.addAll(byCategory.values());
    bitmaps.addAll(byCapability.values());
    bitmaps.addAll(byDeployment.values());
    bitmaps.addAll(byStatus.values());
    bitmaps.addAll(byVendorKey.values());
    bitmaps.addAll(List.of(owned, operated, advanced, vendorDateDependent, unknownManufacturer));
    bitmaps.add(ownedOrOperated);
    bitmaps.add(started);
    bitmaps.add(multiUnit);
    return bitmaps;
  }

  /**
   * Returns the number of assets.
   *
   * @return the value
   */
  public int size() {
    return assets.length;
  }

  /**
   * Returns the asset at a position.
   *
   * @param position the position
   * @return the value, never null
   */
  public Asset asset(int position) {
    return assets[position];
  }

  /**
   * Returns the quantity of the asset at a position.
   *
   * @param position the position
   * @return the value
   */
  public int quantity(int position) {
    return quantities[position];
  }

  /**
   * Returns the total quantity of the assets at the given positions.
   *
   * @param positions positions of this index
   * @return the units, at least the number of positions
   */
  public long units(PositionSet positions) {
    long known = positions.knownUnits();
    return known >= 0 ? known : computeUnits(positions.bits());
  }

  private long computeUnits(RoaringBitmap positions) {
    // Most entries stand for one unit: add only the extra units of multi-unit entries.
    long units = positions.getLongCardinality();
    BatchIterator extra = RoaringBitmap.and(positions, multiUnit).getBatchIterator();
    int[] batch = new int[256];
    while (extra.hasNext()) {
      int n = extra.nextBatch(batch);
      for (int i = 0; i < n; i++) {
        units += quantities[batch[i]] - 1;
      }
    }
    return units;
  }

  /**
   * Returns every position.
   *
   * @return the value, never null
   */
  public PositionSet all() {
    return view(all);
  }

  /**
   * Returns the positions of a category.
   *
   * @param category the category
   * @return the value, never null
   */
  public PositionSet category(AssetCategory category) {
    return view(byCategory.get(category));
  }

  /**
   * Returns the positions with a capability.
   *
   * @param capability the capability
   * @return the value, never null
   */
  public PositionSet capability(Capability capability) {
    return view(byCapability.get(capability));
  }

  /**
   * Returns the positions of a deployment.
   *
   * @param deployment the deployment
   * @return the value, never null
   */
  public PositionSet deployment(Deployment deployment) {
    return view(byDeployment.get(deployment));
  }

  /**
   * Returns the positions of a status.
   *
   * @param status the status
   * @return the value, never null
   */
  public PositionSet status(AssetStatus status) {
    return view(byStatus.get(status));
  }

  /**
   * Returns the owned positions.
   *
   * @return the value, never null
   */
  public PositionSet owned() {
    return view(owned);
  }

  /**
   * Returns the operated positions.
   *
   * @return the value, never null
   */
  public PositionSet operated() {
    return view(operated);
  }

  /**
   * Returns the positions owned, operated or both.
   *
   * @return the value, never null
   */
  public PositionSet ownedOrOperated() {
    return view(ownedOrOperated);
  }

  /**
   * Returns the positions the register's policy calls advanced.
   *
   * @return the value, never null
   */
  public PositionSet advanced() {
    return view(advanced);
  }

  /**
   * Returns the positions filed under a vendor key at any date.
   *
   * @param key a vendor or group key
   * @return the positions, never null
   */
  public PositionSet vendorAtAnyDate(String key) {
    return view(byVendorKey.get(key));
  }

  /**
   * Returns the positions whose vendor groups depend on the date.
   *
   * @return the value, never null
   */
  public PositionSet vendorDateDependent() {
    return view(vendorDateDependent);
  }

  /**
   * Returns the positions with neither manufacturer nor brand recorded (placeholders count as not
   * recorded).
   *
   * @return the value, never null
   */
  public PositionSet unknownManufacturer() {
    return view(unknownManufacturer);
  }

  /**
   * Returns the positions in service on a date. Cost: proportional to the assets that started after
   * the date or ended before it; the last date's set is cached.
   *
   * @param date the day
   * @return the positions, never null
   */
  public PositionSet inServiceOn(LocalDate date) {
    DatedSet cached = inServiceCache;
    if (cached != null && cached.date().equals(date)) {
      return cached.set();
    }
    long day = date.toEpochDay();
    RoaringBitmap set = started.clone();
    // Started after the day: a suffix of byFrom.
    for (int j = upperBound(byFrom, true, day); j < byFrom.length; j++) {
      set.remove(byFrom[j]);
    }
    // Ended before the day: a prefix of byUntil.
    int ended = lowerBound(byUntil, false, day);
    for (int j = 0; j < ended; j++) {
      set.remove(byUntil[j]);
    }
    set.runOptimize();
    PositionSet view = new PositionSet(set, computeUnits(set));
    inServiceCache = new DatedSet(date, view);
    return view;
  }

  /** The first or last day in service of the asset at a position; it has one. */
  private long day(int position, boolean from) {
    LocalDate day = from ? assets[position].inServiceFrom() : assets[position].inServiceUntil();
    return requireNonNull(day).toEpochDay();
  }

  /** First index of {@code byDay} whose asset's day is after {@code key}. */
  private int upperBound(int[] byDay, boolean from, long key) {
    int low = 0;
    int high = byDay.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (day(byDay[mid], from) <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** First index of {@code byDay} whose asset's day is not before {@code key}. */
  private int lowerBound(int[] byDay, boolean from, long key) {
    int low = 0;
    int high = byDay.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (day(byDay[mid], from) < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private PositionSet view(@Nullable RoaringBitmap own) {
    return own == null ? PositionSet.EMPTY : java.util.Objects.requireNonNull(views.get(own));
  }
}
