package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.constraints.DpiaCompletion;
import org.oversight.register.validation.constraints.HttpUrl;
import org.oversight.register.validation.constraints.Identifier;
import org.oversight.register.validation.constraints.Trimmed;

/**
 * A data protection impact assessment (UK GDPR Art 35, DPA 2018 s64). One assessment covers a
 * processing activity, so many assets may refer to it.
 *
 * <p>Immutable and thread-safe. {@code owner} is personal data: a public answer withholds it under
 * s40(2) by default.
 *
 * @param id the identifier, unique among the register's DPIAs
 * @param title what the assessment is called
 * @param version the document version, if recorded
 * @param status where the assessment is in its life
 * @param completedOn when it was completed; required unless {@link DpiaStatus#DRAFT}
 * @param reviewDue when it is due for review, if set
 * @param owner who owns it (personal data), if recorded
 * @param residualRisk the risk that remains, if assessed
 * @param icoConsulted whether the Information Commissioner was consulted
 * @param url where the document is, an absolute http or https URI, if recorded
 */
@DpiaCompletion
public record Dpia(
    @Identifier String id,
    @Trimmed(required = true) String title,
    @Trimmed @Nullable String version,
    DpiaStatus status,
    @Nullable LocalDate completedOn,
    @Nullable LocalDate reviewDue,
    @Trimmed(showValue = false) @Nullable String owner,
    @Nullable ResidualRisk residualRisk,
    boolean icoConsulted,
    @HttpUrl @Nullable String url) {

  /**
   * Creates a value.
   *
   * @param id the identifier, unique among the register's DPIAs
   * @param title what the assessment is called
   * @param version the document version, if recorded
   * @param status where the assessment is in its life
   * @param completedOn when it was completed; required unless {@link DpiaStatus#DRAFT}
   * @param reviewDue when it is due for review, if set
   * @param owner who owns it (personal data), if recorded
   * @param residualRisk the risk that remains, if assessed
   * @param icoConsulted whether the Information Commissioner was consulted
   * @param url where the document is, an absolute http or https URI, if recorded
   * @throws NullPointerException if a required component is null
   */
  public Dpia {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(status, "status");
  }

  /**
   * Starts a builder for an assessment with the given identity.
   *
   * @param id the identifier
   * @param title the title
   * @param status the status
   * @return a new builder, never null
   */
  public static Builder builder(String id, String title, DpiaStatus status) {
    return new Builder(id, title, status);
  }

  /**
   * Returns a builder that starts from this assessment.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(id, title, status)
        .version(version)
        .completedOn(completedOn)
        .reviewDue(reviewDue)
        .owner(owner)
        .residualRisk(residualRisk)
        .icoConsulted(icoConsulted)
        .url(url);
  }

  /**
   * Returns whether the assessment is in force: approved, or approved and under review.
   *
   * @return true for {@link DpiaStatus#APPROVED} and {@link DpiaStatus#UNDER_REVIEW}
   */
  public boolean isInForce() {
    return status == DpiaStatus.APPROVED || status == DpiaStatus.UNDER_REVIEW;
  }

  /** Builds a {@link Dpia}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String title;
    private DpiaStatus status;
    private @Nullable String version;
    private @Nullable LocalDate completedOn;
    private @Nullable LocalDate reviewDue;
    private @Nullable String owner;
    private @Nullable ResidualRisk residualRisk;
    private boolean icoConsulted;
    private @Nullable String url;

    private Builder(String id, String title, DpiaStatus status) {
      this.id = requireNonNull(id, "id");
      this.title = requireNonNull(title, "title");
      this.status = requireNonNull(status, "status");
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
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(DpiaStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the version.
     *
     * @param version the version, or null
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the completion date.
     *
     * @param completedOn the date, or null
     * @return this builder
     */
    public Builder completedOn(@Nullable LocalDate completedOn) {
      this.completedOn = completedOn;
      return this;
    }

    /**
     * Sets the review date.
     *
     * @param reviewDue the date, or null
     * @return this builder
     */
    public Builder reviewDue(@Nullable LocalDate reviewDue) {
      this.reviewDue = reviewDue;
      return this;
    }

    /**
     * Sets the owner (personal data).
     *
     * @param owner the owner, or null
     * @return this builder
     */
    public Builder owner(@Nullable String owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets the residual risk.
     *
     * @param residualRisk the risk, or null
     * @return this builder
     */
    public Builder residualRisk(@Nullable ResidualRisk residualRisk) {
      this.residualRisk = residualRisk;
      return this;
    }

    /**
     * Sets whether the ICO was consulted.
     *
     * @param icoConsulted whether it was
     * @return this builder
     */
    public Builder icoConsulted(boolean icoConsulted) {
      this.icoConsulted = icoConsulted;
      return this;
    }

    /**
     * Sets the document's URL.
     *
     * @param url an absolute http or https URI, or null
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @return a new assessment, never null
     */
    public Dpia build() {
      return new Dpia(
          id,
          title,
          version,
          status,
          completedOn,
          reviewDue,
          owner,
          residualRisk,
          icoConsulted,
          url);
    }
  }
}
