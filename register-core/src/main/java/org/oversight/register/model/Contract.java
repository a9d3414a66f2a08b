package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Disclosure.Ground;

/**
 * A supply contract for one or more assets.
 *
 * <p>Immutable and thread-safe. The value sits in its own field so that a public answer can
 * withhold it (s43(2)) while disclosing the rest; a contract with a {@code publishedUrl} is
 * answered by pointing to it (s21). {@link #toString()} never shows the value.
 *
 * @param id the identifier, unique among the register's contracts
 * @param reference the buyer's contract reference, if recorded
 * @param supplier who supplies, required
 * @param title what the contract is for, if recorded
 * @param startDate when it starts, if recorded
 * @param endDate when it ends, if recorded; not before {@code startDate}
 * @param value its value, if recorded
 * @param procurementRoute how it was procured (for example a framework), if recorded
 * @param publishedUrl where it is published, an absolute http or https URI, if it is
 */
public record Contract(
    String id,
    @Nullable String reference,
    String supplier,
    @Nullable String title,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    @Nullable Money value,
    @Nullable String procurementRoute,
    @Nullable String publishedUrl) {

  /** The identifier. */
  public static final Field<Contract, String> ID =
      Field.required("id", ValueType.Identifier.STRING, Contract::id);

  /** The buyer's contract reference. */
  public static final Field<Contract, String> REFERENCE =
      Field.optional("reference", ValueType.text(200), Contract::reference);

  /** Who supplies. */
  public static final Field<Contract, String> SUPPLIER =
      Field.required("supplier", ValueType.text(200).repeating(), Contract::supplier);

  /** What the contract is for. */
  public static final Field<Contract, String> TITLE =
      Field.optional("title", ValueType.text(500), Contract::title);

  /** When it starts. */
  public static final Field<Contract, LocalDate> START_DATE =
      Field.optional("startDate", ValueType.Day.INSTANCE, Contract::startDate);

  /** When it ends. */
  public static final Field<Contract, LocalDate> END_DATE =
      Field.optional("endDate", ValueType.Day.INSTANCE, Contract::endDate);

  /** Its value: withheld from public answers under s43(2) by default. */
  public static final Field<Contract, Money> VALUE =
      Field.optional("value", new ValueType.Nested<>(Money.TYPE), Contract::value)
          .disclosure(Disclosure.withheld(Ground.COMMERCIAL_INTERESTS));

  /** How it was procured. */
  public static final Field<Contract, String> PROCUREMENT_ROUTE =
      Field.optional(
          "procurementRoute", ValueType.text(200).repeating(), Contract::procurementRoute);

  /** Where it is published. */
  public static final Field<Contract, String> PUBLISHED_URL =
      Field.optional("publishedUrl", new ValueType.WebAddress(), Contract::publishedUrl)
          .label("published at");

  /** The description of a contract. */
  public static final RecordType<Contract> TYPE =
      RecordType.builder("contract", Contract.class)
          .fields(
              ID,
              REFERENCE,
              SUPPLIER,
              TITLE,
              START_DATE,
              END_DATE,
              VALUE,
              PROCUREMENT_ROUTE,
              PUBLISHED_URL)
          .id(ID)
          .constructor(
              v ->
                  new Contract(
                      v.require(ID),
                      v.get(REFERENCE),
                      v.require(SUPPLIER),
                      v.get(TITLE),
                      v.get(START_DATE),
                      v.get(END_DATE),
                      v.get(VALUE),
                      v.get(PROCUREMENT_ROUTE),
                      v.get(PUBLISHED_URL)))
          .rule(
              new RecordRule<>(
                  "endDate",
                  c -> c.startDate == null || c.endDate == null || !c.endDate.isBefore(c.startDate),
                  c -> "must not be before startDate (" + c.startDate + "), was " + c.endDate,
                  "endDate is not before startDate"))
          .build();

  /**
   * Creates a value. Checks nulls only; the register's rules are checked by validation.
   *
   * @param id the identifier, unique among the register's contracts
   * @param reference the buyer's contract reference, if recorded
   * @param supplier who supplies, required
   * @param title what the contract is for, if recorded
   * @param startDate when it starts, if recorded
   * @param endDate when it ends, if recorded; not before {@code startDate}
   * @param value its value, if recorded
   * @param procurementRoute how it was procured (for example a framework), if recorded
   * @param publishedUrl where it is published, an absolute http or https URI, if it is
   * @throws NullPointerException if a required component is null
   */
  public Contract {
    requireNonNull(id, "id");
    requireNonNull(supplier, "supplier");
  }

  /**
   * Starts a builder.
   *
   * @param id the identifier
   * @param supplier the supplier
   * @return a new builder, never null
   * @throws IllegalArgumentException if {@code id} or {@code supplier} breaks its rules
   */
  public static Builder builder(String id, String supplier) {
    return new Builder(TYPE.newValues()).id(id).supplier(supplier);
  }

  /**
   * Returns a builder that starts from this contract.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(TYPE.valuesOf(this));
  }

  /**
   * Returns the contract's term, when its start is recorded.
   *
   * @return from the start date to the end date (open-ended if none), or empty
   */
  public Optional<DateRange> term() {
    if (startDate == null || (endDate != null && endDate.isBefore(startDate))) {
      return Optional.empty();
    }
    return Optional.of(DateRange.of(startDate, endDate));
  }

  /**
   * Returns whether the contract has ended before the given day.
   *
   * @param date the day
   * @return true when {@code endDate} is recorded and before {@code date}
   */
  public boolean hasEndedBefore(LocalDate date) {
    return endDate != null && endDate.isBefore(date);
  }

  @Override
  public String toString() {
    // Never the value: it is commercially sensitive.
    return "Contract[id="
        + id
        + ", startDate="
        + startDate
        + ", endDate="
        + endDate
        + (value == null ? "" : ", value=<withheld>")
        + "]";
  }

  /**
   * Builds a {@link Contract}. Each setter checks its value at once against the field's rules. Not
   * thread-safe.
   */
  public static final class Builder {
    private final Values<Contract> values;

    private Builder(Values<Contract> values) {
      this.values = values;
    }

    /**
     * Sets any field, checking the value against the field's rules.
     *
     * @param <V> the value's Java type
     * @param field a field of {@link Contract#TYPE}
     * @param value the value, or null to leave the field out
     * @return this builder
     * @throws IllegalArgumentException if the value breaks the field's rules
     */
    public <V> Builder set(Field<Contract, V> field, @Nullable V value) {
      Builders.checked(values, field, value);
      return this;
    }

    /**
     * Sets the identifier.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder id(String id) {
      return set(ID, requireNonNull(id, "id"));
    }

    /**
     * Sets the supplier.
     *
     * @param supplier the supplier
     * @return this builder
     */
    public Builder supplier(String supplier) {
      return set(SUPPLIER, requireNonNull(supplier, "supplier"));
    }

    /**
     * Sets the buyer's reference.
     *
     * @param reference the reference, or null
     * @return this builder
     */
    public Builder reference(@Nullable String reference) {
      return set(REFERENCE, reference);
    }

    /**
     * Sets the title.
     *
     * @param title the title, or null
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      return set(TITLE, title);
    }

    /**
     * Sets the start date.
     *
     * @param startDate the day, or null
     * @return this builder
     */
    public Builder startDate(@Nullable LocalDate startDate) {
      return set(START_DATE, startDate);
    }

    /**
     * Sets the end date.
     *
     * @param endDate the day, or null
     * @return this builder
     */
    public Builder endDate(@Nullable LocalDate endDate) {
      return set(END_DATE, endDate);
    }

    /**
     * Sets the value.
     *
     * @param value the value, or null
     * @return this builder
     */
    public Builder value(@Nullable Money value) {
      return set(VALUE, value);
    }

    /**
     * Sets the procurement route.
     *
     * @param procurementRoute the route, or null
     * @return this builder
     */
    public Builder procurementRoute(@Nullable String procurementRoute) {
      return set(PROCUREMENT_ROUTE, procurementRoute);
    }

    /**
     * Sets where the contract is published.
     *
     * @param publishedUrl an absolute http or https URI, or null
     * @return this builder
     */
    public Builder publishedUrl(@Nullable String publishedUrl) {
      return set(PUBLISHED_URL, publishedUrl);
    }

    /**
     * Builds the contract.
     *
     * @return a new contract, never null
     */
    public Contract build() {
      return Builders.build(values);
    }
  }
}
