package org.oversight.register.foi;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Field;
import org.oversight.register.model.FoiContact;
import org.oversight.register.model.Location;
import org.oversight.register.model.Money;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.ValueType;

/**
 * Turns the decisions of a {@link FoiResponse} into the scope a letter template reads: data as
 * strings (escaped by the template factory wherever a template prints them with {@code {{ }}}),
 * flags for the template's sections, and sentences already worded by the regime's {@link Wording}
 * (printed with {@code {{{ }}}}). It picks which sentence fits each decision; the sentences
 * themselves are the templates'. Used by one rendering.
 */
final class LetterView {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** The section that lifts the duty to comply when the cost would exceed the limit (both Acts). */
  private static final String COST_LIMIT_SECTION = "12(1)";

  private final FoiResponse response;
  private final Wording wording;
  private final Map<String, Object> base = new LinkedHashMap<>();
  private final Map<Field<?, ?>, FieldLines> fieldLines = new HashMap<>();
  private final Map<Object, String> codeLabels = new HashMap<>();
  private final Map<RecordKind, UnaryOperator<String>> headings = new EnumMap<>(RecordKind.class);
  private @Nullable UnaryOperator<String> fieldValue;
  private final Function<Object, String> sayValue = this::sayValue;
  // Not thread-safe, as the view is not: one rendering uses it.
  private final DecimalFormat amounts =
      new DecimalFormat("#,##0.00####", DecimalFormatSymbols.getInstance(Locale.UK));

  LetterView(FoiResponse response, Wording wording) {
    this.response = response;
    this.wording = wording;
    Organisation organisation = response.organisation();
    base.put("organisation", organisation.name());
    base.put("reference", response.reference());
    base.put("receivedOn", date(response.receivedOn()));
    base.put("dueOn", date(response.dueOn()));
    base.put("respondedOn", date(response.respondedOn()));
    base.put("reviewRequestBy", date(response.reviewRequestBy()));
    base.put("dataCorrectAsAt", date(response.dataCorrectAsAt()));
    String requester = response.requester();
    base.put("requester", requester == null ? "" : requester);
  }

  /** The scope of a letter or the workings. */
  Map<String, Object> scope() {
    Map<String, Object> scope = new LinkedHashMap<>(base);
    Organisation organisation = response.organisation();
    scope.put("contactLines", contactLines(organisation.foiContact()));
    scope.put(
        "salutation",
        wording.say(
            response.requester() == null ? "salutation.anonymous" : "salutation.named", base));
    Clarification clarification = response.clarification();
    boolean pending = response.outcome() == ResponseOutcome.CLARIFICATION_SOUGHT;
    scope.put("pending", pending);
    if (clarification != null) {
      Map<String, Object> asked = new LinkedHashMap<>(base);
      asked.put("soughtOn", date(clarification.soughtOn()));
      asked.put("sought", clarification.sought());
      LocalDate came = clarification.receivedOn();
      asked.put("clarifiedOn", came == null ? "" : date(came));
      if (pending) {
        scope.put("intro", wording.say("intro.pending", base));
        scope.put("clarification", wording.say("clarification.sought", asked));
      } else {
        scope.put(
            "intro", wording.say("intro", base) + " " + wording.say("intro.clarified", asked));
      }
    } else {
      scope.put("intro", wording.say("intro", base));
    }
    CostLimit costLimit = response.costLimit();
    if (costLimit != null) {
      Map<String, Object> cost = new LinkedHashMap<>(base);
      Regime regime = response.regime();
      cost.put("estimateHours", Integer.toString(costLimit.estimateHours()));
      cost.put(
          "estimatePounds",
          Long.toString((long) costLimit.estimateHours() * regime.costPerHourPounds()));
      cost.put("rate", Integer.toString(regime.costPerHourPounds()));
      cost.put("limitPounds", Integer.toString(regime.costLimitPounds()));
      cost.put(
          "limitHours", Integer.toString(regime.costLimitPounds() / regime.costPerHourPounds()));
      List<String> left = new ArrayList<>();
      for (QuestionAnswer answer : response.answers()) {
        if (answer.outcome() == QuestionOutcome.EXCEEDS_COST_LIMIT) {
          left.add(answer.questionId());
        }
      }
      cost.put("questions", questions(left));
      cost.put("advice", costLimit.advice());
      scope.put("costLimit", Map.of("paragraph", wording.say("costLimit.paragraph", cost)));
    }
    scope.put("outcome", outcome());
    List<Map<String, Object>> answers = new ArrayList<>();
    for (QuestionAnswer answer : response.answers()) {
      answers.add(answer(answer));
    }
    scope.put("answers", answers);
    Ncnd ncnd = response.ncnd();
    if (ncnd != null) {
      scope.put("ncnd", Map.of("paragraph", ncndParagraph(ncnd)));
    }
    List<Map<String, Object>> exemptions = new ArrayList<>();
    for (CitedExemption exemption : response.exemptions()) {
      exemptions.add(exemption(exemption));
    }
    scope.put("exemptions", exemptions);
    scope.put("hasExemptions", !exemptions.isEmpty());
    String advice = organisation.adviceAndAssistance();
    if (advice != null) {
      scope.put("advice", Map.of("text", wording.say("advice", Map.of("advice", advice))));
    }
    scope.put("asAt", wording.say("asAt", base));
    Map<String, Object> review = new LinkedHashMap<>(base);
    review.put("reviewContact", contact(organisation.reviewContact().orElse(null)));
    scope.put("rights", wording.say("rights", review));
    scope.put("signature", wording.say("signature", base));
    scope.put("workings", workings());
    scope.put("warnings", lines(warningLines()));
    scope.put("hasWarnings", !response.warnings().isEmpty());
    return scope;
  }

  private String outcome() {
    Map<String, Object> scope = new LinkedHashMap<>(base);
    List<String> ncndSections = new ArrayList<>();
    List<String> otherSections = new ArrayList<>();
    for (CitedExemption exemption : response.exemptions()) {
      (exemption.ncnd() ? ncndSections : otherSections).add(exemption.section());
    }
    if (response.costLimit() != null) {
      otherSections.add(COST_LIMIT_SECTION);
    }
    scope.put("ncndSections", sections(ncndSections));
    scope.put("otherSections", sections(otherSections));
    scope.put("hasOther", !otherSections.isEmpty());
    Ncnd decided = response.ncnd();
    String provision = decided == null ? null : decided.provision();
    scope.put("provision", provision == null ? "" : provision);
    String key =
        switch (response.outcome()) {
          case FULL_DISCLOSURE -> "outcome.fullDisclosure";
          case NO_INFORMATION_HELD -> "outcome.noInformationHeld";
          case REFUSED -> "outcome.refused";
          case CLARIFICATION_SOUGHT -> "outcome.clarificationSought";
          case PART_DISCLOSURE -> {
            boolean allNotHeld =
                response.answers().stream().allMatch(a -> a.outcome() == QuestionOutcome.NOT_HELD);
            if (response.ncnd() == null) {
              yield "outcome.partDisclosure";
            }
            yield allNotHeld ? "outcome.noOvertInformationHeld" : "outcome.partDisclosure.ncnd";
          }
        };
    return wording.say(key, scope);
  }

  private Map<String, Object> answer(QuestionAnswer answer) {
    Map<String, Object> scope = new LinkedHashMap<>(base);
    scope.put("id", answer.questionId());
    scope.put("text", answer.text());
    scope.put("overt", answer.overtOnly());
    String vendor = answer.vendor();
    scope.put("vendor", vendor == null ? "" : vendor);
    scope.put("vendorArticle", vendor == null ? "" : article(vendor));
    scope.put("found", count(answer.found()));
    scope.put("unknown", count(answer.manufacturerUnknown()));
    scope.put("oneFound", answer.found().entries() == 1);
    scope.put("anyFound", answer.found().entries() > 0);
    scope.put("oneUnknown", answer.manufacturerUnknown().entries() == 1);
    scope.put("questions", questions(answer.about()));
    scope.put("sections", sections(answer.exemptions()));
    scope.put("foisa", response.regime() == Regime.FOISA);
    scope.put("records", answer.records().size());
    scope.put("oneRecord", answer.records().size() == 1);
    scope.put("published", answer.publishedElsewhere().size());
    scope.put("onePublished", answer.publishedElsewhere().size() == 1);
    scope.put("anyRecords", !answer.records().isEmpty());
    scope.put("anyPublished", !answer.publishedElsewhere().isEmpty());
    scope.put("total", answer.records().size() + answer.publishedElsewhere().size());
    scope.put("oneTotal", answer.records().size() + answer.publishedElsewhere().size() == 1);
    scope.put("accessibleElsewhere", accessibleElsewhereSection());
    scope.put("when", when(answer.timing()));
    scope.put("undated", count(answer.undated()));
    scope.put("oneUndated", answer.undated().entries() == 1);
    List<String> suppliers = new ArrayList<>();
    for (String supplier : answer.suppliers()) {
      suppliers.add(wording.say("field.value", Map.of("value", supplier)));
    }
    scope.put("supplierList", join(suppliers));
    scope.put("supplierCount", Integer.toString(suppliers.size()));
    scope.put("oneSupplier", suppliers.size() == 1);
    String officer = answer.officerAnswer();
    scope.put("officerAnswer", officer == null ? "" : officer);
    scope.put("anySections", !answer.exemptions().isEmpty());
    List<String> sentences = new ArrayList<>();
    String kind =
        switch (answer.kind()) {
          case ASSETS -> "assets";
          case DPIAS -> "dpias";
          case CONTRACTS -> "contracts";
          case SUPPLIERS -> "suppliers";
          case USES -> "uses";
          case DOCUMENTS -> "documents";
          case OFFICER -> "officer";
        };
    if (answer.kind() == QuestionKind.OFFICER
        && answer.outcome() != QuestionOutcome.EXCEEDS_COST_LIMIT) {
      sentences.add(wording.say("answer.officer", scope));
      if (!answer.exemptions().isEmpty()) {
        sentences.add(wording.say("answer.officer.exemptions", scope));
      }
      if (answer.outcome() == QuestionOutcome.NOT_HELD && response.regime() == Regime.FOISA) {
        sentences.add(wording.say("answer.notHeldNotice", scope));
      }
    } else {
      switch (answer.outcome()) {
        case EXCEEDS_COST_LIMIT -> sentences.add(wording.say("answer.costLimit", scope));
        case WITHHELD -> sentences.add(wording.say("answer.withheld", scope));
        case NOT_HELD -> {
          sentences.add(wording.say("answer." + kind + ".notHeld", scope));
          if (response.regime() == Regime.FOISA) {
            sentences.add(wording.say("answer.notHeldNotice", scope));
          }
        }
        case DISCLOSED, PUBLISHED_ELSEWHERE -> {
          if (answer.kind() == QuestionKind.ASSETS) {
            sentences.add(
                wording.say(
                    answer.found().entries() > 0
                        ? "answer.assets.found"
                        : "answer.assets.noneByVendor",
                    scope));
            if (answer.manufacturerUnknown().entries() > 0) {
              sentences.add(wording.say("answer.assets.unknown", scope));
            }
          } else if (answer.kind() == QuestionKind.USES) {
            sentences.add(
                wording.say(
                    Boolean.TRUE.equals(answer.uses()) ? "answer.uses.yes" : "answer.uses.unknown",
                    scope));
          } else {
            sentences.add(wording.say("answer." + kind + ".found", scope));
            if (!answer.publishedElsewhere().isEmpty()) {
              sentences.add(wording.say("answer.publishedElsewhere", scope));
            }
            if (answer.pricesLeftOut()) {
              sentences.add(wording.say("answer.pricesLeftOut", scope));
            }
          }
        }
      }
      if (answer.undated().entries() > 0) {
        sentences.add(wording.say("answer.undated", scope));
      }
    }
    if (answer.overtOnly() && response.ncnd() != null) {
      sentences.add(wording.say("answer.seeNcnd", scope));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", answer.questionId());
    view.put("text", answer.text());
    view.put("answer", String.join(" ", sentences));
    // Worded one at a time as the template writes them: a letter listing a quarter of a million
    // records never holds their words all at once.
    view.put("records", new Each<>(answer.records(), record -> record(record, scope)));
    List<Map<String, Object>> published = new ArrayList<>();
    for (PublishedReference reference : answer.publishedElsewhere()) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("id", reference.id());
      fields.put("title", nonNull(reference.title()));
      fields.put("hasTitle", reference.title() != null);
      fields.put("supplier", nonNull(reference.supplier()));
      fields.put("hasSupplier", reference.supplier() != null);
      fields.put("url", reference.url());
      published.add(Map.of("line", wording.say("published." + reference.type().name(), fields)));
    }
    view.put("published", published);
    return view;
  }

  private Map<String, Object> record(DisclosedRecord record, Map<String, Object> answerScope) {
    List<Map<String, Object>> lines = new ArrayList<>(record.fields().size() + 1);
    for (DisclosedField field : record.fields()) {
      if (field.value() == null && !field.isWithheld() && !field.leftOut()) {
        continue; // not recorded: nothing to disclose, and nothing withheld
      }
      FieldLines said = fieldLines(field.field());
      lines.add(Map.of("label", said.label(), "value", fieldValue(field, said)));
    }
    if (record.document() == DisclosedRecord.DocumentProvision.ENCLOSED) {
      lines.add(
          Map.of("label", wording.say("record.document"), "value", wording.say("record.enclosed")));
    }
    if (!record.covers().isEmpty()) {
      lines.add(
          Map.of(
              "label",
              wording.say("record.covers." + record.type().name()),
              "value",
              wording.say("field.value", "value", String.join(", ", record.covers()))));
    }
    if (record.manufacturerUnknown()) {
      lines.add(
          Map.of(
              "label",
              wording.say("record.note"),
              "value",
              wording.say("record.manufacturerUnknown", answerScope)));
    }
    return Map.of("heading", heading(record.type()).apply(record.id()), "lines", lines);
  }

  /** How a kind of record's heading ("Asset A-1") is said: found once per kind. */
  private UnaryOperator<String> heading(RecordKind kind) {
    UnaryOperator<String> heading = headings.get(kind);
    if (heading == null) {
      String key =
          switch (kind) {
            case ASSET -> "record.ASSET";
            case DPIA -> "record.DPIA";
            case CONTRACT -> "record.CONTRACT";
            case DOCUMENT -> "record.DOCUMENT";
          };
      heading = wording.saying(key, "id");
      headings.put(kind, heading);
    }
    return heading;
  }

  /**
   * How one field's record lines are said: its label, the same for every record; and, for a field
   * whose values repeat across records (dates, flags, codes, and texts that repeat such as makes
   * and models), each value said once per rendering. Identifiers, free text, numbers and money are
   * said each time: they rarely repeat, and a letter of a quarter of a million records keeps no
   * words it will not say again.
   */
  static final class FieldLines {
    private final String label;
    private final @Nullable Map<Object, String> said;

    FieldLines(String label, ValueType<?> type) {
      this.label = label;
      this.said = repeats(type) ? new HashMap<>() : null;
    }

    String label() {
      return label;
    }

    /** A value as its line says it, by {@code say}: once per value if the field's values repeat. */
    String value(Object value, Function<Object, String> say) {
      Map<Object, String> known = said;
      return known == null ? say.apply(value) : known.computeIfAbsent(value, say);
    }

    /** Whether a type's values repeat across the records of a register. */
    static boolean repeats(ValueType<?> type) {
      if (type instanceof ValueType.Text text) {
        return text.repeats();
      }
      return type instanceof ValueType.Day
          || type instanceof ValueType.Flag
          || type instanceof ValueType.Choice<?>
          || type instanceof ValueType.Choices<?>
          || type instanceof ValueType.Capabilities
          || type instanceof ValueType.CurrencyCode;
    }
  }

  private FieldLines fieldLines(Field<?, ?> field) {
    FieldLines said = fieldLines.get(field);
    if (said == null) {
      String label = wording.say("field.label", Map.of("label", capitalise(field.label())));
      said = new FieldLines(label, field.type());
      fieldLines.put(field, said);
    }
    return said;
  }

  private String fieldValue(DisclosedField field, FieldLines said) {
    if (field.withheldUnder() != null) {
      return wording.say("field.withheld", Map.of("section", field.withheldUnder()));
    }
    if (field.leftOut()) {
      return wording.say("field.leftOut");
    }
    Object value = field.value();
    if (value == null) {
      throw new IllegalStateException(field.field() + ": a field not recorded is not printed");
    }
    if (value instanceof Collection<?> collection && collection.isEmpty()) {
      return wording.say("field.noneRecorded");
    }
    return said.value(value, sayValue);
  }

  /** A value as a record line says it. */
  private String sayValue(Object value) {
    UnaryOperator<String> saying = fieldValue;
    if (saying == null) {
      saying = wording.saying("field.value", "value");
      fieldValue = saying;
    }
    return saying.apply(words(value));
  }

  /** A value in words: dates written out, codes as their labels, money with its symbol. */
  private String words(Object value) {
    if (value instanceof LocalDate date) {
      return date(date);
    }
    if (value instanceof Boolean flag) {
      return wording.say(flag ? "word.yes" : "word.no");
    }
    if (value instanceof Enum<?> constant) {
      return label(constant);
    }
    if (value instanceof Capability capability) {
      return label(capability);
    }
    if (value instanceof Money money) {
      return money(money);
    }
    if (value instanceof Location location) {
      return location.latitude().toPlainString() + ", " + location.longitude().toPlainString();
    }
    if (value instanceof Collection<?> values) {
      List<String> each = new ArrayList<>();
      for (Object element : values) {
        each.add(words(element));
      }
      return String.join(", ", each);
    }
    return value.toString();
  }

  /** A code's label: the same every time it appears, so found once per code. */
  private String label(Enum<?> constant) {
    return codeLabels.computeIfAbsent(
        constant,
        c -> {
          String key =
              "label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
          if (wording.has(key)) {
            return wording.say(key);
          }
          return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        });
  }

  private String label(Capability capability) {
    return codeLabels.computeIfAbsent(
        capability,
        c -> {
          String key = "label.Capability." + capability.code();
          if (capability.isStandard() && wording.has(key)) {
            return wording.say(key);
          }
          String code = capability.code();
          return (code.startsWith("X-") ? code.substring(2) : code)
              .toLowerCase(Locale.ROOT)
              .replace('-', ' ')
              .replace('_', ' ');
        });
  }

  private String money(Money money) {
    BigDecimal amount = money.amount();
    String digits = amounts.format(amount);
    String code = money.currency().getCurrencyCode();
    return switch (code) {
      case "GBP" -> "£" + digits;
      case "EUR" -> "€" + digits;
      default -> digits + " " + code;
    };
  }

  /** When the equipment asked about is in service, as a phrase. */
  private String when(@Nullable AssetTiming timing) {
    if (timing == null) {
      return "";
    }
    Map<String, Object> scope = new LinkedHashMap<>(base);
    scope.put("from", date(timing.from()));
    LocalDate to = timing.to();
    scope.put("to", to == null ? "" : date(to));
    String key =
        switch (timing.kind()) {
          case ON -> "when.on";
          case DURING -> "when.during";
          case PLANNED -> to == null ? "when.planned" : "when.plannedBy";
        };
    return wording.say(key, scope);
  }

  private String ncndParagraph(Ncnd ncnd) {
    Map<String, Object> scope = new LinkedHashMap<>(base);
    List<String> sections = new ArrayList<>();
    List<String> titled = new ArrayList<>();
    for (CitedExemption exemption : ncnd.bundle()) {
      sections.add(exemption.section());
      titled.add(
          wording.say(
              "exemption.cited",
              Map.of(
                  "section",
                  exemption.section(),
                  "title",
                  wording.say("exemption." + exemption.key() + ".title"))));
    }
    scope.put("sections", sections(sections));
    scope.put("titledSections", join(titled));
    boolean all = ncnd.questionIds().size() == response.answers().size();
    scope.put("allQuestions", all);
    scope.put("questions", questions(ncnd.questionIds()));
    String provision = ncnd.provision();
    scope.put("provision", provision == null ? "" : provision);
    return wording.say("ncnd.paragraph", scope);
  }

  private Map<String, Object> exemption(CitedExemption exemption) {
    OfficerExemption officer = exemption.officer();
    if (officer != null) {
      return officerExemption(exemption, officer);
    }
    Map<String, Object> scope = new LinkedHashMap<>(base);
    scope.put("section", exemption.section());
    String prefix = "exemption." + exemption.key() + ".";
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(
        "heading",
        wording.say(
            "exemption.heading",
            Map.of("section", exemption.section(), "title", wording.say(prefix + "title", scope))));
    view.put("why", wording.say(prefix + "why", scope));
    view.put("qualified", exemption.qualified());
    if (exemption.qualified()) {
      view.put("for", wording.say(prefix + "for", scope));
      view.put("against", wording.say(prefix + "against", scope));
      view.put("balance", wording.say(prefix + "balance", scope));
    } else {
      view.put("absolute", wording.say(prefix + "absolute", scope));
    }
    return view;
  }

  /** An exemption in the officer's words, each passing through the one escaping function. */
  private Map<String, Object> officerExemption(CitedExemption exemption, OfficerExemption officer) {
    Map<String, Object> view = new LinkedHashMap<>();
    Map<String, Object> heading = new LinkedHashMap<>();
    heading.put("section", exemption.section());
    heading.put("title", officerText(officer.title()));
    view.put("heading", wording.say("exemption.heading", heading));
    view.put("why", officerText(officer.reasons()));
    view.put("qualified", officer.qualified());
    if (officer.qualified()) {
      view.put("for", officerText(nonNull(officer.publicInterestFor())));
      view.put("against", officerText(nonNull(officer.publicInterestAgainst())));
      view.put("balance", officerText(nonNull(officer.balance())));
    } else {
      view.put(
          "absolute",
          wording.say("exemption.officer.absolute", Map.of("section", exemption.section())));
    }
    return view;
  }

  private String officerText(String text) {
    return wording.say("field.value", Map.of("value", text));
  }

  /** The workings, one line each, worded only if the template walks them (a letter does not). */
  private Iterable<Map<String, Object>> workings() {
    List<Working> workings = new ArrayList<>();
    for (QuestionAnswer answer : response.answers()) {
      workings.addAll(answer.workings());
    }
    return new Each<>(
        workings,
        working -> {
          Map<String, Object> scope = new HashMap<>();
          scope.put("questionId", working.questionId());
          scope.put("assetId", working.assetId());
          scope.put("reasons", String.join("; ", working.reasons()));
          // With no manufacturer asked about there is no vendor match to explain.
          String key = working.reasons().isEmpty() ? "working.criteria" : "working";
          return Map.of("line", wording.say(key, scope));
        });
  }

  List<String> warningLines() {
    List<String> lines = new ArrayList<>();
    for (OfficerWarning warning : response.warnings()) {
      Map<String, Object> scope = new LinkedHashMap<>(base);
      LocalDate date = warning.date();
      scope.put("date", date == null ? "" : date(date));
      String subject = warning.subject();
      scope.put("subject", subject == null ? "" : subject);
      if (warning.code() == OfficerWarning.Code.ORGANISATION_KIND_ASSUMED && subject != null) {
        scope.put("subject", label(org.oversight.register.model.OrganisationKind.valueOf(subject)));
      }
      lines.add(wording.say("warning." + warning.code().name(), scope));
    }
    return lines;
  }

  private static List<Map<String, Object>> lines(List<String> lines) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (String line : lines) {
      out.add(Map.of("line", line));
    }
    return out;
  }

  private List<String> contactLines(@Nullable FoiContact contact) {
    List<String> lines = new ArrayList<>();
    if (contact == null) {
      return lines;
    }
    if (contact.postalAddress() != null) {
      lines.add(wording.say("contact.postal", Map.of("value", contact.postalAddress())));
    }
    if (contact.email() != null) {
      lines.add(wording.say("contact.email", Map.of("value", contact.email())));
    }
    if (contact.url() != null) {
      lines.add(wording.say("contact.url", Map.of("value", contact.url())));
    }
    return lines;
  }

  /** A contact within a sentence: "us at ADDRESS or EMAIL". */
  private String contact(@Nullable FoiContact contact) {
    List<String> ways = new ArrayList<>();
    if (contact != null) {
      if (contact.postalAddress() != null) {
        ways.add(wording.say("contact.inline.postal", Map.of("value", contact.postalAddress())));
      }
      if (contact.email() != null) {
        ways.add(wording.say("contact.inline.email", Map.of("value", contact.email())));
      }
      if (contact.url() != null) {
        ways.add(wording.say("contact.inline.url", Map.of("value", contact.url())));
      }
    }
    if (ways.isEmpty()) {
      return wording.say("contact.none");
    }
    return String.join(wording.say("word.or"), ways);
  }

  private String accessibleElsewhereSection() {
    String section = Exemption.ACCESSIBLE_ELSEWHERE.section(response.regime());
    return section == null ? "" : section;
  }

  private String count(Count count) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("entries", Integer.toString(count.entries()));
    scope.put("units", Long.toString(count.units()));
    scope.put("oneEntry", count.entries() == 1);
    scope.put("oneUnit", count.units() == 1);
    return wording.say("count", scope);
  }

  private String questions(List<String> ids) {
    return wording.say("questions", Map.of("list", join(ids), "one", ids.size() == 1));
  }

  private String sections(List<String> sections) {
    List<String> unique = sections.stream().distinct().toList();
    return wording.say("sections", Map.of("list", join(unique), "one", unique.size() == 1));
  }

  private String join(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + wording.say("word.and")
        + items.get(items.size() - 1);
  }

  private String article(String word) {
    boolean vowel = !word.isEmpty() && "AEIOUaeiou".indexOf(word.charAt(0)) >= 0;
    return wording.say(vowel ? "word.an" : "word.a");
  }

  private static String nonNull(@Nullable String text) {
    return text == null ? "" : text;
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  private static String capitalise(String text) {
    if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The elements of a list, each turned into the template's view as it is reached: an iterable the
   * template walks once per rendering, holding one element's view at a time.
   */
  private static final class Each<T> implements Iterable<Map<String, Object>> {
    private final List<T> elements;
    private final Function<T, Map<String, Object>> view;

    Each(List<T> elements, Function<T, Map<String, Object>> view) {
      this.elements = elements;
      this.view = view;
    }

    @Override
    public Iterator<Map<String, Object>> iterator() {
      Iterator<T> each = elements.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return each.hasNext();
        }

        @Override
        public Map<String, Object> next() {
          return view.apply(each.next());
        }
      };
    }
  }
}
