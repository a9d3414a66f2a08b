package org.oversight.register.testkit;

import java.time.LocalDate;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Money;

/**
 * Valid supply contracts in one line: builders with valid defaults.
 *
 * <pre>{@code
 * Contract contract = Contracts.withValue("C-2019-14", "125000.00", "GBP").build();
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call returns a new builder.
 */
public final class Contracts {
  /** The start date of a contract built here, unless changed: 2019-03-01. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2019, 3, 1);

  private Contracts() {}

  /**
   * Returns a builder for a five-year contract with Example Systems Ltd from {@link
   * #DEFAULT_START}, without a value.
   *
   * @param id the contract's id
   * @return a builder of a valid contract, never null
   */
  public static Contract.Builder of(String id) {
    return Contract.builder(id, "Example Systems Ltd")
        .title("CCTV supply and maintenance")
        .startDate(DEFAULT_START)
        .endDate(DEFAULT_START.plusYears(5).minusDays(1))
        .procurementRoute("Bluelight");
  }

  /**
   * Returns a builder for a contract as {@link #of(String)}, with a value.
   *
   * @param id the contract's id
   * @param amount the value as an exact decimal, for example {@code "125000.00"}
   * @param currency an ISO 4217 currency code, for example {@code "GBP"}
   * @return a builder of a valid contract, never null
   * @throws NumberFormatException if {@code amount} is not a decimal number
   * @throws IllegalArgumentException if {@code currency} is not an ISO 4217 code
   */
  public static Contract.Builder withValue(String id, String amount, String currency) {
    return of(id).value(Money.of(amount, currency));
  }
}
