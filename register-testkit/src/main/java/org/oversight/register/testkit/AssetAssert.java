package org.oversight.register.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AdvancedCctvPolicy;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.vendor.VendorDirectory;
import org.oversight.register.vendor.VendorGroup;

/**
 * AssertJ assertions about one {@link Asset}, reading as the domain:
 *
 * <pre>{@code
 * assertThat(asset).isOvert().isFromVendor("Hikvision").isInServiceOn(LocalDate.of(2021, 9, 6));
 * }</pre>
 *
 * <p>Each failure says what was expected and what was found, naming the asset by id. A failure
 * never shows a covert asset's authorisation reference. Vendor questions use {@link
 * VendorDirectory#standard()} unless {@link #usingVendors(VendorDirectory)} says otherwise. Start
 * with {@link RegisterAssertions#assertThat(Asset)}. Not thread-safe, like every AssertJ assertion.
 */
public final class AssetAssert extends AbstractAssert<AssetAssert, Asset> {
  private VendorDirectory vendors = VendorDirectory.standard();

  /**
   * Creates assertions about an asset.
   *
   * @param actual the asset, or null (which fails every assertion)
   */
  public AssetAssert(@Nullable Asset actual) {
    super(actual, AssetAssert.class);
  }

  /**
   * Uses the given vendor directory for the vendor assertions that follow.
   *
   * @param directory the directory
   * @return this assertion
   */
  public AssetAssert usingVendors(VendorDirectory directory) {
    this.vendors = java.util.Objects.requireNonNull(directory, "directory");
    return this;
  }

  /**
   * Verifies that the asset is deployed overtly.
   *
   * @return this assertion
   */
  public AssetAssert isOvert() {
    isNotNull();
    if (actual.isCovert()) {
      failWithMessage("%nExpecting asset %s to be overt but it is covert", id());
    }
    return this;
  }

  /**
   * Verifies that the asset is deployed covertly.
   *
   * @return this assertion
   */
  public AssetAssert isCovert() {
    isNotNull();
    if (!actual.isCovert()) {
      failWithMessage("%nExpecting asset %s to be covert but it is overt", id());
    }
    return this;
  }

  /**
   * Verifies that a covert asset records an authorisation reference, without showing it.
   *
   * @return this assertion
   */
  public AssetAssert hasAuthorisationRef() {
    isNotNull();
    if (actual.authorisationRef() == null) {
      failWithMessage(
          "%nExpecting asset %s (%s) to have an authorisation reference but it has none",
          id(), actual.deployment());
    }
    return this;
  }

  /**
   * Verifies that the asset has every one of the given capabilities.
   *
   * @param expected the capabilities, at least one
   * @return this assertion
   */
  public AssetAssert hasCapability(Capability... expected) {
    isNotNull();
    List<Capability> missing = new ArrayList<>();
    for (Capability capability : expected) {
      if (!actual.hasCapability(capability)) {
        missing.add(capability);
      }
    }
    if (!missing.isEmpty()) {
      failWithMessage(
          "%nExpecting asset %s to have capabilities %s but it lacks %s; it has %s",
          id(), Arrays.asList(expected), missing, actual.capabilities());
    }
    return this;
  }

  /**
   * Verifies that the asset has none of the given capabilities.
   *
   * @param unexpected the capabilities
   * @return this assertion
   */
  public AssetAssert doesNotHaveCapability(Capability... unexpected) {
    isNotNull();
    List<Capability> found = new ArrayList<>();
    for (Capability capability : unexpected) {
      if (actual.hasCapability(capability)) {
        found.add(capability);
      }
    }
    if (!found.isEmpty()) {
      failWithMessage(
          "%nExpecting asset %s not to have capabilities %s but it has %s", id(), found, found);
    }
    return this;
  }

  /**
   * Verifies the asset's category.
   *
   * @param expected the category
   * @return this assertion
   */
  public AssetAssert hasCategory(AssetCategory expected) {
    isNotNull();
    if (actual.category() != expected) {
      failWithMessage(
          "%nExpecting asset %s to be a %s but it is a %s", id(), expected, actual.category());
    }
    return this;
  }

  /**
   * Verifies the asset's lifecycle status.
   *
   * @param expected the status
   * @return this assertion
   */
  public AssetAssert hasStatus(AssetStatus expected) {
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage(
          "%nExpecting asset %s to have status %s but it has %s", id(), expected, actual.status());
    }
    return this;
  }

  /**
   * Verifies how many units the asset's entry stands for.
   *
   * @param expected the quantity
   * @return this assertion
   */
  public AssetAssert hasQuantity(int expected) {
    isNotNull();
    if (actual.quantity() != expected) {
      failWithMessage(
          "%nExpecting asset %s to have quantity %s but it has %s",
          id(), expected, actual.quantity());
    }
    return this;
  }

  /**
   * Verifies that the asset is in service on the day: not planned, started on or before it, not
   * ended before it.
   *
   * @param date the day
   * @return this assertion
   */
  public AssetAssert isInServiceOn(LocalDate date) {
    isNotNull();
    if (!actual.isInServiceOn(date)) {
      failWithMessage(
          "%nExpecting asset %s to be in service on %s but it is %s from %s until %s",
          id(), date, actual.status(), actual.inServiceFrom(), actual.inServiceUntil());
    }
    return this;
  }

  /**
   * Verifies that the asset is not in service on the day.
   *
   * @param date the day
   * @return this assertion
   */
  public AssetAssert isNotInServiceOn(LocalDate date) {
    isNotNull();
    if (actual.isInServiceOn(date)) {
      failWithMessage(
          "%nExpecting asset %s not to be in service on %s but it is %s from %s until %s",
          id(), date, actual.status(), actual.inServiceFrom(), actual.inServiceUntil());
    }
    return this;
  }

  /**
   * Verifies that the asset is advanced CCTV under the standard {@link AdvancedCctvPolicy}.
   *
   * @return this assertion
   */
  public AssetAssert isAdvanced() {
    isNotNull();
    if (!AdvancedCctvPolicy.standard().isAdvanced(actual)) {
      failWithMessage(
          "%nExpecting asset %s to be advanced CCTV but it is a %s with only %s",
          id(), actual.category(), actual.capabilities());
    }
    return this;
  }

  /**
   * Verifies that the asset is not advanced CCTV under the standard {@link AdvancedCctvPolicy}.
   *
   * @return this assertion
   */
  public AssetAssert isNotAdvanced() {
    isNotNull();
    if (AdvancedCctvPolicy.standard().isAdvanced(actual)) {
      failWithMessage(
          "%nExpecting asset %s not to be advanced CCTV but it is a %s with %s",
          id(), actual.category(), actual.capabilities());
    }
    return this;
  }

  /**
   * Verifies that neither manufacturer nor brand is recorded; a placeholder such as "N/A" counts as
   * not recorded, as the vendor directory decides.
   *
   * @return this assertion
   */
  public AssetAssert hasManufacturerUnknown() {
    isNotNull();
    if (vendors.recordedVendor(actual.manufacturer()).isPresent()
        || vendors.recordedVendor(actual.brand()).isPresent()) {
      failWithMessage(
          "%nExpecting asset %s to have an unknown manufacturer but it has manufacturer %s and"
              + " brand %s",
          id(), actual.manufacturer(), actual.brand());
    }
    return this;
  }

  /**
   * Verifies that the asset is from the vendor or corporate group, by manufacturer or brand, on the
   * day it entered service (or at any date, for an asset with no first day in service).
   *
   * @param vendor a vendor or group name, for example {@code "Hikvision"}
   * @return this assertion
   */
  public AssetAssert isFromVendor(String vendor) {
    isNotNull();
    LocalDate from = actual.inServiceFrom();
    if (from != null) {
      return isFromVendor(vendor, from);
    }
    VendorGroup asked = vendors.vendorNamed(vendor);
    if (!vendors.matchesAtAnyDate(actual.manufacturer(), actual.brand(), asked)) {
      failVendor(vendor, "at any date");
    }
    return this;
  }

  /**
   * Verifies that the asset is from the vendor or corporate group, by manufacturer or brand, on the
   * given day.
   *
   * @param vendor a vendor or group name, for example {@code "Hikvision"}
   * @param date the day of group membership
   * @return this assertion
   */
  public AssetAssert isFromVendor(String vendor, LocalDate date) {
    isNotNull();
    VendorGroup asked = vendors.vendorNamed(vendor);
    if (!vendors.matches(actual.manufacturer(), actual.brand(), asked, date)) {
      failVendor(vendor, "on " + date);
    }
    return this;
  }

  /**
   * Verifies that the asset is not from the vendor or corporate group on the given day.
   *
   * @param vendor a vendor or group name
   * @param date the day of group membership
   * @return this assertion
   */
  public AssetAssert isNotFromVendor(String vendor, LocalDate date) {
    isNotNull();
    VendorGroup asked = vendors.vendorNamed(vendor);
    vendors
        .whyMatches(actual.manufacturer(), actual.brand(), asked, date)
        .ifPresent(
            why ->
                failWithMessage(
                    "%nExpecting asset %s not to be from vendor %s on %s but it is: %s",
                    id(), vendor, date, why));
    return this;
  }

  private void failVendor(String vendor, String when) {
    failWithMessage(
        "%nExpecting asset %s to be from vendor %s %s but it has manufacturer %s and brand %s",
        id(), vendor, when, actual.manufacturer(), actual.brand());
  }

  private String id() {
    return actual.id().value();
  }
}
