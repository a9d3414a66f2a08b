package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.vendor.VendorDirectory;
import org.oversight.register.vendor.VendorGroup;
import org.oversight.register.vendor.VendorMatch;

/**
 * Says which assets fall under which restriction list on a date, directly (the recorded
 * manufacturer is a listed vendor) or through a brand or subsidiary (the manufacturer or brand
 * belonged to a listed group on that date), and why.
 *
 * <p>A list applies from its {@linkplain RestrictionList#inForceFrom() in-force date}; group
 * membership is taken on the date asked, so a Lorex camera falls under the Dahua entries only while
 * Lorex belonged to Dahua. An asset whose manufacturer is unknown falls under no list: the {@link
 * ComplianceReport} reports it as unknown instead. Immutable and thread-safe.
 */
public final class RestrictionCheck {
  private final RestrictionLists lists;
  private final VendorDirectory vendors;

  private RestrictionCheck(RestrictionLists lists, VendorDirectory vendors) {
    this.lists = lists;
    this.vendors = vendors;
  }

  /**
   * Returns a check of the given lists through the given directory.
   *
   * @param lists the restriction lists
   * @param vendors the vendor directory that resolves names and brands
   * @return the check, never null
   */
  public static RestrictionCheck of(RestrictionLists lists, VendorDirectory vendors) {
    return new RestrictionCheck(requireNonNull(lists, "lists"), requireNonNull(vendors, "vendors"));
  }

  /**
   * Returns a check of the standard lists through the standard directory.
   *
   * @return the check, never null
   */
  public static RestrictionCheck standard() {
    return of(RestrictionLists.standard(), VendorDirectory.standard());
  }

  /**
   * Returns the lists this check uses.
   *
   * @return the lists, never null
   */
  public RestrictionLists lists() {
    return lists;
  }

  /**
   * Returns the lists an asset falls under on a date, each once (the first matching entry of a
   * list), in list order.
   *
   * @param asset the asset
   * @param date the day
   * @return an unmodifiable list, never null; empty if none applies
   */
  public List<RestrictionHit> check(Asset asset, LocalDate date) {
    requireNonNull(asset, "asset");
    requireNonNull(date, "date");
    List<RestrictionHit> hits = new ArrayList<>();
    for (RestrictionList list : lists.lists()) {
      if (!list.isInForceOn(date)) {
        continue;
      }
      for (RestrictionEntry entry : list.entries()) {
        VendorGroup listed = vendors.vendorNamed(entry.vendor());
        Optional<VendorMatch> match =
            vendors.match(asset.manufacturer(), asset.brand(), listed, date);
        if (match.isPresent()) {
          hits.add(
              new RestrictionHit(
                  asset.id(), list, entry, reason(match.get().reason(), list, entry)));
          break;
        }
      }
    }
    return List.copyOf(hits);
  }

  /**
   * Returns the lists every asset of a register falls under on a date, in asset id order then list
   * order. Covert assets are included: this is the owner's view, not a public answer.
   *
   * @param register the register
   * @param date the day
   * @return an unmodifiable list, never null
   */
  public List<RestrictionHit> check(AssetRegister register, LocalDate date) {
    requireNonNull(register, "register");
    List<RestrictionHit> hits = new ArrayList<>();
    for (Asset asset : register.assets()) {
      hits.addAll(check(asset, date));
    }
    return List.copyOf(hits);
  }

  private static String reason(String why, RestrictionList list, RestrictionEntry entry) {
    StringBuilder reason = new StringBuilder(why);
    reason.append("; ").append(entry.vendor()).append(" is on ").append(list.title());
    if (entry.basis() == RestrictionBasis.INFERRED) {
      reason.append(" by inference");
    }
    if (!entry.note().isEmpty()) {
      reason.append(" (").append(entry.note()).append(')');
    }
    return reason.toString();
  }
}
