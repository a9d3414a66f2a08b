package org.oversight.register.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetId;
import org.oversight.register.validation.Problem;

/**
 * AssertJ assertions about an {@link AssetRegister}, reading as the domain:
 *
 * <pre>{@code
 * assertThat(register).hasAssetCount(5).hasAssetsFromVendor("Axis").containsAsset("CAM-0001");
 * }</pre>
 *
 * <p>Each failure says what was expected and what was found. Messages name assets by id only, never
 * by a covert asset's authorisation reference. Start with {@link RegisterAssertions#assertThat(
 * AssetRegister)}. Not thread-safe, like every AssertJ assertion.
 */
public final class RegisterAssert extends AbstractAssert<RegisterAssert, AssetRegister> {
  private static final int SHOWN = 10;

  /**
   * Creates assertions about a register.
   *
   * @param actual the register, or null (which fails every assertion)
   */
  public RegisterAssert(@Nullable AssetRegister actual) {
    super(actual, RegisterAssert.class);
  }

  /**
   * Verifies that the register holds exactly {@code expected} assets (entries, not units).
   *
   * @param expected the number of assets
   * @return this assertion
   */
  public RegisterAssert hasAssetCount(int expected) {
    isNotNull();
    int found = actual.assets().size();
    if (found != expected) {
      failWithMessage(
          "%nExpecting register %s to have %s assets but it has %s: %s",
          actual.organisation(), expected, found, ids(actual.assets()));
    }
    return this;
  }

  /**
   * Verifies that the register's assets stand for exactly {@code expected} units in total.
   *
   * @param expected the total quantity
   * @return this assertion
   */
  public RegisterAssert hasUnits(long expected) {
    isNotNull();
    long found = actual.query().count().units();
    if (found != expected) {
      failWithMessage(
          "%nExpecting register %s to have %s units in total but it has %s",
          actual.organisation(), expected, found);
    }
    return this;
  }

  /**
   * Verifies that the register holds no assets.
   *
   * @return this assertion
   */
  public RegisterAssert hasNoAssets() {
    isNotNull();
    if (!actual.assets().isEmpty()) {
      failWithMessage(
          "%nExpecting register %s to have no assets but it has %s: %s",
          actual.organisation(), actual.assets().size(), ids(actual.assets()));
    }
    return this;
  }

  /**
   * Verifies that the register holds an asset with the given id.
   *
   * @param id the asset's id
   * @return this assertion
   */
  public RegisterAssert containsAsset(String id) {
    isNotNull();
    if (actual.asset(AssetId.of(id)).isEmpty()) {
      failWithMessage(
          "%nExpecting register %s to contain asset %s but it does not; its assets are: %s",
          actual.organisation(), id, ids(actual.assets()));
    }
    return this;
  }

  /**
   * Verifies that the register holds no asset with the given id.
   *
   * @param id the asset's id
   * @return this assertion
   */
  public RegisterAssert doesNotContainAsset(String id) {
    isNotNull();
    if (actual.asset(AssetId.of(id)).isPresent()) {
      failWithMessage(
          "%nExpecting register %s not to contain asset %s but it does", actual.organisation(), id);
    }
    return this;
  }

  /**
   * Verifies that at least one asset is from the vendor or corporate group, matched as {@link
   * org.oversight.register.AssetQuery#manufacturer(String)} matches, as at the register's date.
   *
   * @param vendor a vendor or group name, for example {@code "Hikvision"}
   * @return this assertion
   */
  public RegisterAssert hasAssetsFromVendor(String vendor) {
    isNotNull();
    if (!actual.query().manufacturer(vendor).exists()) {
      failWithMessage(
          "%nExpecting register %s (as at %s) to have assets from vendor %s but it has none;"
              + " recorded manufacturers and brands are: %s",
          actual.organisation(), actual.asAt(), vendor, vendorNames());
    }
    return this;
  }

  /**
   * Verifies that no asset is from the vendor or corporate group, as at the register's date.
   *
   * @param vendor a vendor or group name, for example {@code "Hikvision"}
   * @return this assertion
   */
  public RegisterAssert hasNoAssetsFromVendor(String vendor) {
    isNotNull();
    List<Asset> found = actual.query().manufacturer(vendor).list();
    if (!found.isEmpty()) {
      failWithMessage(
          "%nExpecting register %s (as at %s) to have no assets from vendor %s but found %s: %s",
          actual.organisation(), actual.asAt(), vendor, found.size(), ids(found));
    }
    return this;
  }

  /**
   * Verifies that the register holds no covert asset.
   *
   * @return this assertion
   */
  public RegisterAssert hasNoCovertAssets() {
    isNotNull();
    List<Asset> found = actual.query().covert().list();
    if (!found.isEmpty()) {
      failWithMessage(
          "%nExpecting register %s to have no covert assets but found %s: %s",
          actual.organisation(), found.size(), ids(found));
    }
    return this;
  }

  /**
   * Verifies that the register's data passes {@link RegisterValidator#standard()} again: useful for
   * a register derived by the code under test.
   *
   * @return this assertion
   */
  public RegisterAssert isValid() {
    isNotNull();
    List<Problem> problems = RegisterValidator.standard().validate(actual.contents());
    if (!problems.isEmpty()) {
      failWithMessage(
          "%nExpecting register %s to be valid but found %s problems: %s",
          actual.organisation(), problems.size(), problems);
    }
    return this;
  }

  /**
   * Verifies the date the register's data is correct as at.
   *
   * @param expected the date
   * @return this assertion
   */
  public RegisterAssert isAsAt(LocalDate expected) {
    isNotNull();
    if (!actual.asAt().equals(expected)) {
      failWithMessage(
          "%nExpecting register %s to be as at %s but it is as at %s",
          actual.organisation(), expected, actual.asAt());
    }
    return this;
  }

  /**
   * Verifies that the register holds a DPIA with the given id.
   *
   * @param id the DPIA's id
   * @return this assertion
   */
  public RegisterAssert hasDpia(String id) {
    isNotNull();
    if (actual.dpia(id).isEmpty()) {
      failWithMessage(
          "%nExpecting register %s to have DPIA %s but its DPIAs are: %s",
          actual.organisation(),
          id,
          actual.dpias().stream().map(d -> d.id()).collect(Collectors.toList()));
    }
    return this;
  }

  /**
   * Verifies that the register holds a contract with the given id.
   *
   * @param id the contract's id
   * @return this assertion
   */
  public RegisterAssert hasContract(String id) {
    isNotNull();
    if (actual.contract(id).isEmpty()) {
      failWithMessage(
          "%nExpecting register %s to have contract %s but its contracts are: %s",
          actual.organisation(),
          id,
          actual.contracts().stream().map(c -> c.id()).collect(Collectors.toList()));
    }
    return this;
  }

  /**
   * Verifies that the register holds an asset with the given id, and returns assertions about it.
   *
   * @param id the asset's id
   * @return assertions about the asset, never null
   */
  public AssetAssert asset(String id) {
    containsAsset(id);
    Optional<Asset> asset = actual.asset(AssetId.of(id));
    return new AssetAssert(asset.orElse(null));
  }

  private List<String> vendorNames() {
    return actual.assets().stream()
        .flatMap(a -> java.util.stream.Stream.of(a.manufacturer(), a.brand()))
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .limit(SHOWN)
        .collect(Collectors.toList());
  }

  static String ids(List<Asset> assets) {
    String shown =
        assets.stream()
            .limit(SHOWN)
            .map(a -> a.id().value())
            .collect(Collectors.joining(", ", "[", ""));
    return assets.size() > SHOWN
        ? shown + ", ... " + (assets.size() - SHOWN) + " more]"
        : shown + "]";
  }
}
