package org.oversight.register.testkit;

import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.model.Asset;

/**
 * The entry point of the register's AssertJ assertions; import statically alongside AssertJ's own
 * {@code Assertions.assertThat}:
 *
 * <pre>{@code
 * import static org.oversight.register.testkit.RegisterAssertions.assertThat;
 *
 * assertThat(register).hasAssetsFromVendor("Hikvision");
 * assertThat(asset).isCovert().hasCapability(Capability.LIVE_FACIAL_RECOGNITION);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RegisterAssertions {
  private RegisterAssertions() {}

  /**
   * Starts assertions about a register.
   *
   * @param actual the register
   * @return the assertions, never null
   */
  public static RegisterAssert assertThat(@Nullable AssetRegister actual) {
    return new RegisterAssert(actual);
  }

  /**
   * Starts assertions about an asset.
   *
   * @param actual the asset
   * @return the assertions, never null
   */
  public static AssetAssert assertThat(@Nullable Asset actual) {
    return new AssetAssert(actual);
  }

  /**
   * Starts assertions about an FOI response.
   *
   * @param actual the response
   * @return the assertions, never null
   */
  public static FoiResponseAssert assertThat(@Nullable FoiResponse actual) {
    return new FoiResponseAssert(actual);
  }
}
