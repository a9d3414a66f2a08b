package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.oversight.register.AdvancedCctvPolicy;
import org.oversight.register.AssetQuery;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Organisation;
import org.oversight.register.vendor.VendorDirectory;

/**
 * The public view of a register: its overt assets, and only the DPIAs and contracts that at least
 * one overt asset refers to. Everything public answers are computed from (DOMAIN.md rule 1).
 *
 * <p>The view is a separate register holding the overt records alone, with its own index restricted
 * from the whole register's; it keeps no reference to the register it came from, so nothing reached
 * through it can lead to a covert asset, its authorisation reference, or a DPIA or contract that
 * only covert assets refer to. Two registers that differ only in covert assets (and what only they
 * refer to) give equal views.
 *
 * <p>Immutable and thread-safe.
 */
public final class OvertRegister {
  private final AssetRegister overt;

  private OvertRegister(AssetRegister overt) {
    this.overt = overt;
  }

  /**
   * Returns the overt view of a register, derived from it without validating again, its index
   * restricted from the register's ({@link AssetRegister#overtOnly()}); the register keeps the
   * view, so asking again costs nothing.
   *
   * @param register the whole register, covert records included
   * @return the view, never null
   */
  public static OvertRegister of(AssetRegister register) {
    return new OvertRegister(requireNonNull(register, "register").overtOnly());
  }

  /**
   * Returns the organisation whose register this is.
   *
   * @return the organisation, never null
   */
  public Organisation organisation() {
    return overt.organisation();
  }

  /**
   * Returns the date the register's data is correct as at.
   *
   * @return the date, never null
   */
  public LocalDate asAt() {
    return overt.asAt();
  }

  /**
   * Returns the overt assets, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Asset> assets() {
    return overt.assets();
  }

  /**
   * Returns the DPIAs that some overt asset refers to, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Dpia> dpias() {
    return overt.dpias();
  }

  /**
   * Returns the contracts that some overt asset refers to, in id order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Contract> contracts() {
    return overt.contracts();
  }

  /**
   * Starts a question about the overt assets.
   *
   * @return a new query over overt assets only, never null
   */
  public AssetQuery query() {
    return overt.query();
  }

  /**
   * Returns the DPIAs covering any of the given overt assets, in id order, each once.
   *
   * @param of overt assets of this view
   * @return an unmodifiable list, never null
   */
  public List<Dpia> dpiasFor(List<Asset> of) {
    return overt.dpiasFor(of);
  }

  /**
   * Returns the contracts any of the given overt assets were supplied under, in id order, each
   * once.
   *
   * @param of overt assets of this view
   * @return an unmodifiable list, never null
   */
  public List<Contract> contractsFor(List<Asset> of) {
    return overt.contractsFor(of);
  }

  /**
   * Returns the governing documents (other than DPIAs) that govern an overt asset, by name or by
   * category, in id order; the assets each names are the overt ones only.
   *
   * @return an unmodifiable list, never null
   */
  public List<GoverningDocument> documents() {
    return overt.documents();
  }

  /**
   * Returns the governing documents that govern any of the given overt assets, in id order, each
   * once.
   *
   * @param of overt assets of this view
   * @return an unmodifiable list, never null
   */
  public List<GoverningDocument> documentsFor(List<Asset> of) {
    return overt.documentsFor(of);
  }

  /**
   * Returns the policy that decides which assets are advanced CCTV.
   *
   * @return the policy, never null
   */
  public AdvancedCctvPolicy advancedPolicy() {
    return overt.advancedPolicy();
  }

  /**
   * Returns the vendor directory this register resolves manufacturers and brands with: reference
   * data, the same whatever the register holds, so nothing covert can be reached through it.
   *
   * @return the directory, never null
   */
  public VendorDirectory vendors() {
    return overt.vendors();
  }

  /**
   * Returns the vendor a name denotes in this register's vendor directory, by display name.
   *
   * @param name a vendor or group name
   * @return the display name of the vendor or group, never null
   * @throws IllegalArgumentException if the name has no letters or digits
   */
  public String vendorName(String name) {
    return overt.vendors().vendorNamed(name).name();
  }

  /**
   * Says why the manufacturer of an asset counts as unknown on a date, in this register's vendor
   * directory: nothing recorded, or only placeholders such as "N/A" (the directory decides).
   *
   * @param asset an asset of this register
   * @param date the day
   * @return the reason, one sentence, never null
   */
  public String unknownManufacturerReason(Asset asset, LocalDate date) {
    return overt.vendors().resolve(asset.manufacturer(), asset.brand(), date).reason();
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof OvertRegister that && overt.equals(that.overt);
  }

  @Override
  public int hashCode() {
    return overt.hashCode();
  }

  @Override
  public String toString() {
    return "OvertRegister[" + overt + "]";
  }
}
