package org.oversight.register.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.oversight.register.compliance.RestrictionCheck;
import org.oversight.register.compliance.RestrictionHit;
import org.oversight.register.compliance.RestrictionList;
import org.oversight.register.foi.OvertRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Organisation;
import org.oversight.register.vendor.VendorDirectory;
import org.oversight.register.vendor.VendorGroup;
import org.oversight.register.vendor.VendorMatch;

/**
 * The figures of a public transparency report: what the overt part of a register says about the
 * equipment in service on one day. {@link ReportHtml#render} writes them as a page.
 *
 * <p>Built from an {@link OvertRegister} only, so two registers that differ only in covert assets
 * (and what only they refer to) give equal reports. Every figure counts <em>units</em> (an entry
 * may stand for many identical units) of overt equipment in service on {@link #date()}, and agrees
 * with the register's own query: {@code register.query().inServiceOn(date)}. Vendors are resolved
 * to their corporate group on that day by the register's {@link VendorDirectory}; units whose
 * manufacturer is unknown are counted as such, never left out or guessed.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransparencyReport {
  /** The most points of the in-service-over-time series, the report's date included. */
  static final int MAX_SERVICE_POINTS = 16;

  private final OvertRegister register;
  private final LocalDate date;
  private final ReportOptions options;
  private final List<Asset> inService;
  private final List<CategoryFigure> categories;
  private final List<VendorFigure> vendors;
  private final long unknownManufacturerEntries;
  private final long unknownManufacturerUnits;
  private final long listedUnits;
  private final List<ListFigure> lists;
  private final List<ServicePoint> overTime;
  private final Map<String, Long> unitsCoveredByDpia;

  /**
   * The units in service of one category.
   *
   * @param category the category
   * @param entries the register entries in service
   * @param units the units in service
   * @param dpiaCoveredUnits the units whose processing an approved, in-date DPIA covers
   */
  public record CategoryFigure(
      AssetCategory category, long entries, long units, long dpiaCoveredUnits) {
    /**
     * Creates a value.
     *
     * @param category the category
     * @param entries the entries, at least 0
     * @param units the units, at least 0
     * @param dpiaCoveredUnits the covered units, 0 to {@code units}
     */
    public CategoryFigure {
      requireNonNull(category, "category");
    }
  }

  /**
   * The units in service from one vendor group.
   *
   * @param group the corporate group, on the report's date
   * @param entries the register entries in service
   * @param units the units in service
   * @param listed whether some of these units are from a vendor on a restriction list in force
   */
  public record VendorFigure(VendorGroup group, long entries, long units, boolean listed) {
    /**
     * Creates a value.
     *
     * @param group the group
     * @param entries the entries, at least 1
     * @param units the units, at least 1
     * @param listed whether some units are from a listed vendor
     */
    public VendorFigure {
      requireNonNull(group, "group");
    }
  }

  /**
   * The units in service from the vendors of one restriction list in force on the report's date.
   *
   * @param list the list
   * @param units the units that fall under the list, each once
   * @param unitsByVendor the units by the list entry they fall under, in the list's order
   */
  public record ListFigure(RestrictionList list, long units, Map<String, Long> unitsByVendor) {
    /**
     * Creates a value.
     *
     * @param list the list
     * @param units the units, at least 0
     * @param unitsByVendor the units by listed vendor; copied
     */
    public ListFigure {
      requireNonNull(list, "list");
      unitsByVendor = Collections.unmodifiableMap(new LinkedHashMap<>(unitsByVendor));
    }
  }

  /**
   * The units in service on one day.
   *
   * @param date the day
   * @param units the units in service on it
   */
  public record ServicePoint(LocalDate date, long units) {
    /**
     * Creates a value.
     *
     * @param date the day
     * @param units the units, at least 0
     */
    public ServicePoint {
      requireNonNull(date, "date");
    }
  }

  private TransparencyReport(OvertRegister register, LocalDate date, ReportOptions options) {
    this.register = register;
    this.date = date;
    this.options = options;
    this.inService = register.query().inServiceOn(date).list();
    VendorDirectory directory = register.vendors();

    Map<String, Dpia> dpiasById = new HashMap<>();
    register.dpias().forEach(d -> dpiasById.put(d.id(), d));
    Map<String, Long> covered = new TreeMap<>();
    Map<AssetCategory, long[]> byCategory = new EnumMap<>(AssetCategory.class);
    for (Asset asset : inService) {
      long[] figure = byCategory.computeIfAbsent(asset.category(), c -> new long[3]);
      figure[0]++;
      figure[1] += asset.quantity();
      boolean isCovered = false;
      for (String id : asset.dpiaIds()) {
        Dpia dpia = dpiasById.get(id);
        if (dpia != null) {
          covered.merge(dpia.id(), (long) asset.quantity(), Long::sum);
          isCovered |= isCurrent(dpia, date);
        }
      }
      if (isCovered) {
        figure[2] += asset.quantity();
      }
    }
    List<CategoryFigure> categoryFigures = new ArrayList<>();
    byCategory.forEach((c, f) -> categoryFigures.add(new CategoryFigure(c, f[0], f[1], f[2])));
    // Largest first; the declared order breaks ties, so the order never depends on the data's.
    categoryFigures.sort(
        Comparator.comparingLong(CategoryFigure::units)
            .reversed()
            .thenComparing(CategoryFigure::category));
    this.categories = List.copyOf(categoryFigures);
    this.unitsCoveredByDpia = Collections.unmodifiableMap(covered);

    RestrictionCheck check = RestrictionCheck.of(options.restrictionLists(), directory);
    Map<String, RestrictionList> inForce = new LinkedHashMap<>();
    Map<String, Long> listUnits = new HashMap<>();
    Map<String, Map<String, Long>> listVendorUnits = new HashMap<>();
    for (RestrictionList list : options.restrictionLists().lists()) {
      if (list.isInForceOn(date)) {
        inForce.put(list.id(), list);
        listUnits.put(list.id(), 0L);
        Map<String, Long> vendorUnits = new LinkedHashMap<>();
        list.entries().forEach(e -> vendorUnits.putIfAbsent(e.vendor(), 0L));
        listVendorUnits.put(list.id(), vendorUnits);
      }
    }
    Map<String, VendorGroup> groups = new HashMap<>();
    Map<String, long[]> groupFigures = new HashMap<>();
    long unknownEntries = 0;
    long unknownUnits = 0;
    long listed = 0;
    for (Asset asset : inService) {
      VendorMatch match = directory.resolve(asset.manufacturer(), asset.brand(), date);
      if (match.isUnknown()) {
        unknownEntries++;
        unknownUnits += asset.quantity();
        continue;
      }
      VendorGroup group = match.group().orElseThrow();
      groups.putIfAbsent(group.key(), group);
      long[] figure = groupFigures.computeIfAbsent(group.key(), k -> new long[3]);
      figure[0]++;
      figure[1] += asset.quantity();
      List<RestrictionHit> hits = check.check(asset, date);
      if (!hits.isEmpty()) {
        figure[2] = 1;
        listed += asset.quantity();
      }
      for (RestrictionHit hit : hits) {
        listUnits.merge(hit.list().id(), (long) asset.quantity(), Long::sum);
        requireNonNull(listVendorUnits.get(hit.list().id()))
            .merge(hit.entry().vendor(), (long) asset.quantity(), Long::sum);
      }
    }
    List<VendorFigure> vendorFigures = new ArrayList<>();
    groupFigures.forEach(
        (key, f) ->
            vendorFigures.add(
                new VendorFigure(requireNonNull(groups.get(key)), f[0], f[1], f[2] != 0)));
    vendorFigures.sort(
        Comparator.comparingLong(VendorFigure::units)
            .reversed()
            .thenComparing(v -> v.group().name())
            .thenComparing(v -> v.group().key()));
    this.vendors = List.copyOf(vendorFigures);
    this.unknownManufacturerEntries = unknownEntries;
    this.unknownManufacturerUnits = unknownUnits;
    this.listedUnits = listed;
    List<ListFigure> listFigures = new ArrayList<>();
    inForce.forEach(
        (id, list) ->
            listFigures.add(
                new ListFigure(
                    list,
                    requireNonNull(listUnits.get(id)),
                    requireNonNull(listVendorUnits.get(id)))));
    this.lists = List.copyOf(listFigures);
    this.overTime = servicePoints(register, date);
  }

  /**
   * Computes the report of a register's overt part on a day, with the standard options (the
   * standard disclosure policy, so no locations, and the standard restriction lists).
   *
   * @param register the overt view of the register
   * @param date the day the figures are for, for example the register's as-at date
   * @return the report, never null
   */
  public static TransparencyReport of(OvertRegister register, LocalDate date) {
    return of(register, date, ReportOptions.standard());
  }

  /**
   * Computes the report of a register's overt part on a day.
   *
   * @param register the overt view of the register
   * @param date the day the figures are for, for example the register's as-at date
   * @param options what the report may show and which restriction lists it counts against
   * @return the report, never null
   */
  public static TransparencyReport of(
      OvertRegister register, LocalDate date, ReportOptions options) {
    requireNonNull(register, "register");
    requireNonNull(date, "date");
    requireNonNull(options, "options");
    return new TransparencyReport(register, date, options);
  }

  /**
   * Returns whether a DPIA is approved and in date on a day: approved (or approved and under
   * review), completed on or before the day, and not past its review date.
   *
   * @param dpia the DPIA
   * @param date the day
   * @return true when it is
   */
  public static boolean isCurrent(Dpia dpia, LocalDate date) {
    requireNonNull(dpia, "dpia");
    requireNonNull(date, "date");
    LocalDate completed = dpia.completedOn();
    LocalDate due = dpia.reviewDue();
    return dpia.isInForce()
        && completed != null
        && !completed.isAfter(date)
        && (due == null || !due.isBefore(date));
  }

  private static List<ServicePoint> servicePoints(OvertRegister register, LocalDate date) {
    LocalDate earliest = null;
    for (Asset asset : register.assets()) {
      LocalDate from = asset.inServiceFrom();
      if (from != null && !from.isAfter(date) && (earliest == null || from.isBefore(earliest))) {
        earliest = from;
      }
    }
    List<LocalDate> days = new ArrayList<>();
    if (earliest != null) {
      // 1 January of each year after the first day in service, up to the report's date, thinned
      // evenly (counting back from the latest) so that there are at most MAX_SERVICE_POINTS.
      int first = earliest.getYear() + 1;
      int last = date.getYear();
      int years = Math.max(0, last - first + 1);
      int step = Math.max(1, (years + MAX_SERVICE_POINTS - 2) / (MAX_SERVICE_POINTS - 1));
      for (int year = first; year <= last; year++) {
        LocalDate day = LocalDate.of(year, 1, 1);
        if ((last - year) % step == 0 && day.isBefore(date)) {
          days.add(day);
        }
      }
    }
    days.add(date);
    List<ServicePoint> points = new ArrayList<>();
    for (LocalDate day : days) {
      points.add(new ServicePoint(day, register.query().inServiceOn(day).count().units()));
    }
    return List.copyOf(points);
  }

  /**
   * Returns the overt view the report was computed from.
   *
   * @return the view, never null
   */
  public OvertRegister register() {
    return register;
  }

  /**
   * Returns the organisation whose register this is.
   *
   * @return the organisation, never null
   */
  public Organisation organisation() {
    return register.organisation();
  }

  /**
   * Returns the date the register's data is correct as at.
   *
   * @return the date, never null
   */
  public LocalDate asAt() {
    return register.asAt();
  }

  /**
   * Returns the day the figures are for.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns what the report may show and which lists it counts against.
   *
   * @return the options, never null
   */
  public ReportOptions options() {
    return options;
  }

  /**
   * Returns the overt entries in service on the report's date, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Asset> inService() {
    return inService;
  }

  /**
   * Returns the units in service on the report's date.
   *
   * @return the units, at least 0
   */
  public long totalUnits() {
    return categories.stream().mapToLong(CategoryFigure::units).sum();
  }

  /**
   * Returns the units in service by category, largest first, categories with none left out.
   *
   * @return an unmodifiable list, never null
   */
  public List<CategoryFigure> categories() {
    return categories;
  }

  /**
   * Returns the units in service by vendor group, largest first (then by name); units whose
   * manufacturer is unknown are not here but in {@link #unknownManufacturerUnits()}.
   *
   * @return an unmodifiable list, never null
   */
  public List<VendorFigure> vendors() {
    return vendors;
  }

  /**
   * Returns the entries in service with no manufacturer or brand recorded (or only placeholders
   * such as "N/A").
   *
   * @return the entries, at least 0
   */
  public long unknownManufacturerEntries() {
    return unknownManufacturerEntries;
  }

  /**
   * Returns the units in service with no manufacturer or brand recorded (or only placeholders).
   *
   * @return the units, at least 0
   */
  public long unknownManufacturerUnits() {
    return unknownManufacturerUnits;
  }

  /**
   * Returns the units in service from a vendor on at least one restriction list in force on the
   * report's date, each unit once.
   *
   * @return the units, at least 0
   */
  public long listedUnits() {
    return listedUnits;
  }

  /**
   * Returns, for each restriction list in force on the report's date, the units in service from its
   * vendors (their brands and subsidiaries included), in the lists' order.
   *
   * @return an unmodifiable list, never null
   */
  public List<ListFigure> lists() {
    return lists;
  }

  /**
   * Returns the units in service over time: on 1 January of the years since the first entry came
   * into service (at most {@value #MAX_SERVICE_POINTS} points, evenly thinned), then on the
   * report's date.
   *
   * @return an unmodifiable list in date order, never empty; the last point is the report's date
   */
  public List<ServicePoint> overTime() {
    return overTime;
  }

  /**
   * Returns the units in service whose processing an approved, in-date DPIA covers (see {@link
   * #isCurrent}).
   *
   * @return the units, at least 0
   */
  public long dpiaCoveredUnits() {
    return categories.stream().mapToLong(CategoryFigure::dpiaCoveredUnits).sum();
  }

  /**
   * Returns the units in service each DPIA of the register covers, by DPIA id, whatever its status.
   *
   * @param dpia a DPIA of the register
   * @return the units, at least 0
   */
  public long unitsCoveredBy(Dpia dpia) {
    return unitsCoveredByDpia.getOrDefault(requireNonNull(dpia, "dpia").id(), 0L);
  }

  /**
   * Returns the overt entries in service with a recorded location, in id order, whether or not the
   * report may show where they are.
   *
   * @return an unmodifiable list, never null
   */
  public List<Asset> located() {
    return inService.stream().filter(a -> a.location() != null).toList();
  }

  /**
   * Returns the DPIAs that cover overt processing, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Dpia> dpias() {
    return register.dpias();
  }

  /**
   * Returns the contracts overt equipment was supplied under, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Contract> contracts() {
    return register.contracts();
  }

  @Override
  public String toString() {
    return "TransparencyReport[" + date + ": " + totalUnits() + " units in service]";
  }
}
