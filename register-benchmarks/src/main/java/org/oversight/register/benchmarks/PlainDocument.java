package org.oversight.register.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Money;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RegisterContents;

/**
 * The register document as the plain records a user of Jackson databind would write: no validation,
 * no canonicalisation, no index. The baseline of the JSON benchmarks.
 *
 * @param schemaVersion the format version
 * @param organisation the organisation
 * @param asAt the as-at date
 * @param assets the assets
 * @param dpias the DPIAs
 * @param contracts the contracts
 */
record PlainDocument(
    int schemaVersion,
    PlainOrganisation organisation,
    LocalDate asAt,
    List<PlainAsset> assets,
    List<PlainDpia> dpias,
    List<PlainContract> contracts) {

  /** The organisation, field for field. */
  record PlainOrganisation(
      String name,
      @Nullable String kind,
      @Nullable String nation,
      @Nullable PlainContact foiContact,
      @Nullable PlainContact internalReviewContact,
      @Nullable String adviceAndAssistance) {}

  /** An FOI contact. */
  record PlainContact(
      @Nullable String postalAddress, @Nullable String email, @Nullable String url) {}

  /** A location, exact. */
  record PlainLocation(BigDecimal latitude, BigDecimal longitude) {}

  /** One asset, field for field. */
  record PlainAsset(
      String id,
      @Nullable String description,
      @Nullable String manufacturer,
      @Nullable String brand,
      @Nullable String model,
      String category,
      List<String> capabilities,
      String deployment,
      boolean owned,
      boolean operated,
      String status,
      @Nullable LocalDate inServiceFrom,
      @Nullable LocalDate inServiceUntil,
      @Nullable Integer quantity,
      @Nullable String site,
      @Nullable String area,
      @Nullable PlainLocation location,
      @Nullable List<String> dpiaIds,
      @Nullable List<String> contractIds,
      @Nullable String authorisationRef,
      @Nullable String notes) {}

  /** One DPIA, field for field. */
  record PlainDpia(
      String id,
      String title,
      @Nullable String version,
      String status,
      @Nullable LocalDate completedOn,
      @Nullable LocalDate reviewDue,
      @Nullable String owner,
      @Nullable String ownerRole,
      @Nullable String residualRisk,
      @Nullable Boolean icoConsulted,
      @Nullable String url) {}

  /** One contract, field for field. */
  record PlainContract(
      String id,
      @Nullable String reference,
      String supplier,
      @Nullable String title,
      @Nullable LocalDate startDate,
      @Nullable LocalDate endDate,
      @Nullable PlainMoney value,
      @Nullable String procurementRoute,
      @Nullable String publishedUrl) {}

  /** An amount of money, exact. */
  record PlainMoney(BigDecimal amount, String currency) {}

  /** The same data as plain records. */
  static PlainDocument of(RegisterContents contents) {
    List<PlainAsset> assets = new ArrayList<>(contents.assets().size());
    for (Asset a : contents.assets()) {
      assets.add(
          new PlainAsset(
              a.id().value(),
              a.description(),
              a.manufacturer(),
              a.brand(),
              a.model(),
              a.category().name(),
              a.capabilities().stream().map(Capability::code).toList(),
              a.deployment().name(),
              a.owned(),
              a.operated(),
              a.status().name(),
              a.inServiceFrom(),
              a.inServiceUntil(),
              a.quantity(),
              a.site(),
              a.area(),
              a.location() == null
                  ? null
                  : new PlainLocation(a.location().latitude(), a.location().longitude()),
              a.dpiaIds(),
              a.contractIds(),
              a.authorisationRef(),
              a.notes()));
    }
    List<PlainDpia> dpias = new ArrayList<>();
    for (Dpia d : contents.dpias()) {
      dpias.add(
          new PlainDpia(
              d.id(),
              d.title(),
              d.version(),
              d.status().name(),
              d.completedOn(),
              d.reviewDue(),
              d.owner(),
              d.ownerRole(),
              d.residualRisk() == null ? null : String.valueOf(d.residualRisk()),
              d.icoConsulted(),
              d.url()));
    }
    List<PlainContract> contracts = new ArrayList<>();
    for (Contract c : contents.contracts()) {
      Money v = c.value();
      contracts.add(
          new PlainContract(
              c.id(),
              c.reference(),
              c.supplier(),
              c.title(),
              c.startDate(),
              c.endDate(),
              v == null ? null : new PlainMoney(v.amount(), v.currency().getCurrencyCode()),
              c.procurementRoute(),
              c.publishedUrl()));
    }
    Organisation o = contents.organisation();
    PlainOrganisation organisation =
        new PlainOrganisation(
            o.name(),
            o.kind() == null ? null : o.kind().name(),
            o.nation() == null ? null : o.nation().name(),
            contact(o.foiContact()),
            contact(o.internalReviewContact()),
            o.adviceAndAssistance());
    return new PlainDocument(2, organisation, contents.asAt(), assets, dpias, contracts);
  }

  private static @Nullable PlainContact contact(@Nullable FoiContact contact) {
    return contact == null
        ? null
        : new PlainContact(contact.postalAddress(), contact.email(), contact.url());
  }
}
