package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The police force, council or other public authority whose register it is, and what its FOI
 * letters need to know about it. A register of schema version 1 named the organisation only: it
 * reads as an organisation whose kind and nation are unknown.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the organisation's name, such as {@code "Essex Police"}
 * @param kind what kind of authority it is, if known
 * @param nation the UK nation it belongs to, if known; decides FOIA or FOISA by default
 * @param foiContact how to reach its FOI unit, if recorded
 * @param internalReviewContact where to ask for an internal review, if not the FOI unit
 * @param adviceAndAssistance advice and assistance (FOIA s16) every letter gives, such as where
 *     contracts are published, if any
 */
public record Organisation(
    String name,
    @Nullable OrganisationKind kind,
    @Nullable Nation nation,
    @Nullable FoiContact foiContact,
    @Nullable FoiContact internalReviewContact,
    @Nullable String adviceAndAssistance) {

  /** The name. */
  public static final Field<Organisation, String> NAME =
      Field.required("name", ValueType.text(200), Organisation::name);

  /** The kind of authority. */
  public static final Field<Organisation, OrganisationKind> KIND =
      Field.optional("kind", new ValueType.Choice<>(OrganisationKind.class), Organisation::kind);

  /** The nation. */
  public static final Field<Organisation, Nation> NATION =
      Field.optional("nation", new ValueType.Choice<>(Nation.class), Organisation::nation);

  /** The FOI unit's contact. */
  public static final Field<Organisation, FoiContact> FOI_CONTACT =
      Field.optional(
              "foiContact", new ValueType.Nested<>(FoiContact.TYPE), Organisation::foiContact)
          .label("FOI contact");

  /** Where to ask for an internal review. */
  public static final Field<Organisation, FoiContact> INTERNAL_REVIEW_CONTACT =
      Field.optional(
              "internalReviewContact",
              new ValueType.Nested<>(FoiContact.TYPE),
              Organisation::internalReviewContact)
          .label("internal review contact");

  /** Advice and assistance every letter gives. */
  public static final Field<Organisation, String> ADVICE_AND_ASSISTANCE =
      Field.optional("adviceAndAssistance", ValueType.text(2000), Organisation::adviceAndAssistance)
          .label("advice and assistance");

  /** The description of an organisation. */
  public static final RecordType<Organisation> TYPE =
      RecordType.builder("organisation", Organisation.class)
          .fields(NAME, KIND, NATION, FOI_CONTACT, INTERNAL_REVIEW_CONTACT, ADVICE_AND_ASSISTANCE)
          .constructor(
              v ->
                  new Organisation(
                      v.require(NAME),
                      v.get(KIND),
                      v.get(NATION),
                      v.get(FOI_CONTACT),
                      v.get(INTERNAL_REVIEW_CONTACT),
                      v.get(ADVICE_AND_ASSISTANCE)))
          .text(Organisation::name)
          .build();

  /**
   * Creates a value.
   *
   * @param name the organisation's name
   * @param kind what kind of authority it is, if known
   * @param nation the UK nation it belongs to, if known
   * @param foiContact how to reach its FOI unit, if recorded
   * @param internalReviewContact where to ask for an internal review, if not the FOI unit
   * @param adviceAndAssistance advice and assistance every letter gives, if any
   * @throws NullPointerException if {@code name} is null
   */
  public Organisation {
    requireNonNull(name, "name");
  }

  /**
   * Returns an organisation known by its name only, as a register of schema version 1 records it.
   *
   * @param name the name
   * @return the organisation, kind and nation unknown, never null
   */
  public static Organisation named(String name) {
    return new Organisation(name, null, null, null, null, null);
  }

  /**
   * Returns an organisation of a known kind and nation.
   *
   * @param name the name
   * @param kind what kind of authority it is
   * @param nation the UK nation it belongs to
   * @param foiContact how to reach its FOI unit
   * @return the organisation, never null
   */
  public static Organisation of(
      String name, OrganisationKind kind, Nation nation, FoiContact foiContact) {
    return new Organisation(
        name,
        requireNonNull(kind, "kind"),
        requireNonNull(nation, "nation"),
        requireNonNull(foiContact, "foiContact"),
        null,
        null);
  }

  /**
   * Returns the same organisation with a kind and nation, as {@code register migrate} sets them.
   *
   * @param kind the kind, or null if unknown
   * @param nation the nation, or null if unknown
   * @return a new organisation, never null
   */
  public Organisation withKindAndNation(@Nullable OrganisationKind kind, @Nullable Nation nation) {
    return new Organisation(
        name, kind, nation, foiContact, internalReviewContact, adviceAndAssistance);
  }

  /**
   * Returns where to ask for an internal review: the review contact if recorded, else the FOI unit.
   *
   * @return the contact, or empty when neither is recorded
   */
  public Optional<FoiContact> reviewContact() {
    return Optional.ofNullable(internalReviewContact != null ? internalReviewContact : foiContact);
  }

  /**
   * Returns whether only the name is known, as in a register of schema version 1.
   *
   * @return true when kind, nation and contacts are all unknown
   */
  public boolean isNameOnly() {
    return kind == null
        && nation == null
        && foiContact == null
        && internalReviewContact == null
        && adviceAndAssistance == null;
  }

  @Override
  public String toString() {
    return name;
  }
}
