package org.oversight.register.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Money;

/**
 * The register's field and cross-field rules, written out by hand: a fast yes/no for the common
 * case of valid data. A record these checks pass has no constraint violation; one they fail is
 * handed to Hibernate Validator for the exact problems. A property test holds the two to the same
 * answer.
 */
public final class FastChecks {
  private static final int DESCRIPTION_MAX = 500;
  private static final int NOTES_MAX = 2000;

  private FastChecks() {}

  /**
   * Returns whether an asset breaks none of its field and cross-field rules.
   *
   * @param asset the asset
   * @return true when Hibernate Validator would find nothing
   */
  public static boolean isValid(Asset asset) {
    if (!IdentifierValidator.isIdentifier(asset.id().value())
        || !trimmed(asset.description(), DESCRIPTION_MAX)
        || !trimmed(asset.manufacturer(), Integer.MAX_VALUE)
        || !trimmed(asset.brand(), Integer.MAX_VALUE)
        || !trimmed(asset.model(), Integer.MAX_VALUE)
        || !trimmed(asset.site(), Integer.MAX_VALUE)
        || !trimmed(asset.authorisationRef(), Integer.MAX_VALUE)
        || !trimmed(asset.notes(), NOTES_MAX)
        || asset.quantity() < Asset.MIN_QUANTITY
        || asset.quantity() > Asset.MAX_QUANTITY
        || !(asset.owned() || asset.operated())
        || (asset.authorisationRef() != null && !asset.isCovert())
        || !identifiers(asset.dpiaIds())
        || !identifiers(asset.contractIds())) {
      return false;
    }
    for (Capability capability : asset.capabilities()) {
      if (!capability.isStandard() && !Capability.isValidCode(capability.code())) {
        return false;
      }
    }
    LocalDate from = asset.inServiceFrom();
    LocalDate until = asset.inServiceUntil();
    if (from == null && asset.status() != AssetStatus.PLANNED) {
      return false;
    }
    if (until == null && asset.status() == AssetStatus.DECOMMISSIONED) {
      return false;
    }
    return inRange(from)
        && inRange(until)
        && !(from != null && until != null && until.isBefore(from));
  }

  /**
   * Returns whether a DPIA breaks none of its field and cross-field rules.
   *
   * @param dpia the DPIA
   * @return true when Hibernate Validator would find nothing
   */
  public static boolean isValid(Dpia dpia) {
    return IdentifierValidator.isIdentifier(dpia.id())
        && trimmed(dpia.title(), Integer.MAX_VALUE)
        && trimmed(dpia.version(), Integer.MAX_VALUE)
        && trimmed(dpia.owner(), Integer.MAX_VALUE)
        && (dpia.url() == null || HttpUrlValidator.isHttpUrl(dpia.url()))
        && (dpia.completedOn() != null
            || dpia.status() == org.oversight.register.model.DpiaStatus.DRAFT);
  }

  /**
   * Returns whether a contract breaks none of its field and cross-field rules.
   *
   * @param contract the contract
   * @return true when Hibernate Validator would find nothing
   */
  public static boolean isValid(Contract contract) {
    Money value = contract.value();
    LocalDate start = contract.startDate();
    LocalDate end = contract.endDate();
    return IdentifierValidator.isIdentifier(contract.id())
        && trimmed(contract.reference(), Integer.MAX_VALUE)
        && trimmed(contract.supplier(), Integer.MAX_VALUE)
        && trimmed(contract.title(), Integer.MAX_VALUE)
        && trimmed(contract.procurementRoute(), Integer.MAX_VALUE)
        && (contract.publishedUrl() == null || HttpUrlValidator.isHttpUrl(contract.publishedUrl()))
        && (value == null || value.amount().signum() >= 0)
        && !(start != null && end != null && end.isBefore(start));
  }

  /**
   * Returns whether an organisation name is valid.
   *
   * @param organisation the name
   * @return true when not blank and trimmed
   */
  public static boolean isValidOrganisation(String organisation) {
    return trimmed(organisation, Integer.MAX_VALUE);
  }

  private static boolean trimmed(@Nullable String value, int max) {
    return value == null || TrimmedValidator.problem(value, max, false) == null;
  }

  private static boolean identifiers(List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (!IdentifierValidator.isIdentifier(ids.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean inRange(@Nullable LocalDate date) {
    return date == null || (date.getYear() >= 1 && date.getYear() <= 9999);
  }
}
