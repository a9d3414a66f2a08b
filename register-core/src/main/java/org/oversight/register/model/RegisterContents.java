package org.oversight.register.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

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
 * @param documents the governing documents other than DPIAs (policies, procedures, assessments),
 *     possibly none (schema version 2)
 */
public record RegisterContents(
    Organisation organisation,
    LocalDate asAt,
    List<Asset> assets,
    List<Dpia> dpias,
    List<Contract> contracts,
    List<GoverningDocument> documents) {

  /** The organisation. */
  public static final Field<RegisterContents, Organisation> ORGANISATION =
      Field.required(
          "organisation",
          new ValueType.Nested<>(Organisation.TYPE),
          RegisterContents::organisation);

  /** The date the data is correct as at. */
  public static final Field<RegisterContents, LocalDate> AS_AT =
      Field.required("asAt", ValueType.Day.INSTANCE, RegisterContents::asAt).label("as at");

  /** The assets. */
  public static final Field<RegisterContents, List<Asset>> ASSETS =
      Field.required("assets", new ValueType.RecordList<>(Asset.TYPE), RegisterContents::assets);

  /** The DPIAs. */
  public static final Field<RegisterContents, List<Dpia>> DPIAS =
      Field.defaulted(
              "dpias",
              new ValueType.RecordList<>(Dpia.TYPE),
              List.<Dpia>of(),
              RegisterContents::dpias)
          .label("DPIAs");

  /** The contracts. */
  public static final Field<RegisterContents, List<Contract>> CONTRACTS =
      Field.defaulted(
          "contracts",
          new ValueType.RecordList<>(Contract.TYPE),
          List.<Contract>of(),
          RegisterContents::contracts);

  /** The governing documents other than DPIAs (schema version 2). */
  public static final Field<RegisterContents, List<GoverningDocument>> DOCUMENTS =
      Field.defaulted(
              "documents",
              new ValueType.RecordList<>(GoverningDocument.TYPE),
              List.<GoverningDocument>of(),
              RegisterContents::documents)
          .since(2);

  /** The description of a register's contents: the register document less its schema version. */
  public static final RecordType<RegisterContents> TYPE =
      RecordType.builder("register", RegisterContents.class)
          .fields(ORGANISATION, AS_AT, ASSETS, DPIAS, CONTRACTS, DOCUMENTS)
          .constructor(
              v ->
                  new RegisterContents(
                      v.require(ORGANISATION),
                      v.require(AS_AT),
                      v.require(ASSETS),
                      v.require(DPIAS),
                      v.require(CONTRACTS),
                      v.require(DOCUMENTS)))
          .layout(RecordType.Layout.ONE_FIELD_PER_LINE)
          .build();

  /**
   * Creates a value.
   *
   * @param organisation the police force or council whose register it is
   * @param asAt the date the data is correct as at
   * @param assets the assets, possibly none
   * @param dpias the data protection impact assessments, possibly none
   * @param contracts the supply contracts, possibly none
   * @param documents the governing documents, possibly none
   * @throws NullPointerException if a required component is null
   */
  public RegisterContents {
    requireNonNull(organisation, "organisation");
    requireNonNull(asAt, "asAt");
    assets = List.copyOf(assets);
    dpias = List.copyOf(dpias);
    contracts = List.copyOf(contracts);
    documents = List.copyOf(documents);
  }

  /**
   * Creates a value with no governing documents.
   *
   * @param organisation the police force or council whose register it is
   * @param asAt the date the data is correct as at
   * @param assets the assets, possibly none
   * @param dpias the data protection impact assessments, possibly none
   * @param contracts the supply contracts, possibly none
   * @throws NullPointerException if a required component is null
   */
  public RegisterContents(
      Organisation organisation,
      LocalDate asAt,
      List<Asset> assets,
      List<Dpia> dpias,
      List<Contract> contracts) {
    this(organisation, asAt, assets, dpias, contracts, List.of());
  }

  /**
   * Creates a value for an organisation known by name only, as in schema version 1.
   *
   * @param organisation the organisation's name
   * @param asAt the date the data is correct as at
   * @param assets the assets, possibly none
   * @param dpias the data protection impact assessments, possibly none
   * @param contracts the supply contracts, possibly none
   * @throws NullPointerException if a required component is null
   */
  public RegisterContents(
      String organisation,
      LocalDate asAt,
      List<Asset> assets,
      List<Dpia> dpias,
      List<Contract> contracts) {
    this(Organisation.named(organisation), asAt, assets, dpias, contracts);
  }

  /**
   * Returns the same contents with another organisation.
   *
   * @param organisation the organisation
   * @return new contents, never null
   */
  public RegisterContents withOrganisation(Organisation organisation) {
    return new RegisterContents(organisation, asAt, assets, dpias, contracts, documents);
  }

  /**
   * Returns the same contents with other governing documents.
   *
   * @param newDocuments the documents
   * @return new contents, never null
   */
  public RegisterContents withDocuments(List<GoverningDocument> newDocuments) {
    return new RegisterContents(organisation, asAt, assets, dpias, contracts, newDocuments);
  }
}
