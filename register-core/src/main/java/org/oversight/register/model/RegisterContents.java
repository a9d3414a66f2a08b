package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.oversight.register.validation.constraints.Trimmed;

/**
 * Everything a register holds, as plain lists in the order given: the input to validation and to
 * building an {@link org.oversight.register.AssetRegister}.
 *
 * <p>Immutable and thread-safe; the lists are copied.
 *
 * @param organisation the police force or council whose register it is
 * @param asAt the date the data is correct as at
 * @param assets the assets, possibly none
 * @param dpias the data protection impact assessments, possibly none
 * @param contracts the supply contracts, possibly none
 */
public record RegisterContents(
    @Trimmed(required = true) String organisation,
    LocalDate asAt,
    List<Asset> assets,
    List<Dpia> dpias,
    List<Contract> contracts) {

  /**
   * Creates a value.
   *
   * @param organisation the police force or council whose register it is
   * @param asAt the date the data is correct as at
   * @param assets the assets, possibly none
   * @param dpias the data protection impact assessments, possibly none
   * @param contracts the supply contracts, possibly none
   * @throws NullPointerException if a required component is null
   */
  public RegisterContents {
    requireNonNull(organisation, "organisation");
    requireNonNull(asAt, "asAt");
    assets = List.copyOf(assets);
    dpias = List.copyOf(dpias);
    contracts = List.copyOf(contracts);
  }
}
