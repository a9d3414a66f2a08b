package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.constraints.ContractDates;
import org.oversight.register.validation.constraints.HttpUrl;
import org.oversight.register.validation.constraints.Identifier;
import org.oversight.register.validation.constraints.Trimmed;

/**
 * A supply contract for one or more assets.
 *
 * <p>Immutable and thread-safe. The value sits in its own field so that a public answer can
 * withhold it (s43(2)) while disclosing the rest; a contract with a {@code publishedUrl} is
 * answered by pointing to it (s21).
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
@ContractDates
public record Contract(
    @Identifier String id,
    @Trimmed @Nullable String reference,
    @Trimmed(required = true) String supplier,
    @Trimmed @Nullable String title,
    @Nullable LocalDate startDate,
    @Nullable LocalDate endDate,
    @Valid @Nullable Money value,
    @Trimmed @Nullable String procurementRoute,
    @HttpUrl @Nullable String publishedUrl) {

  /**
   * Creates a value.
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
   */
  public static Builder builder(String id, String supplier) {
    return new Builder(id, supplier);
  }

  /**
   * Returns a builder that starts from this contract.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(id, supplier)
        .reference(reference)
        .title(title)
        .startDate(startDate)
        .endDate(endDate)
        .value(value)
        .procurementRoute(procurementRoute)
        .publishedUrl(publishedUrl);
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

  /** Builds a {@link Contract}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String supplier;
    private @Nullable String reference;
    private @Nullable String title;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable Money value;
    private @Nullable String procurementRoute;
    private @Nullable String publishedUrl;

    private Builder(String id, String supplier) {
      this.id = requireNonNull(id, "id");
      this.supplier = requireNonNull(supplier, "supplier");
    }

    /**
     * Sets the identifier.
     *
     * @param id the identifier
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the supplier.
     *
     * @param supplier the supplier
     * @return this builder
     */
    public Builder supplier(String supplier) {
      this.supplier = requireNonNull(supplier, "supplier");
      return this;
    }

    /**
     * Sets the reference.
     *
     * @param reference the reference, or null
     * @return this builder
     */
    public Builder reference(@Nullable String reference) {
      this.reference = reference;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title, or null
     * @return this builder
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the start date.
     *
     * @param startDate the date, or null
     * @return this builder
     */
    public Builder startDate(@Nullable LocalDate startDate) {
      this.startDate = startDate;
      return this;
    }

    /**
     * Sets the end date.
     *
     * @param endDate the date, or null
     * @return this builder
     */
    public Builder endDate(@Nullable LocalDate endDate) {
      this.endDate = endDate;
      return this;
    }

    /**
     * Sets the value.
     *
     * @param value the value, or null
     * @return this builder
     */
    public Builder value(@Nullable Money value) {
      this.value = value;
      return this;
    }

    /**
     * Sets the procurement route.
     *
     * @param procurementRoute the route, or null
     * @return this builder
     */
    public Builder procurementRoute(@Nullable String procurementRoute) {
      this.procurementRoute = procurementRoute;
      return this;
    }

    /**
     * Sets where the contract is published.
     *
     * @param publishedUrl an absolute http or https URI, or null
     * @return this builder
     */
    public Builder publishedUrl(@Nullable String publishedUrl) {
      this.publishedUrl = publishedUrl;
      return this;
    }

    /**
     * Builds the contract.
     *
     * @return a new contract, never null
     */
    public Contract build() {
      return new Contract(
          id,
          reference,
          supplier,
          title,
          startDate,
          endDate,
          value,
          procurementRoute,
          publishedUrl);
    }
  }
}
