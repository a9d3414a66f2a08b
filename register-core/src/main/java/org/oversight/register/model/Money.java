package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An exact amount of money in a currency, such as a contract's value.
 *
 * <p>Immutable and thread-safe. The amount is kept exactly as given, scale included, so that {@code
 * 125000.00} is written back as {@code 125000.00}; two values are equal only when amount, scale and
 * currency are equal. The amount must not be negative (checked by the register validator).
 *
 * <p>A contract's value is commercially sensitive: {@link #toString()} shows the currency only, so
 * that logging a contract never logs what it is worth. {@link #toPlainString()} gives the amount.
 *
 * @param amount the exact amount, never null
 * @param currency the ISO 4217 currency, never null
 */
public record Money(BigDecimal amount, Currency currency) {

  /** The amount. */
  public static final Field<Money, BigDecimal> AMOUNT =
      Field.required("amount", new ValueType.Amount(), Money::amount);

  /** The currency. */
  public static final Field<Money, Currency> CURRENCY =
      Field.required("currency", new ValueType.CurrencyCode(), Money::currency);

  /** The description of money. */
  public static final RecordType<Money> TYPE =
      RecordType.builder("money", Money.class)
          .fields(AMOUNT, CURRENCY)
          .constructor(v -> new Money(v.require(AMOUNT), v.require(CURRENCY)))
          .layout(RecordType.Layout.INLINE)
          .text(Money::toPlainString)
          .build();

  /**
   * Creates a value.
   *
   * @param amount the exact amount, never null
   * @param currency the ISO 4217 currency, never null
   * @throws NullPointerException if a required component is null
   */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
  }

  /**
   * Parses an amount and an ISO 4217 currency code.
   *
   * @param amount a decimal such as {@code "125000.00"}
   * @param currencyCode an ISO 4217 code such as {@code "GBP"}
   * @return the value, never null
   * @throws NumberFormatException if {@code amount} is not a decimal number
   * @throws IllegalArgumentException if {@code currencyCode} is not an ISO 4217 code
   * @throws NullPointerException if either is null
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(
        new BigDecimal(requireNonNull(amount, "amount")),
        Currency.getInstance(requireNonNull(currencyCode, "currencyCode")));
  }

  /**
   * Returns the amount and currency, such as {@code 125000.00 GBP}. Commercially sensitive: for the
   * owner's own views only.
   *
   * @return the text, never null
   */
  public String toPlainString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  @Override
  public String toString() {
    return "Money[" + currency.getCurrencyCode() + " <amount withheld>]";
  }
}
