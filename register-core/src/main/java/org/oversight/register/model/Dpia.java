package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Disclosure.Ground;

/**
 * A data protection impact assessment (UK GDPR Art 35, DPA 2018 s64). One assessment covers a
 * processing activity, so many assets may refer to it.
 *
 * <p>Immutable and thread-safe. {@code owner} is a person's name, personal data: a public answer
 * withholds it under s40(2) by default, and {@link #toString()} never shows it. {@code ownerRole}
 * is a post ("Data Protection Officer"), which is not personal data and is disclosed.
 *
 * @param id the identifier, unique among the register's DPIAs
 * @param title what the assessment is called
 * @param version the document version, if recorded
 * @param status where the assessment is in its life
 * @param completedOn when it was completed; required unless {@link DpiaStatus#DRAFT}
 * @param reviewDue when it is due for review, if set
 * @param owner who owns it, a person's name (personal data), if recorded
 * @param ownerRole the post that owns it, such as "Head of CCTV", if recorded
 * @param residualRisk the risk that remains, if assessed
 * @param icoConsulted whether the Information Commissioner was consulted
 * @param url where the document is, an absolute http or https URI, if recorded
 */
public record Dpia(
    String id,
    String title,
    @Nullable String version,
    DpiaStatus status,
    @Nullable LocalDate completedOn,
    @Nullable LocalDate reviewDue,
    @Nullable String owner,
    @Nullable String ownerRole,
    @Nullable ResidualRisk residualRisk,
    boolean icoConsulted,
    @Nullable String url) {

  /** The identifier. */
  public static final Field<Dpia, String> ID =
      Field.required("id", ValueType.Identifier.STRING, Dpia::id);

  /** What the assessment is called. */
  public static final Field<Dpia, String> TITLE =
      Field.required("title", ValueType.text(500), Dpia::title);

  /** The document version. */
  public static final Field<Dpia, String> VERSION =
      Field.optional("version", ValueType.text(50), Dpia::version);

  /** Where the assessment is in its life. */
  public static final Field<Dpia, DpiaStatus> STATUS =
      Field.required("status", new ValueType.Choice<>(DpiaStatus.class), Dpia::status);

  /** When it was completed. */
  public static final Field<Dpia, LocalDate> COMPLETED_ON =
      Field.optional("completedOn", ValueType.Day.INSTANCE, Dpia::completedOn);

  /** When it is due for review. */
  public static final Field<Dpia, LocalDate> REVIEW_DUE =
      Field.optional("reviewDue", ValueType.Day.INSTANCE, Dpia::reviewDue);

  /** Who owns it: a person's name, withheld under s40(2) by default. */
  public static final Field<Dpia, String> OWNER =
      Field.optional("owner", ValueType.text(200).repeating(), Dpia::owner)
          .disclosure(Disclosure.withheld(Ground.PERSONAL_DATA));

  /** The post that owns it: disclosed. */
  public static final Field<Dpia, String> OWNER_ROLE =
      Field.optional("ownerRole", ValueType.text(200).repeating(), Dpia::ownerRole)
          .label("owner's role")
          .since(2);

  /** The risk that remains. */
  public static final Field<Dpia, ResidualRisk> RESIDUAL_RISK =
      Field.optional(
          "residualRisk", new ValueType.Choice<>(ResidualRisk.class), Dpia::residualRisk);

  /** Whether the Information Commissioner was consulted. */
  public static final Field<Dpia, Boolean> ICO_CONSULTED =
      Field.defaulted("icoConsulted", ValueType.Flag.INSTANCE, false, Dpia::icoConsulted)
          .label("ICO consulted");

  /** Where the document is. */
  public static final Field<Dpia, String> URL =
      Field.optional("url", new ValueType.WebAddress(), Dpia::url).label("document");

  /** The description of a DPIA. */
  public static final RecordType<Dpia> TYPE =
      RecordType.builder("DPIA", Dpia.class)
          .fields(
              ID,
              TITLE,
              VERSION,
              STATUS,
              COMPLETED_ON,
              REVIEW_DUE,
              OWNER,
              OWNER_ROLE,
              RESIDUAL_RISK,
              ICO_CONSULTED,
              URL)
          .id(ID)
          .constructor(
              v ->
                  new Dpia(
                      v.require(ID),
                      v.require(TITLE),
                      v.get(VERSION),
                      v.require(STATUS),
                      v.get(COMPLETED_ON),
                      v.get(REVIEW_DUE),
                      v.get(OWNER),
                      v.get(OWNER_ROLE),
                      v.get(RESIDUAL_RISK),
                      v.require(ICO_CONSULTED),
                      v.get(URL)))
          .rule(
              new RecordRule<>(
                  "completedOn",
                  d -> d.completedOn != null || d.status == DpiaStatus.DRAFT,
                  d -> "is required when the status is " + d.status,
                  "completedOn is required unless the status is DRAFT"))
          .build();

  /**
   * Creates a value. Checks nulls only; the register's rules are checked by validation.
   *
   * @param id the identifier, unique among the register's DPIAs
   * @param title what the assessment is called
   * @param version the document version, if recorded
   * @param status where the assessment is in its life
   * @param completedOn when it was completed; required unless {@link DpiaStatus#DRAFT}
   * @param reviewDue when it is due for review, if set
   * @param owner who owns it, a person's name (personal data), if recorded
   * @param ownerRole the post that owns it, if recorded
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
   * @throws IllegalArgumentException if {@code id} or {@code title} breaks its rules
   */
  public static Builder builder(String id, String title, DpiaStatus status) {
    return new Builder(TYPE.newValues()).id(id).title(title).status(status);
  }

  /**
   * Returns a builder that starts from this assessment.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    return new Builder(TYPE.valuesOf(this));
  }

  /**
   * Returns whether the assessment is in force: approved, or approved and under review.
   *
   * @return true for {@link DpiaStatus#APPROVED} and {@link DpiaStatus#UNDER_REVIEW}
   */
  public boolean isInForce() {
    return status == DpiaStatus.APPROVED || status == DpiaStatus.UNDER_REVIEW;
  }

  @Override
  public String toString() {
    // Never the owner's name: it is personal data.
    return "Dpia[id=" + id + ", version=" + version + ", status=" + status + "]";
  }

  /**
   * Builds a {@link Dpia}. Each setter checks its value at once against the field's rules. Not
   * thread-safe.
   */
  public static final class Builder {
    private final Values<Dpia> values;

    private Builder(Values<Dpia> values) {
      this.values = values;
    }

    /**
     * Sets any field, checking the value against the field's rules.
     *
     * @param <V> the value's Java type
     * @param field a field of {@link Dpia#TYPE}
     * @param value the value, or null to leave the field out
     * @return this builder
     * @throws IllegalArgumentException if the value breaks the field's rules
     */
    public <V> Builder set(Field<Dpia, V> field, @Nullable V value) {
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
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      return set(TITLE, requireNonNull(title, "title"));
    }

    /**
     * Sets the status.
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(DpiaStatus status) {
      return set(STATUS, requireNonNull(status, "status"));
    }

    /**
     * Sets the version.
     *
     * @param version the version, or null
     * @return this builder
     */
    public Builder version(@Nullable String version) {
      return set(VERSION, version);
    }

    /**
     * Sets when it was completed.
     *
     * @param completedOn the day, or null
     * @return this builder
     */
    public Builder completedOn(@Nullable LocalDate completedOn) {
      return set(COMPLETED_ON, completedOn);
    }

    /**
     * Sets when it is due for review.
     *
     * @param reviewDue the day, or null
     * @return this builder
     */
    public Builder reviewDue(@Nullable LocalDate reviewDue) {
      return set(REVIEW_DUE, reviewDue);
    }

    /**
     * Sets the owner's name (personal data).
     *
     * @param owner the name, or null
     * @return this builder
     */
    public Builder owner(@Nullable String owner) {
      return set(OWNER, owner);
    }

    /**
     * Sets the post that owns it.
     *
     * @param ownerRole the post, or null
     * @return this builder
     */
    public Builder ownerRole(@Nullable String ownerRole) {
      return set(OWNER_ROLE, ownerRole);
    }

    /**
     * Sets the residual risk.
     *
     * @param residualRisk the risk, or null
     * @return this builder
     */
    public Builder residualRisk(@Nullable ResidualRisk residualRisk) {
      return set(RESIDUAL_RISK, residualRisk);
    }

    /**
     * Sets whether the ICO was consulted.
     *
     * @param icoConsulted whether it was
     * @return this builder
     */
    public Builder icoConsulted(boolean icoConsulted) {
      return set(ICO_CONSULTED, icoConsulted);
    }

    /**
     * Sets where the document is.
     *
     * @param url an absolute http or https URI, or null
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      return set(URL, url);
    }

    /**
     * Builds the assessment.
     *
     * @return a new assessment, never null
     */
    public Dpia build() {
      return Builders.build(values);
    }
  }
}
