package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetMatch;
import org.oversight.register.AssetQuery;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetId;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;

/**
 * Answers FOI requests from the overt view of a register, under a {@link DisclosurePolicy}.
 *
 * <pre>{@code
 * FoiResponse response = FoiResponder.standard().respond(OvertRegister.of(register), request);
 * String letter = FoiRenderer.plainText(response);
 * }</pre>
 *
 * <p>Asset questions count the overt assets in service on the day the request was received, owned,
 * operated or either as asked; a manufacturer matches by corporate group, brand and alias, and each
 * match says why. When a manufacturer question finds assets whose manufacturer is not recorded, the
 * answer lists them and says that it cannot tell, rather than "not held". DPIA and contract
 * questions follow the assets found by the asset questions they name. Fields are withheld one by
 * one, each with its exemption; a contract published elsewhere is answered by pointing to it. NCND
 * is decided by the policy's {@link NcndRule} from the request alone.
 *
 * <p>Immutable and thread-safe. Nothing reads the clock: every date comes from the request.
 */
public final class FoiResponder {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.UK);

  /** The time a requester has to ask for an internal review (ICO guidance; FOISA s20(5)). */
  private static final int INTERNAL_REVIEW_WORKING_DAYS = 40;

  private final DisclosurePolicy policy;

  private FoiResponder(DisclosurePolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns a responder with the standard policy.
   *
   * @return the responder, never null
   */
  public static FoiResponder standard() {
    return of(DisclosurePolicy.standard());
  }

  /**
   * Returns a responder with the given policy.
   *
   * @param policy the policy
   * @return the responder, never null
   */
  public static FoiResponder of(DisclosurePolicy policy) {
    return new FoiResponder(requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy this responder follows.
   *
   * @return the policy, never null
   */
  public DisclosurePolicy policy() {
    return policy;
  }

  /**
   * Answers a request from the overt view of a register.
   *
   * @param register the overt view
   * @param request the request
   * @return the response, never null
   * @throws IllegalStateException if the policy relies on an exemption with no section under the
   *     request's regime
   */
  public FoiResponse respond(OvertRegister register, FoiRequest request) {
    requireNonNull(register, "register");
    requireNonNull(request, "request");
    return new Answering(register, request).respond();
  }

  /** The state of answering one request. */
  private final class Answering {
    private final OvertRegister register;
    private final FoiRequest request;
    private final Regime regime;
    private final LocalDate date;
    private final Map<String, List<Asset>> assetsByQuestion = new HashMap<>();
    private final Map<String, List<Exemption>> withheldByQuestion = new HashMap<>();
    private final Map<String, CitedExemption> cited = new LinkedHashMap<>();
    private final List<Redaction> redactions = new ArrayList<>();

    Answering(OvertRegister register, FoiRequest request) {
      this.register = register;
      this.request = request;
      this.regime = request.regime();
      this.date = request.receivedOn();
    }

    FoiResponse respond() {
      List<QuestionAnswer> answers = new ArrayList<>();
      for (FoiQuestion question : request.questions()) {
        answers.add(
            switch (question.kind()) {
              case ASSETS -> answerAssets(question);
              case DPIAS -> answerDpias(question);
              case CONTRACTS -> answerContracts(question);
            });
      }
      String ncnd = null;
      if (policy.ncndRule().appliesTo(request)) {
        ncnd = ncndStatement();
      }
      ResponseOutcome outcome = overall(answers, ncnd != null);
      return new FoiResponse(
          request.reference(),
          register.organisation().name(),
          regime,
          date,
          regime.dueDate(date),
          date,
          outcome,
          answers,
          List.copyOf(cited.values()),
          redactions,
          ncnd,
          rights(),
          regime.costLimitPounds());
    }

    private QuestionAnswer answerAssets(FoiQuestion question) {
      AssetCriteria criteria = requireNonNull(question.assets());
      for (DisclosurePolicy.Withholding withholding : policy.withholdings()) {
        if (withholding.appliesTo().test(question)) {
          withheldByQuestion.put(question.id(), withholding.exemptions());
          return withheld(question, withholding.exemptions());
        }
      }
      AssetQuery query = criteriaQuery(criteria);
      String manufacturer = criteria.manufacturer();
      if (manufacturer != null) {
        query.manufacturer(manufacturer);
      }
      List<AssetMatch> matches = query.matches();
      List<Asset> found = matches.stream().map(AssetMatch::asset).toList();
      assetsByQuestion.put(question.id(), found);
      List<Asset> unknown = List.of();
      String vendor = null;
      if (manufacturer != null) {
        vendor = register.vendorName(manufacturer);
        unknown = criteriaQuery(criteria).manufacturerUnknown().list();
      }
      List<String> exemptions = new ArrayList<>();
      List<DisclosedRecord> records = new ArrayList<>();
      for (AssetMatch match : matches) {
        records.add(assetRecord(match.asset(), match.reasons(), exemptions));
      }
      for (Asset asset : unknown) {
        String why = register.unknownManufacturerReason(asset, date);
        records.add(
            assetRecord(
                asset,
                List.of(why + ": it may or may not be a " + vendor + " product"),
                exemptions));
      }
      if (records.isEmpty()) {
        return new QuestionAnswer(
            question.id(),
            question.text(),
            question.kind(),
            QuestionOutcome.NOT_HELD,
            notHeld(
                "there is no record of overt equipment matching this question in service on "
                    + format(date)
                    + "."),
            List.of(),
            List.of(),
            List.of());
      }
      StringBuilder answer = new StringBuilder();
      if (found.isEmpty()) {
        answer
            .append("There is no record of overt equipment by ")
            .append(vendor)
            .append(" matching this question in service on ")
            .append(format(date))
            .append(". ");
      } else {
        answer
            .append("We hold ")
            .append(count(found))
            .append(" of overt equipment matching this question in service on ")
            .append(format(date))
            .append(", listed below. ");
      }
      if (!unknown.isEmpty()) {
        answer
            .append("The manufacturer of ")
            .append(count(unknown))
            .append(" that otherwise match this question is not recorded, so we cannot say")
            .append(" whether any of them is a ")
            .append(vendor)
            .append(" product; ")
            .append(unknown.size() == 1 ? "it is" : "they are")
            .append(" listed below")
            .append(found.isEmpty() ? "" : " as well")
            .append(". ");
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          QuestionOutcome.DISCLOSED,
          answer.toString().strip(),
          records,
          List.of(),
          exemptions);
    }

    private AssetQuery criteriaQuery(AssetCriteria criteria) {
      AssetQuery query = register.query().inServiceOn(date);
      switch (criteria.relationship()) {
        case OWNS -> query.owned();
        case OPERATES -> query.operated();
        case OWNS_OR_OPERATES -> query.ownedOrOperated();
      }
      if (!criteria.capabilities().isEmpty()) {
        query.capability(criteria.capabilities());
      }
      if (!criteria.categories().isEmpty()) {
        query.category(criteria.categories());
      }
      Boolean advanced = criteria.advanced();
      if (Boolean.TRUE.equals(advanced)) {
        query.advanced();
      } else if (Boolean.FALSE.equals(advanced)) {
        query.where(asset -> !register.advancedPolicy().isAdvanced(asset));
      }
      return query;
    }

    private QuestionAnswer answerDpias(FoiQuestion question) {
      List<Exemption> withheld = withheldReferences(question);
      if (!withheld.isEmpty()) {
        return withheld(question, withheld);
      }
      List<Asset> assets = referencedAssets(question);
      List<Dpia> dpias = register.dpiasFor(assets);
      Map<String, List<String>> coveredBy = coveredBy(assets, true);
      String described = "the products described in answer to " + questions(question);
      if (dpias.isEmpty()) {
        return new QuestionAnswer(
            question.id(),
            question.text(),
            question.kind(),
            QuestionOutcome.NOT_HELD,
            notHeld("no DPIA is held covering overt processing by " + described + "."),
            List.of(),
            List.of(),
            List.of());
      }
      List<String> exemptions = new ArrayList<>();
      List<DisclosedRecord> records = new ArrayList<>();
      for (Dpia dpia : dpias) {
        records.add(dpiaRecord(dpia, covered(coveredBy, dpia.id(), true), exemptions));
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          QuestionOutcome.DISCLOSED,
          plural(dpias.size(), "DPIA covers", "DPIAs cover")
              + " the processing by "
              + described
              + ", listed below.",
          records,
          List.of(),
          exemptions);
    }

    private QuestionAnswer answerContracts(FoiQuestion question) {
      List<Exemption> withheld = withheldReferences(question);
      if (!withheld.isEmpty()) {
        return withheld(question, withheld);
      }
      List<Asset> assets = referencedAssets(question);
      List<Contract> contracts = register.contractsFor(assets);
      Map<String, List<String>> coveredBy = coveredBy(assets, false);
      String described = "the products described in answer to " + questions(question);
      if (contracts.isEmpty()) {
        return new QuestionAnswer(
            question.id(),
            question.text(),
            question.kind(),
            QuestionOutcome.NOT_HELD,
            notHeld("no contract is held for the supply of " + described + "."),
            List.of(),
            List.of(),
            List.of());
      }
      List<String> exemptions = new ArrayList<>();
      List<DisclosedRecord> records = new ArrayList<>();
      List<PublishedReference> published = new ArrayList<>();
      for (Contract contract : contracts) {
        String url = contract.publishedUrl();
        if (url != null && policy.pointsToPublishedContracts()) {
          String title = contract.title() != null ? contract.title() : contract.supplier();
          published.add(new PublishedReference("contract", contract.id(), title, url));
          addExemption(cite(Exemption.ACCESSIBLE_ELSEWHERE), exemptions);
        } else {
          records.add(
              contractRecord(contract, covered(coveredBy, contract.id(), false), exemptions));
        }
      }
      StringBuilder answer = new StringBuilder();
      answer
          .append(plural(contracts.size(), "contract was", "contracts were"))
          .append(" used for the supply of ")
          .append(described)
          .append(". ");
      if (!records.isEmpty()) {
        answer
            .append(records.size() == 1 ? "One is" : records.size() + " are")
            .append(" listed below. ");
      }
      if (!published.isEmpty()) {
        CitedExemption s21 = cite(Exemption.ACCESSIBLE_ELSEWHERE);
        answer
            .append(published.size() == 1 ? "One is" : published.size() + " are")
            .append(" already published, so under section ")
            .append(s21.section())
            .append(" we point you to where ")
            .append(published.size() == 1 ? "it is" : "they are")
            .append(" published. ");
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          records.isEmpty() ? QuestionOutcome.PUBLISHED_ELSEWHERE : QuestionOutcome.DISCLOSED,
          answer.toString().strip(),
          records,
          published,
          exemptions);
    }

    private List<Exemption> withheldReferences(FoiQuestion question) {
      List<Exemption> exemptions = new ArrayList<>();
      for (String ref : question.referencedQuestions()) {
        for (Exemption exemption : withheldByQuestion.getOrDefault(ref, List.of())) {
          if (!exemptions.contains(exemption)) {
            exemptions.add(exemption);
          }
        }
      }
      return exemptions;
    }

    private List<Asset> referencedAssets(FoiQuestion question) {
      Map<AssetId, Asset> union = new TreeMap<>();
      for (String ref : question.referencedQuestions()) {
        for (Asset asset : assetsByQuestion.getOrDefault(ref, List.of())) {
          union.put(asset.id(), asset);
        }
      }
      return List.copyOf(union.values());
    }

    private QuestionAnswer withheld(FoiQuestion question, List<Exemption> exemptions) {
      List<String> sections = new ArrayList<>();
      for (Exemption exemption : exemptions) {
        addExemption(cite(exemption), sections);
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          QuestionOutcome.WITHHELD,
          "This information is withheld under "
              + sections.stream().map(s -> "section " + s).collect(Collectors.joining(" and "))
              + "; the reasons are given below.",
          List.of(),
          List.of(),
          sections);
    }

    private String notHeld(String detail) {
      String notice =
          regime == Regime.FOISA
              ? " This is a notice under section 17(1) of the "
                  + regime.actName()
                  + " that the information is not held."
              : "";
      return "No information is held: " + detail + notice;
    }

    private DisclosedRecord assetRecord(
        Asset asset, List<String> reasons, List<String> exemptions) {
      return disclosedRecord("asset", Asset.TYPE, asset, reasons, exemptions);
    }

    private DisclosedRecord dpiaRecord(Dpia dpia, List<String> notes, List<String> exemptions) {
      return disclosedRecord("DPIA", Dpia.TYPE, dpia, notes, exemptions);
    }

    private DisclosedRecord contractRecord(
        Contract contract, List<String> notes, List<String> exemptions) {
      return disclosedRecord("contract", Contract.TYPE, contract, notes, exemptions);
    }

    /**
     * A record as an answer discloses it: every field its description lets a public answer show, in
     * the description's order, each disclosed or withheld under the policy.
     */
    private <R> DisclosedRecord disclosedRecord(
        String label, RecordType<R> type, R record, List<String> notes, List<String> exemptions) {
      String id = requireNonNull(type.id(record));
      List<DisclosedField> fields = new ArrayList<>();
      Field<R, ?> idField = type.idField().orElse(null);
      for (Field<R, ?> field : type.fields()) {
        if (field != idField && field.disclosure().isPublic()) {
          fields.add(field(label, id, field, letterText(field, record), exemptions));
        }
      }
      return new DisclosedRecord(label, id, fields, notes);
    }

    /** Discloses a field, or withholds it under the policy when there is a value to withhold. */
    private DisclosedField field(
        String type,
        String id,
        Field<?, ?> field,
        @Nullable String value,
        List<String> exemptions) {
      if (value == null) {
        return new DisclosedField(field, null, null);
      }
      Exemption exemption = policy.redaction(field).orElse(null);
      if (exemption == null) {
        return new DisclosedField(field, value, null);
      }
      CitedExemption citation = cite(exemption);
      addExemption(citation, exemptions);
      redactions.add(new Redaction(type, id, field, citation.section(), citation.title()));
      return new DisclosedField(field, null, citation.section());
    }

    /**
     * The ids of the assets that refer to each DPIA (or contract), in the assets' order: one pass
     * over the assets, so that a response with many records and many assets is not quadratic.
     */
    private Map<String, List<String>> coveredBy(List<Asset> assets, boolean dpia) {
      Map<String, List<String>> ids = new HashMap<>();
      for (Asset asset : assets) {
        for (String recordId : dpia ? asset.dpiaIds() : asset.contractIds()) {
          ids.computeIfAbsent(recordId, k -> new ArrayList<>()).add(asset.id().value());
        }
      }
      return ids;
    }

    private List<String> covered(
        Map<String, List<String>> coveredBy, String recordId, boolean dpia) {
      List<String> ids = coveredBy.getOrDefault(recordId, List.of());
      return List.of((dpia ? "covers the processing by: " : "supplied: ") + String.join(", ", ids));
    }

    private CitedExemption cite(Exemption exemption) {
      String section = exemption.section(regime);
      if (section == null) {
        throw new IllegalStateException(
            "exemption \""
                + exemption.title()
                + "\" has no section under "
                + regime
                + "; give one in the disclosure policy");
      }
      CitedExemption citation = new CitedExemption(section, exemption.title(), exemption.reason());
      cited.putIfAbsent(section, citation);
      return citation;
    }

    private void addExemption(CitedExemption citation, List<String> sections) {
      if (!sections.contains(citation.section())) {
        sections.add(citation.section());
      }
    }

    private String ncndStatement() {
      List<CitedExemption> bundle = new ArrayList<>();
      String provision = regime.ncndProvision();
      if (provision != null) {
        bundle.add(
            cite(
                new Exemption(
                    provision,
                    provision,
                    "neither confirm nor deny",
                    "Revealing whether the information exists or is held would be contrary to the"
                        + " public interest.")));
      }
      for (Exemption exemption : policy.ncndExemptions()) {
        if (exemption.section(regime) != null) {
          bundle.add(cite(exemption));
        }
      }
      String org = register.organisation().name();
      String list =
          joinAnd(
              bundle.stream()
                  .filter(c -> !c.section().equals(provision))
                  .map(c -> "section " + c.section() + " (" + c.title() + ")")
                  .toList());
      String lead =
          provision == null
              ? org
                  + " neither confirms nor denies whether it holds any further information"
                  + " relevant to your request, relying on "
                  + list
                  + " of the "
                  + regime.actName()
                  + "."
              : "Under section "
                  + provision
                  + " of the "
                  + regime.actName()
                  + ", "
                  + org
                  + " neither confirms nor denies whether it holds any further information"
                  + " relevant to your request: if it held any, it would be exempt under "
                  + list
                  + ", and revealing whether it exists or is held would be contrary to the public"
                  + " interest.";
      return lead
          + " This should not be taken as an indication that any such information is or is not"
          + " held. The same response is given to every request of this kind, whatever is or is"
          + " not held, so that no answer, alone or together with others, reveals whether such"
          + " information exists.";
    }

    private RequesterRights rights() {
      String statement =
          regime == Regime.FOISA
              ? "If you are dissatisfied with the way your request has been handled, you may"
                  + " require a review under section 20 of the "
                  + regime.actName()
                  + ". Please write to us within "
                  + INTERNAL_REVIEW_WORKING_DAYS
                  + " working days of receiving this response. If you are still dissatisfied"
                  + " after the review, you may apply to the "
                  + regime.commissioner()
                  + " within six months of receiving our review response (section 47): "
                  + regime.commissionerAddress()
                  + ". An appeal on a point of law lies to the Court of Session."
              : "If you are dissatisfied with the way your request has been handled, you may ask"
                  + " for an internal review. Please write to us within "
                  + INTERNAL_REVIEW_WORKING_DAYS
                  + " working days of the date of this response. If you are still dissatisfied"
                  + " after the review, you may complain to the "
                  + regime.commissioner()
                  + " under section 50 of the "
                  + regime.actName()
                  + ": "
                  + regime.commissionerAddress()
                  + ".";
      return new RequesterRights(
          INTERNAL_REVIEW_WORKING_DAYS,
          regime.commissioner(),
          regime.commissionerAddress(),
          statement);
    }
  }

  /** The mapping documented on {@link ResponseOutcome}. */
  static ResponseOutcome overall(List<QuestionAnswer> answers, boolean ncnd) {
    boolean allWithheld = true;
    boolean allNotHeld = true;
    boolean exemptionRelied = ncnd;
    for (QuestionAnswer answer : answers) {
      allWithheld &= answer.outcome() == QuestionOutcome.WITHHELD;
      allNotHeld &= answer.outcome() == QuestionOutcome.NOT_HELD;
      exemptionRelied |= !answer.exemptions().isEmpty();
    }
    if (allWithheld) {
      return ResponseOutcome.REFUSED;
    }
    if (allNotHeld && !ncnd) {
      return ResponseOutcome.NO_INFORMATION_HELD;
    }
    return exemptionRelied ? ResponseOutcome.PART_DISCLOSURE : ResponseOutcome.FULL_DISCLOSURE;
  }

  static String format(LocalDate date) {
    return DATE.format(date);
  }

  /** A field's value as a letter shows it, or null when the record has none. */
  private static <R, V> @Nullable String letterText(Field<R, V> field, R record) {
    V value = field.get(record);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return format(date);
    }
    if (value instanceof Boolean flag) {
      return flag ? "yes" : "no";
    }
    if (value instanceof java.util.Collection<?> values && values.isEmpty()) {
      return "none recorded";
    }
    if (value instanceof java.util.SortedSet<?> set) {
      return set.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
    return field.type().text(value);
  }

  private static String count(List<Asset> assets) {
    long units = assets.stream().mapToLong(Asset::quantity).sum();
    return plural(assets.size(), "entry", "entries") + " (" + plural(units, "unit", "units") + ")";
  }

  private static String plural(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String questions(FoiQuestion question) {
    List<String> refs = question.referencedQuestions();
    return (refs.size() == 1 ? "question " : "questions ") + joinAnd(refs);
  }

  private static String joinAnd(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
