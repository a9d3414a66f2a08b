package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.text.Printable;
import org.oversight.register.vendor.VendorDirectory;
import org.oversight.register.vendor.VendorGroup;
import org.oversight.register.vendor.VendorMatch;

/**
 * A summary shaped like the Biometrics and Surveillance Camera Commissioner's 2022 police survey:
 * units by category and by manufacturer group, and whether equipment from vendors of concern is
 * held — the question most forces could not answer in 2022.
 *
 * <p>It counts <em>units</em> (an entry may stand for many) of <em>overt</em> assets in service on
 * the date passed in: the survey asked about overt systems, and a summary may be published, so
 * covert assets never influence it. Vendors of concern are the vendors on every list in force on
 * the date, restrictions and concerns alike, matched by corporate group on that date. "Not held" is
 * only said when every unit's manufacturer is known: with unknown manufacturers the answer is
 * {@link Held#CANNOT_SAY}. Immutable and thread-safe.
 */
public final class SurveySummary {

  /** Whether equipment from vendors of concern is held. */
  public enum Held {
    /** At least one unit is from a vendor of concern. */
    YES,
    /** No unit is, and every unit's manufacturer is known. */
    NO,
    /** No known unit is, but some units' manufacturers are unknown. */
    CANNOT_SAY
  }

  private final String organisation;
  private final LocalDate date;
  private final Map<SurveyCategory, Long> unitsByCategory;
  private final Map<String, Long> unitsByGroup;
  private final long unknownManufacturerUnits;
  private final Map<String, Long> concernUnitsByVendor;
  private final Map<SurveyCategory, Long> concernUnitsByCategory;

  private SurveySummary(
      String organisation,
      LocalDate date,
      Map<SurveyCategory, Long> unitsByCategory,
      Map<String, Long> unitsByGroup,
      long unknownManufacturerUnits,
      Map<String, Long> concernUnitsByVendor,
      Map<SurveyCategory, Long> concernUnitsByCategory) {
    this.organisation = organisation;
    this.date = date;
    this.unitsByCategory = Collections.unmodifiableMap(unitsByCategory);
    this.unitsByGroup = Collections.unmodifiableMap(unitsByGroup);
    this.unknownManufacturerUnits = unknownManufacturerUnits;
    this.concernUnitsByVendor = Collections.unmodifiableMap(concernUnitsByVendor);
    this.concernUnitsByCategory = Collections.unmodifiableMap(concernUnitsByCategory);
  }

  /**
   * Summarises a register on a date with the standard restriction lists.
   *
   * @param register the register
   * @param date the day, for example the register's as-at date
   * @return the summary, never null
   */
  public static SurveySummary of(AssetRegister register, LocalDate date) {
    return of(register, date, RestrictionLists.standard());
  }

  /**
   * Summarises a register on a date with the given lists of restricted vendors and vendors of
   * concern.
   *
   * @param register the register
   * @param date the day
   * @param lists the lists whose vendors are of concern
   * @return the summary, never null
   */
  public static SurveySummary of(AssetRegister register, LocalDate date, RestrictionLists lists) {
    requireNonNull(register, "register");
    requireNonNull(date, "date");
    requireNonNull(lists, "lists");
    VendorDirectory vendors = register.vendors();

    Map<SurveyCategory, Long> byCategory = new EnumMap<>(SurveyCategory.class);
    for (SurveyCategory category : SurveyCategory.values()) {
      List<AssetCategory> members = new ArrayList<>();
      for (AssetCategory c : AssetCategory.values()) {
        if (SurveyCategory.of(c) == category) {
          members.add(c);
        }
      }
      byCategory.put(
          category, register.query().overt().inServiceOn(date).category(members).count().units());
    }

    Set<VendorGroup> concern = new LinkedHashSet<>();
    for (RestrictionList list : lists.lists()) {
      if (list.isInForceOn(date)) {
        list.entries().forEach(e -> concern.add(vendors.vendorNamed(e.vendor())));
      }
    }

    Map<String, Long> groupUnits = new TreeMap<>();
    Map<String, String> groupNames = new LinkedHashMap<>();
    long unknown = 0;
    Map<String, Long> concernByVendor = new TreeMap<>();
    Map<SurveyCategory, Long> concernByCategory = new EnumMap<>(SurveyCategory.class);
    for (SurveyCategory category : SurveyCategory.values()) {
      concernByCategory.put(category, 0L);
    }
    for (Asset asset : register.query().overt().inServiceOn(date).list()) {
      long units = asset.quantity();
      VendorMatch match = vendors.resolve(asset.manufacturer(), asset.brand(), date);
      if (match.isUnknown()) {
        unknown += units;
        continue;
      }
      VendorGroup group = match.group().orElseThrow();
      groupNames.putIfAbsent(group.key(), group.name());
      groupUnits.merge(group.key(), units, Long::sum);
      boolean ofConcern = false;
      for (VendorGroup vendor : concern) {
        if (vendors.matches(asset.manufacturer(), asset.brand(), vendor, date)) {
          concernByVendor.merge(vendor.name(), units, Long::sum);
          ofConcern = true;
        }
      }
      if (ofConcern) {
        concernByCategory.merge(SurveyCategory.of(asset.category()), units, Long::sum);
      }
    }
    // Largest first, then by name, so that the order is stable and reads like a survey table.
    Map<String, Long> byGroup = new LinkedHashMap<>();
    groupUnits.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(e -> groupNames.get(e.getKey())))
        .forEach(e -> byGroup.put(groupNames.get(e.getKey()), e.getValue()));
    return new SurveySummary(
        register.organisation().name(),
        date,
        byCategory,
        byGroup,
        unknown,
        concernByVendor,
        concernByCategory);
  }

  /**
   * Returns the organisation summarised.
   *
   * @return the organisation, never null
   */
  public String organisation() {
    return organisation;
  }

  /**
   * Returns the day summarised.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the units in service by survey category, every category present.
   *
   * @return an unmodifiable map in category order, never null
   */
  public Map<SurveyCategory, Long> unitsByCategory() {
    return unitsByCategory;
  }

  /**
   * Returns the units in service by manufacturer group (display name), largest first. Units whose
   * manufacturer is unknown are not here: see {@link #unknownManufacturerUnits()}.
   *
   * @return an unmodifiable map, never null
   */
  public Map<String, Long> unitsByGroup() {
    return unitsByGroup;
  }

  /**
   * Returns the units in service with neither manufacturer nor brand recorded.
   *
   * @return the units, at least 0
   */
  public long unknownManufacturerUnits() {
    return unknownManufacturerUnits;
  }

  /**
   * Returns the total units in service.
   *
   * @return the units, at least 0
   */
  public long totalUnits() {
    return unitsByCategory.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the units from each vendor of concern held, by vendor name in name order. A unit may
   * count for more than one vendor when one group owns another.
   *
   * @return an unmodifiable map, never null; empty when none is held
   */
  public Map<String, Long> concernUnitsByVendor() {
    return concernUnitsByVendor;
  }

  /**
   * Returns the units from vendors of concern by survey category, every category present; each unit
   * counts once.
   *
   * @return an unmodifiable map in category order, never null
   */
  public Map<SurveyCategory, Long> concernUnitsByCategory() {
    return concernUnitsByCategory;
  }

  /**
   * Returns whether equipment from vendors of concern is held.
   *
   * @return {@link Held#YES}, {@link Held#NO}, or {@link Held#CANNOT_SAY} when none is found but
   *     some manufacturers are unknown
   */
  public Held vendorsOfConcernHeld() {
    if (!concernUnitsByVendor.isEmpty()) {
      return Held.YES;
    }
    return unknownManufacturerUnits > 0 ? Held.CANNOT_SAY : Held.NO;
  }

  /**
   * Renders the summary as plain text.
   *
   * @return the text, never null; ends with a line break
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append("Survey summary for ")
        .append(Printable.line(organisation))
        .append(" on ")
        .append(date)
        .append(" (overt equipment in service, in units)\n");
    text.append("Units by category:\n");
    unitsByCategory.forEach((k, v) -> row(text, k.name(), v));
    text.append("Units by manufacturer group:\n");
    unitsByGroup.forEach((k, v) -> row(text, k, v));
    if (unknownManufacturerUnits > 0) {
      row(text, "(manufacturer unknown)", unknownManufacturerUnits);
    }
    text.append("Equipment from vendors of concern held: ").append(vendorsOfConcernHeld());
    if (vendorsOfConcernHeld() == Held.CANNOT_SAY) {
      text.append(" (").append(unknownManufacturerUnits).append(" units of unknown manufacturer)");
    }
    text.append('\n');
    concernUnitsByVendor.forEach((k, v) -> row(text, k, v));
    if (!concernUnitsByVendor.isEmpty()) {
      text.append("Units from vendors of concern by category:\n");
      concernUnitsByCategory.forEach(
          (k, v) -> {
            if (v > 0) {
              row(text, k.name(), v);
            }
          });
    }
    return text.toString();
  }

  private static void row(StringBuilder text, String raw, long units) {
    String label = Printable.line(raw);
    text.append("  ").append(label);
    int pad = Math.max(1, 32 - label.length());
    text.append(" ".repeat(pad)).append(units).append('\n');
  }

  @Override
  public String toString() {
    return "SurveySummary[" + organisation + " on " + date + ": " + totalUnits() + " units]";
  }
}
