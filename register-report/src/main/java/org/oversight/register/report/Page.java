package org.oversight.register.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.oversight.register.compliance.RestrictionList;
import org.oversight.register.foi.DisclosurePolicy;
import org.oversight.register.foi.Exemption;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.Regime;
import org.oversight.register.model.Asset;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Disclosure;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Field;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Money;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.report.TransparencyReport.CategoryFigure;
import org.oversight.register.report.TransparencyReport.ListFigure;
import org.oversight.register.report.TransparencyReport.ServicePoint;
import org.oversight.register.report.TransparencyReport.VendorFigure;

/**
 * The page model: what the template writes, every text already in words and every number already
 * formatted, so that the template only places them. Decisions (what is shown, what is withheld and
 * why) are made here; the template speaks.
 */
final class Page {
  /**
   * The most characters of a chart's label line (label, suffix and figure), so that it fits 288
   * pixels, the content's width on a 320-pixel screen; a longer name is cut with an ellipsis (the
   * table beside the chart has it all). Never cut below 12.
   */
  private static final int LABEL_LINE = 34;

  private final TransparencyReport report;
  private final DisclosurePolicy policy;
  private final Regime regime;
  private final String date;

  record KeyFigure(String key, String label, String value, @Nullable String detail) {}

  record Chart(String id, String title, String caption, int height, List<Bar> bars) {}

  record Bar(
      String label,
      String value,
      String labelY,
      String barY,
      String barWidth,
      boolean hatched,
      boolean marked) {}

  record CategoryRow(String code, String label, String entries, String units) {}

  record VendorRow(String code, String label, String entries, String units, String listed) {}

  record TimeRow(String code, String label, String units) {}

  record CoverageRow(String code, String label, String units, String covered, String uncovered) {}

  record Item(String label, String value, @Nullable String href, boolean self) {
    static Item text(String label, String value) {
      return new Item(label, value, null, false);
    }
  }

  record ListSection(
      String anchor,
      String code,
      String title,
      String units,
      String unitsWord,
      List<Item> fields,
      List<CategoryRow> vendors) {}

  record Card(
      String anchor,
      String code,
      String title,
      @Nullable String status,
      String statusClass,
      List<Item> fields) {}

  private Page(TransparencyReport report) {
    this.report = report;
    this.policy = report.options().disclosurePolicy();
    this.regime = report.organisation().nation() == Nation.SCOTLAND ? Regime.FOISA : Regime.FOIA;
    this.date = Format.date(report.date());
  }

  /** The model of a report's page: a map from the template's names to values, none null. */
  static Map<String, Object> of(TransparencyReport report) {
    return new Page(report).model();
  }

  private Map<String, Object> model() {
    Organisation organisation = report.organisation();
    Map<String, Object> page = new LinkedHashMap<>();
    page.put(
        "title",
        "Surveillance technology transparency report: " + organisation.name() + ", " + date);
    page.put("styleHash", Templates.STYLE_HASH);
    page.put("organisation", organisation.name());
    if (organisation.kind() != null) {
      page.put("organisationKind", Format.words(organisation.kind()));
    }
    page.put("date", date);
    page.put("asAt", Format.date(report.asAt()));
    if (report.date().isAfter(report.asAt())) {
      page.put(
          "dateNote",
          "These figures are for a day after the register's as-at date: equipment that came into"
              + " or went out of service after "
              + Format.date(report.asAt())
              + " may not be recorded yet.");
    }
    page.put("keyFigures", keyFigures());
    putCategories(page);
    putVendors(page);
    putOverTime(page);
    putMap(page);
    putDpias(page);
    page.put("contractCards", contractCards());
    putContact(page, organisation);
    List<String> withheld = withheld();
    page.put("withheld", withheld);
    page.put("hasWithheld", !withheld.isEmpty());
    return page;
  }

  // ----- figures -----

  private List<KeyFigure> keyFigures() {
    long units = report.totalUnits();
    List<KeyFigure> figures = new ArrayList<>();
    figures.add(
        new KeyFigure(
            "units",
            "Units in service",
            Format.number(units),
            "in " + Format.count(report.inService().size(), "register entry", "register entries")));
    figures.add(
        new KeyFigure(
            "kinds", "Kinds of equipment", Format.number(report.categories().size()), null));
    if (vendorsShown()) {
      boolean anyList = !report.lists().isEmpty();
      figures.add(
          new KeyFigure(
              "listed-units",
              "Units from vendors on a restriction list",
              Format.number(report.listedUnits()),
              anyList ? null : "no list was in force"));
      figures.add(
          new KeyFigure(
              "unknown-units",
              "Units whose manufacturer is not recorded",
              Format.number(report.unknownManufacturerUnits()),
              null));
    }
    figures.add(
        new KeyFigure(
            "dpia-units",
            "Units covered by an approved, in-date DPIA",
            Format.number(report.dpiaCoveredUnits()),
            "of "
                + Format.number(units)
                + " ("
                + Format.percent(report.dpiaCoveredUnits(), units)
                + ")"));
    long located = report.located().stream().mapToLong(Asset::quantity).sum();
    figures.add(
        new KeyFigure(
            "located-units-summary",
            locationsShown() ? "Units on the map" : "Units with a recorded location",
            Format.number(located),
            locationsShown() || located == 0 ? null : "locations not published"));
    long published =
        report.contracts().stream().filter(c -> Format.webHref(c.publishedUrl()) != null).count();
    figures.add(
        new KeyFigure(
            "contracts",
            "Contracts",
            Format.number(report.contracts().size()),
            Format.number(published) + " published"));
    return figures;
  }

  private void putCategories(Map<String, Object> page) {
    List<CategoryRow> rows = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    long max = report.categories().stream().mapToLong(CategoryFigure::units).max().orElse(0);
    for (CategoryFigure figure : report.categories()) {
      String label = Format.words(figure.category());
      rows.add(
          new CategoryRow(
              figure.category().name(),
              label,
              Format.number(figure.entries()),
              Format.number(figure.units())));
      bars.add(bar(bars.size(), label, "", figure.units(), max, false, false));
    }
    page.put("categoryRows", rows);
    if (!bars.isEmpty()) {
      page.put(
          "categoryChart",
          chart(
              "chart-categories",
              "Bar chart of the units in service on " + date + " by kind of equipment",
              "Units in service by kind of equipment. The table below gives the same figures.",
              bars));
    }
    page.put("totalEntries", Format.number(report.inService().size()));
    page.put("totalUnits", Format.number(report.totalUnits()));
    page.put("totalUnitsWord", Format.noun(report.totalUnits(), "unit", "units"));
  }

  private void putVendors(Map<String, Object> page) {
    if (!vendorsShown()) {
      page.put(
          "vendorsWithheld",
          "Who made the equipment is left out of this report: "
              + withheldUnder(
                  policy
                      .redaction(Asset.MANUFACTURER)
                      .or(() -> policy.redaction(Asset.BRAND))
                      .orElseThrow())
              + ".");
      return;
    }
    List<VendorRow> rows = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    long max =
        Math.max(
            report.unknownManufacturerUnits(),
            report.vendors().stream().mapToLong(VendorFigure::units).max().orElse(0));
    for (VendorFigure figure : report.vendors()) {
      String name = figure.group().name();
      rows.add(
          new VendorRow(
              figure.group().key(),
              name,
              Format.number(figure.entries()),
              Format.number(figure.units()),
              figure.listed() ? "Yes" : "No"));
      bars.add(
          bar(
              bars.size(),
              name,
              figure.listed() ? " (on a list)" : "",
              figure.units(),
              max,
              false,
              figure.listed()));
    }
    rows.add(
        new VendorRow(
            "unknown",
            "Unknown manufacturer",
            Format.number(report.unknownManufacturerEntries()),
            Format.number(report.unknownManufacturerUnits()),
            "Cannot say"));
    bars.add(
        bar(
            bars.size(),
            "Unknown manufacturer",
            "",
            report.unknownManufacturerUnits(),
            max,
            true,
            false));
    page.put("vendorRows", rows);
    page.put(
        "vendorChart",
        chart(
            "chart-vendors",
            "Bar chart of the units in service on " + date + " by manufacturer group",
            "Units in service by manufacturer group. Red bars marked \"on a list\" are groups with"
                + " units from a vendor on a restriction list; the hatched bar is equipment whose"
                + " manufacturer is not recorded. The table below gives the same figures.",
            bars));
    long unknown = report.unknownManufacturerUnits();
    page.put(
        "unknownNote",
        unknown == 0
            ? "Every unit in service has a recorded manufacturer."
            : Format.count(unknown, "unit", "units")
                + " in service ("
                + Format.count(report.unknownManufacturerEntries(), "entry", "entries")
                + ") have no recorded manufacturer, so the figures for each manufacturer and for"
                + " the restriction lists may be too low: none of those units can be said not to"
                + " come from a listed vendor.");
    List<ListSection> lists = new ArrayList<>();
    for (ListFigure figure : report.lists()) {
      RestrictionList list = figure.list();
      List<Item> fields = new ArrayList<>();
      fields.add(Item.text("What it is", Format.words(list.kind())));
      fields.add(Item.text("Where", Format.words(list.jurisdiction())));
      fields.add(Item.text("In force from", Format.date(list.inForceFrom())));
      fields.add(Item.text("What it covers", list.scope()));
      fields.add(Item.text("Source", list.source()));
      List<CategoryRow> vendors = new ArrayList<>();
      figure
          .unitsByVendor()
          .forEach(
              (vendor, units) ->
                  vendors.add(new CategoryRow(vendor, vendor, "", Format.number(units))));
      lists.add(
          new ListSection(
              "list-" + (lists.size() + 1),
              list.id(),
              list.title(),
              Format.number(figure.units()),
              Format.noun(figure.units(), "unit", "units"),
              fields,
              vendors));
    }
    page.put("lists", lists);
  }

  private void putOverTime(Map<String, Object> page) {
    List<ServicePoint> points = report.overTime();
    long max = points.stream().mapToLong(ServicePoint::units).max().orElse(0);
    List<TimeRow> rows = new ArrayList<>();
    List<Bar> bars = new ArrayList<>();
    for (ServicePoint point : points) {
      String label = Format.date(point.date());
      rows.add(new TimeRow(point.date().toString(), label, Format.number(point.units())));
      bars.add(bar(bars.size(), label, "", point.units(), max, false, false));
    }
    page.put("timeRows", rows);
    page.put("thinned", isThinned(points));
    page.put(
        "timeChart",
        chart(
            "chart-over-time",
            "Bar chart of the units in service over time, up to " + date,
            "Units in service over time. The table below gives the same figures.",
            bars));
  }

  private boolean isThinned(List<ServicePoint> points) {
    for (int i = 1; i + 1 < points.size(); i++) {
      if (points.get(i).date().getYear() - points.get(i - 1).date().getYear() > 1) {
        return true;
      }
    }
    return false;
  }

  private void putMap(Map<String, Object> page) {
    List<Asset> located = report.located();
    long locatedUnits = located.stream().mapToLong(Asset::quantity).sum();
    if (!locationsShown()) {
      page.put(
          "mapWithheld",
          Format.count(locatedUnits, "unit", "units")
              + " in service ("
              + Format.count(located.size(), "entry", "entries")
              + ") have a recorded location. Locations are not published in this report: "
              + withheldUnder(policy.redaction(Asset.LOCATION).orElseThrow())
              + ".");
      return;
    }
    page.put("map", MapDrawing.of(report, located, this));
  }

  private void putDpias(Map<String, Object> page) {
    long units = report.totalUnits();
    page.put("coveredUnits", Format.number(report.dpiaCoveredUnits()));
    page.put("coveredPercent", Format.percent(report.dpiaCoveredUnits(), units));
    List<CoverageRow> rows = new ArrayList<>();
    for (CategoryFigure figure : report.categories()) {
      rows.add(
          new CoverageRow(
              figure.category().name(),
              Format.words(figure.category()),
              Format.number(figure.units()),
              Format.number(figure.dpiaCoveredUnits()),
              Format.number(figure.units() - figure.dpiaCoveredUnits())));
    }
    page.put("coverageRows", rows);
    List<Card> cards = new ArrayList<>();
    LocalDate day = report.date();
    for (Dpia dpia : report.dpias()) {
      List<Item> fields = new ArrayList<>();
      fields.add(Item.text("Reference in the register", dpia.id()));
      long covers = report.unitsCoveredBy(dpia);
      fields.add(
          Item.text(
              "Covers",
              covers == 0
                  ? "no equipment in service on " + date
                  : Format.count(covers, "unit", "units") + " in service on " + date));
      fields.addAll(items(Dpia.TYPE, dpia, List.of(Dpia.ID, Dpia.TITLE)));
      boolean current = TransparencyReport.isCurrent(dpia, day);
      cards.add(
          new Card(
              "dpia-" + (cards.size() + 1),
              dpia.id(),
              dpia.title(),
              current
                  ? "Approved and in date on " + date
                  : "Not approved and in date on " + date + ": " + whyNotCurrent(dpia, day),
              current ? "status-current" : "status-not-current",
              fields));
    }
    page.put("dpiaCards", cards);
  }

  private static String whyNotCurrent(Dpia dpia, LocalDate day) {
    LocalDate completed = dpia.completedOn();
    LocalDate due = dpia.reviewDue();
    if (!dpia.isInForce()) {
      return "its status is " + Format.words(dpia.status()).toLowerCase(Locale.ROOT);
    }
    if (completed == null || completed.isAfter(day)) {
      return "it was not yet completed";
    }
    if (due != null && due.isBefore(day)) {
      return "its review was due on " + Format.date(due);
    }
    return "it is not in force";
  }

  private List<Card> contractCards() {
    List<Card> cards = new ArrayList<>();
    for (Contract contract : report.contracts()) {
      String title = contract.title();
      List<Field<Contract, ?>> skip =
          title != null && shown(Contract.TITLE)
              ? List.of(Contract.ID, Contract.TITLE)
              : List.of(Contract.ID);
      List<Item> fields = new ArrayList<>();
      fields.add(Item.text("Reference in the register", contract.id()));
      fields.addAll(items(Contract.TYPE, contract, skip));
      boolean published =
          Format.webHref(contract.publishedUrl()) != null && shown(Contract.PUBLISHED_URL);
      cards.add(
          new Card(
              "contract-" + (cards.size() + 1),
              contract.id(),
              title != null && shown(Contract.TITLE)
                  ? title
                  : "Contract with " + contract.supplier(),
              published ? "Published" : null,
              "status-current",
              fields));
    }
    return cards;
  }

  private void putContact(Map<String, Object> page, Organisation organisation) {
    page.put("actName", regime.actName());
    FoiContact contact = organisation.foiContact();
    List<Item> fields = contact == null ? List.of() : items(FoiContact.TYPE, contact, List.of());
    page.put("contactFields", fields);
    page.put("noContact", fields.isEmpty());
    String advice = organisation.adviceAndAssistance();
    if (advice != null) {
      page.put("advice", advice);
    }
  }

  // ----- what is shown -----

  /** Whether the policy lets the report show a field. */
  boolean shown(Field<?, ?> field) {
    return field.disclosure().kind() != Disclosure.Kind.NEVER
        && !field.isConfidential()
        && policy.redaction(field).isEmpty();
  }

  private boolean vendorsShown() {
    return shown(Asset.MANUFACTURER) && shown(Asset.BRAND);
  }

  private boolean locationsShown() {
    return shown(Asset.LOCATION);
  }

  private String withheldUnder(Exemption exemption) {
    String section = exemption.section(regime);
    return section == null
        ? "withheld (" + FoiRenderer.standard().exemptionTitle(exemption, regime) + ")"
        : "withheld under section "
            + section
            + " of the "
            + regime.actName()
            + " ("
            + FoiRenderer.standard().exemptionTitle(exemption, regime)
            + ")";
  }

  private List<String> withheld() {
    List<String> out = new ArrayList<>();
    withheld(Asset.TYPE, "equipment", out);
    withheld(Dpia.TYPE, "DPIAs", out);
    withheld(Contract.TYPE, "contracts", out);
    return out;
  }

  private <R> void withheld(RecordType<R> type, String of, List<String> out) {
    for (Field<R, ?> field : type.fields()) {
      if (field.disclosure().kind() == Disclosure.Kind.NEVER || field.isConfidential()) {
        continue;
      }
      Optional<Exemption> exemption = policy.redaction(field);
      exemption.ifPresent(
          e -> out.add(Format.capitalise(field.label()) + " of " + of + ": " + withheldUnder(e)));
    }
  }

  /** The fields of a record the report shows, in the description's order, with their values. */
  <R> List<Item> items(RecordType<R> type, R record, Collection<? extends Field<R, ?>> skip) {
    List<Item> items = new ArrayList<>();
    for (Field<R, ?> field : type.fields()) {
      if (skip.contains(field) || !shown(field)) {
        continue;
      }
      Item item = item(field, record);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  private static <R, V> @Nullable Item item(Field<R, V> field, R record) {
    V value = field.get(record);
    if (value == null) {
      return null;
    }
    String label = Format.capitalise(field.label());
    ValueType<V> type = field.type();
    if (type instanceof ValueType.WebAddress) {
      String text = String.valueOf(value);
      String href = Format.webHref(text);
      return new Item(label, text, href, true);
    }
    if (type instanceof ValueType.EmailAddress) {
      String text = String.valueOf(value);
      return new Item(label, text, Format.mailHref(text), false);
    }
    if (value instanceof Collection<?> values && values.isEmpty()) {
      return null;
    }
    return Item.text(label, text(type, value));
  }

  private static <V> String text(ValueType<V> type, V value) {
    if (value instanceof LocalDate day) {
      return Format.date(day);
    }
    if (value instanceof Boolean flag) {
      return flag ? "Yes" : "No";
    }
    if (value instanceof Enum<?> code) {
      return Format.words(code);
    }
    if (value instanceof Money money) {
      return Format.money(money);
    }
    return type.text(value);
  }

  // ----- charts -----

  private static final int ROW = 40;

  private static Bar bar(
      int index,
      String label,
      String suffix,
      long units,
      long max,
      boolean hatched,
      boolean marked) {
    String value = Format.number(units);
    int room = Math.max(12, LABEL_LINE - suffix.length() - value.length() - 2);
    String width;
    if (units <= 0 || max <= 0) {
      width = "0";
    } else {
      double percent = Math.max(0.5, units * 100.0 / max);
      width = String.format(Locale.ROOT, "%.2f%%", percent);
    }
    return new Bar(
        Format.shorten(label, room) + suffix,
        value,
        Integer.toString(index * ROW + 16),
        Integer.toString(index * ROW + 22),
        width,
        hatched,
        marked);
  }

  private static Chart chart(String id, String title, String caption, List<Bar> bars) {
    return new Chart(id, title, caption, bars.size() * ROW, List.copyOf(bars));
  }

  String date() {
    return date;
  }
}
