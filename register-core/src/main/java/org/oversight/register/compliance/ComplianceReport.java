package org.oversight.register.compliance;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.DpiaStatus;
import org.oversight.register.text.Printable;
import org.oversight.register.vendor.VendorDirectory;
import org.oversight.register.vendor.VendorGroup;
import org.oversight.register.vendor.VendorMatch;
import org.oversight.register.vendor.VendorNames;

/**
 * The compliance findings for a register on a date: advanced assets without an approved DPIA, DPIA
 * reviews overdue, DPIAs still in draft for assets in service, contracts ended while their asset is
 * in service, restricted vendors, unknown manufacturers, placeholders and mixed-script (look-alike)
 * spellings recorded as a manufacturer or brand, and covert assets without an authorisation
 * reference. Each finding about an overt asset names the Surveillance Camera Code principle it
 * concerns.
 *
 * <p>This is the owner's view: covert assets are checked too, but no message ever contains an
 * authorisation reference (DOMAIN.md rule 9), and findings about covert assets name no Code
 * principle. The date is always passed in; the clock is never read. Findings are in {@link
 * Finding#ORDER}, so the same register and date give the same report, byte for byte.
 *
 * <p>Which assets each check looks at: "in service" means {@link Asset#isInServiceOn} the date;
 * restricted-vendor, unknown-manufacturer and vendor-name checks also look at planned assets, since
 * procurement is when a vendor question is cheapest to answer. A DPIA is approved when {@link
 * Dpia#isInForce()} (approved, or approved and under review). Immutable and thread-safe.
 */
public final class ComplianceReport {
  private final String organisation;
  private final LocalDate date;
  private final List<Finding> findings;

  private ComplianceReport(String organisation, LocalDate date, List<Finding> findings) {
    this.organisation = organisation;
    this.date = date;
    this.findings = List.copyOf(findings);
  }

  /**
   * Checks a register on a date against the standard restriction lists, resolving vendors with the
   * register's own directory.
   *
   * @param register the register
   * @param date the day to check, for example the register's as-at date
   * @return the report, never null
   */
  public static ComplianceReport of(AssetRegister register, LocalDate date) {
    return of(register, date, RestrictionLists.standard());
  }

  /**
   * Checks a register on a date against the given restriction lists, resolving vendors with the
   * register's own directory.
   *
   * @param register the register
   * @param date the day to check
   * @param lists the restriction lists; lists of kind {@link RestrictionKind#CONCERN} give no
   *     finding (see {@link SurveySummary})
   * @return the report, never null
   */
  public static ComplianceReport of(
      AssetRegister register, LocalDate date, RestrictionLists lists) {
    requireNonNull(register, "register");
    requireNonNull(date, "date");
    RestrictionCheck check =
        RestrictionCheck.of(requireNonNull(lists, "lists"), register.vendors());
    List<Finding> findings = new ArrayList<>();
    for (Asset asset : register.assets()) {
      checkAsset(register, asset, date, check, findings);
    }
    checkDpiaReviews(register, date, findings);
    findings.sort(Finding.ORDER);
    return new ComplianceReport(register.organisation().name(), date, findings);
  }

  private static void checkAsset(
      AssetRegister register,
      Asset asset,
      LocalDate date,
      RestrictionCheck check,
      List<Finding> findings) {
    boolean inService = asset.isInServiceOn(date);
    boolean inServiceOrPlanned = inService || asset.status() == AssetStatus.PLANNED;
    if (inService && register.advancedPolicy().isAdvanced(asset)) {
      List<Dpia> dpias = dpiasOf(register, asset);
      if (dpias.stream().noneMatch(Dpia::isInForce)) {
        String linked =
            dpias.isEmpty()
                ? "no DPIA is linked"
                : "linked DPIAs: "
                    + String.join(
                        ", ", dpias.stream().map(d -> d.id() + " (" + d.status() + ")").toList());
        findings.add(
            finding(
                FindingCode.ADVANCED_WITHOUT_APPROVED_DPIA,
                asset,
                "advanced asset in service without an approved DPIA; " + linked));
      }
    }
    if (inService) {
      for (Dpia dpia : dpiasOf(register, asset)) {
        if (dpia.status() == DpiaStatus.DRAFT) {
          findings.add(
              finding(
                  FindingCode.DPIA_DRAFT_IN_SERVICE,
                  asset,
                  "in service since "
                      + asset.inServiceFrom()
                      + " while DPIA "
                      + dpia.id()
                      + " is still in draft"));
        }
      }
      List<Contract> contracts = contractsOf(register, asset);
      if (!contracts.isEmpty() && contracts.stream().allMatch(c -> c.hasEndedBefore(date))) {
        Contract last =
            contracts.stream()
                .max(Comparator.comparing(c -> requireNonNull(c.endDate())))
                .orElseThrow();
        findings.add(
            finding(
                FindingCode.CONTRACT_ENDED_IN_SERVICE,
                asset,
                "in service but every contract has ended; the latest, "
                    + last.id()
                    + ", ended on "
                    + last.endDate()));
      }
    }
    if (inServiceOrPlanned) {
      for (RestrictionHit hit : check.check(asset, date)) {
        if (hit.list().kind() == RestrictionKind.RESTRICTION) {
          findings.add(
              finding(FindingCode.RESTRICTED_VENDOR, asset, hit.list().id() + ": " + hit.reason()));
        }
      }
      checkVendorNames(register.vendors(), asset, date, findings);
      if (register.vendors().resolve(asset.manufacturer(), asset.brand(), date).isUnknown()) {
        boolean placeholders = asset.manufacturer() != null || asset.brand() != null;
        findings.add(
            finding(
                FindingCode.UNKNOWN_MANUFACTURER,
                asset,
                placeholders
                    ? "no manufacturer or brand name is recorded (a placeholder is not a name),"
                        + " so no vendor question can be answered for this asset"
                    : "neither manufacturer nor brand is recorded, so no vendor question can be"
                        + " answered for this asset"));
      }
    }
    // Only the absence of the reference is reported; the reference itself never enters a message.
    if (inService && asset.isCovert() && asset.authorisationRef() == null) {
      findings.add(
          finding(
              FindingCode.COVERT_WITHOUT_AUTHORISATION,
              asset,
              "covert asset in service has no authorisation reference recorded"
                  + " (RIPA 2000 Part II or IPA 2016)"));
    }
  }

  /** Placeholders and look-alike spellings in the recorded manufacturer and brand. */
  private static void checkVendorNames(
      VendorDirectory vendors, Asset asset, LocalDate date, List<Finding> findings) {
    String[][] fields = {{"manufacturer", asset.manufacturer()}, {"brand", asset.brand()}};
    for (String[] field : fields) {
      String name = field[1];
      if (name == null) {
        continue;
      }
      String quoted = field[0] + " \"" + VendorNames.display(name) + "\"";
      if (VendorNames.isPlaceholder(name)) {
        findings.add(
            finding(
                FindingCode.PLACEHOLDER_VENDOR_NAME,
                asset,
                quoted
                    + " is a placeholder, not a name, so it counts as not recorded; record the"
                    + " name or leave the field out"));
      } else {
        VendorMatch match = vendors.resolve(name, null, date);
        VendorGroup vendor = requireNonNull(match.vendor());
        String how;
        if (VendorNames.isMixedScript(name)) {
          how =
              " is written with mixed scripts ("
                  + String.join(", ", VendorNames.scripts(name))
                  + ": "
                  + VendorNames.foreignCharacters(name)
                  + "); ";
        } else if (match.isLookAlike()) {
          how =
              " is written with look-alike characters ("
                  + VendorNames.lookAlikeCharacters(name)
                  + "); ";
        } else {
          continue;
        }
        findings.add(
            finding(
                FindingCode.LOOK_ALIKE_VENDOR_NAME,
                asset,
                quoted
                    + how
                    + (vendors.isListed(vendor)
                        ? "it is read as " + vendor.name() + ", whose name it imitates"
                        : "it matches no listed vendor")));
      }
    }
  }

  private static void checkDpiaReviews(
      AssetRegister register, LocalDate date, List<Finding> findings) {
    Map<String, List<Asset>> covered = new LinkedHashMap<>();
    for (Asset asset : register.assets()) {
      if (asset.isInServiceOn(date)) {
        for (String dpiaId : asset.dpiaIds()) {
          covered.computeIfAbsent(dpiaId, k -> new ArrayList<>()).add(asset);
        }
      }
    }
    for (Dpia dpia : register.dpias()) {
      LocalDate due = dpia.reviewDue();
      List<Asset> assets = covered.getOrDefault(dpia.id(), List.of());
      if (dpia.status() != DpiaStatus.APPROVED
          || due == null
          || !due.isBefore(date)
          || assets.isEmpty()) {
        continue;
      }
      boolean anyOvert = assets.stream().anyMatch(a -> !a.isCovert());
      findings.add(
          new Finding(
              FindingCode.DPIA_REVIEW_OVERDUE.severity(),
              FindingCode.DPIA_REVIEW_OVERDUE,
              FindingSubject.DPIA,
              dpia.id(),
              anyOvert ? FindingCode.DPIA_REVIEW_OVERDUE.principle() : null,
              "review was due on "
                  + due
                  + " ("
                  + days(ChronoUnit.DAYS.between(due, date))
                  + " overdue); it covers "
                  + assets.size()
                  + (assets.size() == 1 ? " asset" : " assets")
                  + " in service"));
    }
  }

  private static String days(long days) {
    return days + (days == 1 ? " day" : " days");
  }

  private static Finding finding(FindingCode code, Asset asset, String message) {
    return new Finding(
        code.severity(),
        code,
        FindingSubject.ASSET,
        asset.id().value(),
        asset.isCovert() ? null : code.principle(),
        message);
  }

  private static List<Dpia> dpiasOf(AssetRegister register, Asset asset) {
    List<Dpia> dpias = new ArrayList<>();
    for (String id : asset.dpiaIds()) {
      register.dpia(id).ifPresent(dpias::add);
    }
    return dpias;
  }

  private static List<Contract> contractsOf(AssetRegister register, Asset asset) {
    List<Contract> contracts = new ArrayList<>();
    for (String id : asset.contractIds()) {
      register.contract(id).ifPresent(contracts::add);
    }
    return contracts;
  }

  /**
   * Returns the organisation whose register was checked.
   *
   * @return the organisation, never null
   */
  public String organisation() {
    return organisation;
  }

  /**
   * Returns the day checked.
   *
   * @return the date, never null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns every finding, most serious first, in {@link Finding#ORDER}.
   *
   * @return an unmodifiable list, never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one kind, in report order.
   *
   * @param code the kind
   * @return an unmodifiable list, never null
   */
  public List<Finding> findings(FindingCode code) {
    requireNonNull(code, "code");
    return findings.stream().filter(f -> f.code() == code).toList();
  }

  /**
   * Returns the first finding of a kind about a record.
   *
   * @param code the kind
   * @param subjectId the asset, DPIA or contract id
   * @return the finding, or empty if there is none
   */
  public Optional<Finding> finding(FindingCode code, String subjectId) {
    return findings.stream()
        .filter(f -> f.code() == code && f.subjectId().equals(subjectId))
        .findFirst();
  }

  /**
   * Returns how many findings there are of each severity, every severity present.
   *
   * @return an unmodifiable map in severity order, never null
   */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * Returns whether there are no findings.
   *
   * @return true when clean
   */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /**
   * Renders the report as plain text: a heading line, then one line per finding.
   *
   * @return the text, never null; ends with a line break
   */
  public String toText() {
    Map<Severity, Integer> counts = countsBySeverity();
    StringBuilder text = new StringBuilder();
    text.append("Compliance report for ")
        .append(Printable.line(organisation))
        .append(" on ")
        .append(date)
        .append(": ")
        .append(plural(findings.size(), "finding"))
        .append(" (")
        .append(plural(counts.get(Severity.ERROR), "error"))
        .append(", ")
        .append(plural(counts.get(Severity.WARNING), "warning"))
        .append(", ")
        .append(counts.get(Severity.INFO))
        .append(" info)\n");
    for (Finding finding : findings) {
      // One finding, one line, whatever the register's text holds.
      text.append(Printable.line(finding.toString())).append('\n');
    }
    return text.toString();
  }

  private static String plural(@Nullable Integer n, String word) {
    int count = n == null ? 0 : n;
    return count + " " + word + (count == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "ComplianceReport[" + organisation + " on " + date + ": " + findings.size() + "]";
  }
}
