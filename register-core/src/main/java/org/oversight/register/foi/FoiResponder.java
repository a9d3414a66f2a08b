package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetMatch;
import org.oversight.register.AssetQuery;
import org.oversight.register.calendar.WorkingDays;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Contract;
import org.oversight.register.model.Dpia;
import org.oversight.register.model.Field;
import org.oversight.register.model.GoverningDocument;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.OrganisationKind;
import org.oversight.register.model.RecordType;

/**
 * Decides the answers to FOI requests from the overt view of a register, under a {@link
 * DisclosurePolicy}: outcomes, the records disclosed field by field, redactions, exemptions, the
 * neither-confirm-nor-deny decision, dates and the officer's warnings. It writes no English: {@link
 * FoiRenderer} words the {@link FoiResponse} through templates.
 *
 * <pre>{@code
 * FoiResponse response =
 *     FoiResponder.standard().respond(OvertRegister.of(register), request, LocalDate.of(2021, 9, 20));
 * String letter = FoiRenderer.standard().text(response);
 * }</pre>
 *
 * <p>Asset questions count the overt assets in service on the day the request was received, owned,
 * operated or either as asked; a manufacturer matches by corporate group, brand and alias, and each
 * match's reasons go to the officer's workings, never the letter. When a manufacturer question
 * finds assets whose manufacturer is not recorded, the answer lists them and says that it cannot
 * tell, rather than "not held". DPIA and contract questions follow the assets found by the asset
 * questions they name. Fields are withheld one by one, each with its exemption; a contract
 * published elsewhere is answered by pointing to it; prices the requester said may be left out are
 * left out with no exemption. NCND is decided by the policy's {@link NcndPolicy} from the
 * organisation's kind and the structured question alone.
 *
 * <p>Immutable and thread-safe. Nothing reads the clock: every date comes in as an argument.
 */
public final class FoiResponder {
  /** The section 45 code of practice (2018), internal reviews; FOISA s20(5): 40 working days. */
  static final int REVIEW_REQUEST_WORKING_DAYS = 40;

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
   * Answers a request from the overt view of a register, with a response dated the day the request
   * was received (for tests and examples; a letter takes its date from {@link
   * #respond(OvertRegister, FoiRequest, LocalDate)}).
   *
   * @param register the overt view
   * @param request the request
   * @return the response, never null
   */
  public FoiResponse respond(OvertRegister register, FoiRequest request) {
    return respond(register, request, request.receivedOn());
  }

  /**
   * Answers a request from the overt view of a register.
   *
   * @param register the overt view
   * @param request the request
   * @param respondedOn the date of the response: the letter's date
   * @return the response, never null
   * @throws IllegalStateException if the policy relies on an exemption with no section under the
   *     request's regime
   */
  public FoiResponse respond(OvertRegister register, FoiRequest request, LocalDate respondedOn) {
    requireNonNull(register, "register");
    requireNonNull(request, "request");
    requireNonNull(respondedOn, "respondedOn");
    return new Answering(register, request, respondedOn).respond();
  }

  /** The state of answering one request. */
  private final class Answering {
    private final OvertRegister register;
    private final FoiRequest request;
    private final Regime regime;
    private final LocalDate date;
    private final LocalDate respondedOn;
    private final OrganisationKind kind;
    private final @Nullable OrganisationKind kindAssumed;
    private final Map<String, List<Asset>> assetsByQuestion = new HashMap<>();
    private final Map<String, List<Exemption>> withheldByQuestion = new HashMap<>();
    private final Map<String, CitedExemption> cited = new LinkedHashMap<>();
    private final List<Redaction> redactions = new ArrayList<>();
    private final List<OfficerWarning> warnings = new ArrayList<>();

    Answering(OvertRegister register, FoiRequest request, LocalDate respondedOn) {
      this.register = register;
      this.request = request;
      Organisation organisation = register.organisation();
      this.regime = request.regimeFor(organisation);
      // s10(6) / FOISA s10(1)(b): after a clarification, the day it came is the date of receipt
      this.date = request.complianceStartsFrom();
      this.respondedOn = respondedOn;
      OrganisationKind recorded = organisation.kind();
      this.kind = recorded != null ? recorded : policy.ncnd().assumedWhenUnknown();
      this.kindAssumed = recorded == null ? kind : null;
    }

    FoiResponse respond() {
      Clarification clarification = request.clarification();
      if (clarification != null && clarification.isAwaited()) {
        return awaitingClarification(clarification);
      }
      CostLimit costLimit = request.costLimit();
      List<QuestionAnswer> answers = new ArrayList<>();
      List<String> ncndQuestions = new ArrayList<>();
      boolean officerOnly = true;
      for (FoiQuestion question : request.questions()) {
        boolean ncnd = policy.ncnd().covers(kind, question);
        if (ncnd) {
          ncndQuestions.add(question.id());
          officerOnly &= policy.ncnd().bundle(kind).isEmpty();
        }
        QuestionAnswer answer;
        if (costLimit != null && costLimit.questions().contains(question.id())) {
          answer = beyondCostLimit(question, ncnd);
        } else if (question instanceof AssetsQuestion assets) {
          answer = answerAssets(assets, ncnd);
        } else if (question instanceof DpiasQuestion dpias) {
          answer = answerDpias(dpias, ncnd);
        } else if (question instanceof ContractsQuestion contracts) {
          answer =
              contracts.suppliersOnly()
                  ? answerSuppliers(contracts, ncnd)
                  : answerContracts(contracts, ncnd);
        } else if (question instanceof UsesQuestion uses) {
          answer = answerUses(uses, ncnd);
        } else if (question instanceof DocumentsQuestion documents) {
          answer = answerDocuments(documents, ncnd);
        } else if (question instanceof OfficerQuestion officer) {
          answer = answerOfficer(officer, ncnd);
        } else {
          throw new IllegalStateException("a question of an unknown kind: " + question.kind());
        }
        answers.add(answer);
      }
      Ncnd ncnd = null;
      if (!ncndQuestions.isEmpty()) {
        List<Exemption> bundle =
            officerOnly ? policy.ncnd().officerBundle(kind) : policy.ncnd().bundle(kind);
        List<CitedExemption> citations = new ArrayList<>();
        for (Exemption exemption : bundle) {
          if (exemption.section(regime) != null) {
            citations.add(cite(exemption, true));
          }
        }
        if (!citations.isEmpty()) {
          ncnd = new Ncnd(citations, regime.ncndProvision(), ncndQuestions);
        }
      }
      warn();
      if (costLimit != null
          && costLimit.estimateHours() * regime.costPerHourPounds() <= regime.costLimitPounds()) {
        warnings.add(
            new OfficerWarning(OfficerWarning.Code.COST_ESTIMATE_WITHIN_LIMIT, null, null));
      }
      return new FoiResponse(
          request.reference(),
          register.organisation(),
          kindAssumed,
          regime,
          request.requester(),
          request.receivedOn(),
          regime.dueDate(date),
          respondedOn,
          reviewRequestBy(),
          register.asAt(),
          overall(answers, ncnd != null),
          answers,
          List.copyOf(cited.values()),
          redactions,
          ncnd,
          warnings,
          costLimit,
          clarification);
    }

    /** A letter asking for the further information: nothing is answered until it comes. */
    private FoiResponse awaitingClarification(Clarification clarification) {
      LocalDate due = regime.dueDate(request.receivedOn());
      warn();
      if (clarification.soughtOn().isAfter(due)) {
        warnings.add(new OfficerWarning(OfficerWarning.Code.CLARIFICATION_SOUGHT_LATE, null, due));
      }
      return new FoiResponse(
          request.reference(),
          register.organisation(),
          kindAssumed,
          regime,
          request.requester(),
          request.receivedOn(),
          due,
          respondedOn,
          reviewRequestBy(),
          register.asAt(),
          ResponseOutcome.CLARIFICATION_SOUGHT,
          List.of(),
          List.of(),
          List.of(),
          null,
          warnings,
          null,
          clarification);
    }

    private QuestionAnswer beyondCostLimit(FoiQuestion question, boolean ncnd) {
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          QuestionOutcome.EXCEEDS_COST_LIMIT,
          ncnd,
          null,
          Count.NONE,
          Count.NONE,
          question.referencedQuestions(),
          List.of(),
          List.of(),
          List.of(),
          false,
          List.of());
    }

    /**
     * FOIA: 40 working days after the response (code of practice). FOISA s20(5): 40 working days
     * after the later of the response and the end of the time for compliance.
     */
    private LocalDate reviewRequestBy() {
      LocalDate from = respondedOn;
      if (regime == Regime.FOISA && regime.dueDate(date).isAfter(from)) {
        from = regime.dueDate(date);
      }
      return WorkingDays.plusWorkingDays(
          from, REVIEW_REQUEST_WORKING_DAYS, regime.bankHolidayNations());
    }

    private void warn() {
      if (register.asAt().isBefore(date)) {
        warnings.add(
            new OfficerWarning(OfficerWarning.Code.DATA_OLDER_THAN_REQUEST, null, register.asAt()));
      }
      if (kindAssumed != null) {
        warnings.add(
            new OfficerWarning(
                OfficerWarning.Code.ORGANISATION_KIND_ASSUMED, kindAssumed.name(), null));
      }
      if (register.organisation().foiContact() == null) {
        warnings.add(new OfficerWarning(OfficerWarning.Code.NO_FOI_CONTACT, null, null));
      }
      if (respondedOn.isBefore(date)) {
        warnings.add(
            new OfficerWarning(OfficerWarning.Code.RESPONSE_BEFORE_RECEIPT, null, respondedOn));
      } else if (respondedOn.isAfter(regime.dueDate(date))) {
        warnings.add(
            new OfficerWarning(OfficerWarning.Code.RESPONSE_LATE, null, regime.dueDate(date)));
      }
    }

    private QuestionAnswer answerAssets(AssetsQuestion question, boolean ncnd) {
      AssetCriteria criteria = question.criteria();
      for (DisclosurePolicy.Withholding withholding : policy.withholdings()) {
        if (withholding.appliesTo().test(question)) {
          withheldByQuestion.put(question.id(), withholding.exemptions());
          return withheld(question, ncnd, withholding.exemptions());
        }
      }
      Matched matched = matched(question.id(), criteria);
      List<AssetMatch> matches = matched.matches();
      List<Asset> found = matched.found();
      List<Asset> unknown = matched.unknown();
      String vendor = matched.vendor();
      List<String> exemptions = new ArrayList<>();
      List<DisclosedRecord> records = new ArrayList<>();
      List<Working> workings = new ArrayList<>();
      for (AssetMatch match : matches) {
        records.add(assetRecord(match.asset(), false, exemptions));
        workings.add(new Working(question.id(), match.asset().id().value(), match.reasons()));
      }
      for (Asset asset : unknown) {
        records.add(assetRecord(asset, true, exemptions));
        workings.add(
            new Working(
                question.id(),
                asset.id().value(),
                List.of(register.unknownManufacturerReason(asset, date))));
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          records.isEmpty() ? QuestionOutcome.NOT_HELD : QuestionOutcome.DISCLOSED,
          ncnd,
          vendor,
          count(found),
          count(unknown),
          List.of(),
          records,
          List.of(),
          exemptions,
          false,
          workings,
          timing(criteria),
          null,
          undated(criteria, found, unknown),
          List.of(),
          null);
    }

    /** When the equipment a question asks about is in service, from its criteria. */
    private AssetTiming timing(AssetCriteria criteria) {
      if (criteria.planned()) {
        Integer months = criteria.plannedWithinMonths();
        return new AssetTiming(
            AssetTiming.Kind.PLANNED, date, months == null ? null : horizonEnd(months));
      }
      LocalDate from = criteria.inServiceFrom();
      if (from != null) {
        return new AssetTiming(AssetTiming.Kind.DURING, from, criteria.inServiceTo());
      }
      return new AssetTiming(AssetTiming.Kind.ON, date, null);
    }

    private LocalDate horizonEnd(int months) {
      return date.plusMonths(months);
    }

    /** Plans within a horizon whose expected date is not recorded: included, and said so. */
    private Count undated(AssetCriteria criteria, List<Asset> found, List<Asset> unknown) {
      if (!criteria.planned() || criteria.plannedWithinMonths() == null) {
        return Count.NONE;
      }
      List<Asset> undated = new ArrayList<>();
      for (List<Asset> assets : List.of(found, unknown)) {
        for (Asset asset : assets) {
          if (asset.expectedInService() == null) {
            undated.add(asset);
          }
        }
      }
      return count(undated);
    }

    /**
     * The assets an asset question's criteria match, with why; and, for a vendor question, the
     * vendor's name and the assets whose manufacturer is not recorded.
     */
    private Matched matched(String questionId, AssetCriteria criteria) {
      AssetQuery query = criteriaQuery(criteria);
      String manufacturer = criteria.manufacturer();
      if (manufacturer != null) {
        query.manufacturer(manufacturer);
      }
      List<AssetMatch> matches = query.matches();
      List<Asset> found = matches.stream().map(AssetMatch::asset).toList();
      assetsByQuestion.put(questionId, found);
      if (manufacturer == null) {
        return new Matched(matches, found, List.of(), null);
      }
      return new Matched(
          matches,
          found,
          criteriaQuery(criteria).manufacturerUnknown().list(),
          register.vendorName(manufacturer));
    }

    private QuestionAnswer answerUses(UsesQuestion question, boolean ncnd) {
      AssetCriteria criteria = question.criteria();
      Matched matched = matched(question.id(), criteria);
      List<AssetMatch> matches = matched.matches();
      List<Asset> found = matched.found();
      List<Asset> unknown = matched.unknown();
      String vendor = matched.vendor();
      List<Working> workings = new ArrayList<>();
      for (AssetMatch match : matches) {
        workings.add(new Working(question.id(), match.asset().id().value(), match.reasons()));
      }
      for (Asset asset : unknown) {
        workings.add(
            new Working(
                question.id(),
                asset.id().value(),
                List.of(register.unknownManufacturerReason(asset, date))));
      }
      Boolean uses;
      if (!found.isEmpty()) {
        uses = Boolean.TRUE;
      } else {
        uses = unknown.isEmpty() ? Boolean.FALSE : null;
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          Boolean.FALSE.equals(uses) ? QuestionOutcome.NOT_HELD : QuestionOutcome.DISCLOSED,
          ncnd,
          vendor,
          count(found),
          count(unknown),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          false,
          workings,
          timing(criteria),
          uses,
          undated(criteria, found, unknown),
          List.of(),
          null);
    }

    private QuestionAnswer answerSuppliers(ContractsQuestion question, boolean ncnd) {
      List<Exemption> withheld = withheldReferences(question);
      if (!withheld.isEmpty()) {
        return withheld(question, ncnd, withheld);
      }
      List<Contract> contracts = register.contractsFor(referencedAssets(question));
      // One supplier recorded in two capitalisations ("Acme Ltd", "ACME LTD") is one supplier:
      // listed once, as its first contract (by contract id) spells it, in
      // case-insensitive alphabetical order.
      Map<String, String> suppliers = new TreeMap<>();
      for (Contract contract : contracts) {
        suppliers.putIfAbsent(contract.supplier().toLowerCase(Locale.ROOT), contract.supplier());
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          suppliers.isEmpty() ? QuestionOutcome.NOT_HELD : QuestionOutcome.DISCLOSED,
          ncnd,
          null,
          Count.NONE,
          Count.NONE,
          question.about(),
          List.of(),
          List.of(),
          List.of(),
          false,
          List.of(),
          null,
          null,
          Count.NONE,
          List.copyOf(suppliers.values()),
          null);
    }

    private QuestionAnswer answerDocuments(DocumentsQuestion question, boolean ncnd) {
      List<Exemption> withheld = withheldReferences(question);
      if (!withheld.isEmpty()) {
        return withheld(question, ncnd, withheld);
      }
      List<Asset> assets = referencedAssets(question);
      List<String> exemptions = new ArrayList<>();
      List<DisclosedRecord> records = new ArrayList<>();
      List<PublishedReference> published = new ArrayList<>();
      int held = 0;
      for (GoverningDocument document : register.documentsFor(assets)) {
        if (!question.kinds().isEmpty() && !question.kinds().contains(document.kind())) {
          continue;
        }
        held++;
        List<String> governs = new ArrayList<>();
        for (Asset asset : assets) {
          if (document.governs(asset)) {
            governs.add(asset.id().value());
          }
        }
        String url = document.url();
        if (url != null) {
          published.add(
              new PublishedReference(
                  RecordKind.DOCUMENT, document.id(), document.title(), null, url));
          addSection(cite(Exemption.ACCESSIBLE_ELSEWHERE, false), exemptions);
        } else {
          warnings.add(
              new OfficerWarning(
                  OfficerWarning.Code.NO_DOCUMENT_RECORDED, "document " + document.id(), null));
          records.add(
              disclosedRecord(
                  RecordKind.DOCUMENT,
                  GoverningDocument.TYPE,
                  document,
                  governs,
                  false,
                  DisclosedRecord.DocumentProvision.ENCLOSED,
                  false,
                  exemptions));
        }
      }
      QuestionOutcome outcome;
      if (held == 0) {
        outcome = QuestionOutcome.NOT_HELD;
      } else {
        outcome =
            records.isEmpty() ? QuestionOutcome.PUBLISHED_ELSEWHERE : QuestionOutcome.DISCLOSED;
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          outcome,
          ncnd,
          null,
          Count.NONE,
          Count.NONE,
          question.about(),
          records,
          published,
          exemptions,
          false,
          List.of());
    }

    private QuestionAnswer answerOfficer(OfficerQuestion question, boolean ncnd) {
      OfficerAnswer answer = question.answer();
      List<String> sections = new ArrayList<>();
      for (OfficerExemption exemption : answer.exemptions()) {
        CitedExemption citation =
            new CitedExemption(
                "officer", exemption.section(), exemption.qualified(), false, exemption);
        cited.putIfAbsent(citation.section(), citation);
        addSection(citation, sections);
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          answer.outcome(),
          ncnd,
          null,
          Count.NONE,
          Count.NONE,
          List.of(),
          List.of(),
          List.of(),
          sections,
          false,
          List.of(),
          null,
          null,
          Count.NONE,
          List.of(),
          answer.answer());
    }

    private AssetQuery criteriaQuery(AssetCriteria criteria) {
      AssetQuery query = register.query();
      LocalDate from = criteria.inServiceFrom();
      LocalDate to = criteria.inServiceTo();
      if (criteria.planned()) {
        query.status(AssetStatus.PLANNED);
        Integer months = criteria.plannedWithinMonths();
        if (months != null) {
          LocalDate end = horizonEnd(months);
          query.where(a -> a.expectedInService() == null || !a.expectedInService().isAfter(end));
        }
      } else if (from != null && to != null) {
        query.where(a -> inServiceDuring(a, from, to));
      } else {
        query.inServiceOn(date);
      }
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

    private QuestionAnswer answerDpias(DpiasQuestion question, boolean ncnd) {
      List<Exemption> withheld = withheldReferences(question);
      if (!withheld.isEmpty()) {
        return withheld(question, ncnd, withheld);
      }
      List<Asset> assets = referencedAssets(question);
      List<Dpia> dpias = register.dpiasFor(assets);
      Map<String, List<String>> coveredBy = coveredBy(assets, true);
      List<String> exemptions = new ArrayList<>();
      List<DisclosedRecord> records = new ArrayList<>();
      for (Dpia dpia : dpias) {
        DisclosedRecord.DocumentProvision document =
            dpia.url() != null
                ? DisclosedRecord.DocumentProvision.LINKED
                : DisclosedRecord.DocumentProvision.ENCLOSED;
        if (document == DisclosedRecord.DocumentProvision.ENCLOSED) {
          warnings.add(
              new OfficerWarning(
                  OfficerWarning.Code.NO_DOCUMENT_RECORDED, "DPIA " + dpia.id(), null));
        }
        records.add(
            disclosedRecord(
                RecordKind.DPIA,
                Dpia.TYPE,
                dpia,
                coveredBy.getOrDefault(dpia.id(), List.of()),
                false,
                document,
                false,
                exemptions));
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          records.isEmpty() ? QuestionOutcome.NOT_HELD : QuestionOutcome.DISCLOSED,
          ncnd,
          null,
          Count.NONE,
          Count.NONE,
          question.about(),
          records,
          List.of(),
          exemptions,
          false,
          List.of());
    }

    private QuestionAnswer answerContracts(ContractsQuestion question, boolean ncnd) {
      List<Exemption> withheld = withheldReferences(question);
      if (!withheld.isEmpty()) {
        return withheld(question, ncnd, withheld);
      }
      List<Asset> assets = referencedAssets(question);
      List<Contract> contracts = register.contractsFor(assets);
      Map<String, List<String>> coveredBy = coveredBy(assets, false);
      List<String> exemptions = new ArrayList<>();
      List<DisclosedRecord> records = new ArrayList<>();
      List<PublishedReference> published = new ArrayList<>();
      boolean pricesLeftOut = false;
      for (Contract contract : contracts) {
        String url = contract.publishedUrl();
        if (url != null && policy.pointsToPublishedContracts()) {
          published.add(
              new PublishedReference(
                  RecordKind.CONTRACT, contract.id(), contract.title(), contract.supplier(), url));
          addSection(cite(Exemption.ACCESSIBLE_ELSEWHERE, false), exemptions);
        } else {
          warnings.add(
              new OfficerWarning(
                  OfficerWarning.Code.NO_DOCUMENT_RECORDED, "contract " + contract.id(), null));
          pricesLeftOut |= question.withoutPrices() && contract.value() != null;
          records.add(
              disclosedRecord(
                  RecordKind.CONTRACT,
                  Contract.TYPE,
                  contract,
                  coveredBy.getOrDefault(contract.id(), List.of()),
                  false,
                  DisclosedRecord.DocumentProvision.ENCLOSED,
                  question.withoutPrices(),
                  exemptions));
        }
      }
      QuestionOutcome outcome;
      if (contracts.isEmpty()) {
        outcome = QuestionOutcome.NOT_HELD;
      } else {
        outcome =
            records.isEmpty() ? QuestionOutcome.PUBLISHED_ELSEWHERE : QuestionOutcome.DISCLOSED;
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          outcome,
          ncnd,
          null,
          Count.NONE,
          Count.NONE,
          question.about(),
          records,
          published,
          exemptions,
          pricesLeftOut,
          List.of());
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

    /** Unions already made, by the questions referred to: DPIA and contract questions share. */
    private final Map<List<String>, List<Asset>> unions = new HashMap<>();

    private List<Asset> referencedAssets(FoiQuestion question) {
      return unions.computeIfAbsent(question.referencedQuestions(), this::union);
    }

    /** The assets of the questions, in id order, each once. */
    private List<Asset> union(List<String> questionIds) {
      List<Asset> all = new ArrayList<>();
      for (String ref : questionIds) {
        all.addAll(assetsByQuestion.getOrDefault(ref, List.of()));
      }
      // Each question's assets are in id order already: the sort merges the runs.
      all.sort(Comparator.comparing(Asset::id));
      List<Asset> union = new ArrayList<>(all.size());
      for (Asset asset : all) {
        if (union.isEmpty() || !union.get(union.size() - 1).id().equals(asset.id())) {
          union.add(asset);
        }
      }
      return Collections.unmodifiableList(union);
    }

    private QuestionAnswer withheld(
        FoiQuestion question, boolean ncnd, List<Exemption> exemptions) {
      List<String> sections = new ArrayList<>();
      for (Exemption exemption : exemptions) {
        addSection(cite(exemption, false), sections);
      }
      return new QuestionAnswer(
          question.id(),
          question.text(),
          question.kind(),
          QuestionOutcome.WITHHELD,
          ncnd,
          null,
          Count.NONE,
          Count.NONE,
          question.referencedQuestions(),
          List.of(),
          List.of(),
          sections,
          false,
          List.of());
    }

    private DisclosedRecord assetRecord(
        Asset asset, boolean manufacturerUnknown, List<String> exemptions) {
      return disclosedRecord(
          RecordKind.ASSET,
          Asset.TYPE,
          asset,
          List.of(),
          manufacturerUnknown,
          DisclosedRecord.DocumentProvision.NONE,
          false,
          exemptions);
    }

    /**
     * A record as an answer discloses it: every field its description lets a public answer show, in
     * the description's order, each disclosed, withheld under the policy, or (a contract's value,
     * when the requester said prices may be left out) left out.
     */
    private <R> DisclosedRecord disclosedRecord(
        RecordKind kind,
        RecordType<R> type,
        R record,
        List<String> covers,
        boolean manufacturerUnknown,
        DisclosedRecord.DocumentProvision document,
        boolean withoutPrices,
        List<String> exemptions) {
      String id = requireNonNull(type.id(record));
      List<DisclosedField> fields = new ArrayList<>();
      Field<R, ?> idField = type.idField().orElse(null);
      for (Field<R, ?> field : type.fields()) {
        if (field != idField && field.disclosure().isPublic()) {
          fields.add(field(kind, id, field, field.get(record), withoutPrices, exemptions));
        }
      }
      return new DisclosedRecord(kind, id, fields, covers, manufacturerUnknown, document);
    }

    /** Discloses a field, or withholds it under the policy when there is a value to withhold. */
    private DisclosedField field(
        RecordKind kind,
        String id,
        Field<?, ?> field,
        @Nullable Object value,
        boolean withoutPrices,
        List<String> exemptions) {
      if (value == null
          || (kind == RecordKind.DOCUMENT
              && value instanceof java.util.Collection<?> values
              && values.isEmpty())) {
        // a document's empty list (no categories named) is not recorded rather than "none"
        return new DisclosedField(field, null, null, false);
      }
      if (withoutPrices && field == Contract.VALUE) {
        return new DisclosedField(field, null, null, true);
      }
      Exemption exemption = policy.redaction(field).orElse(null);
      if (exemption == null) {
        return new DisclosedField(field, value, null, false);
      }
      CitedExemption citation = cite(exemption, false);
      addSection(citation, exemptions);
      redactions.add(new Redaction(kind, id, field, citation.section(), citation.key()));
      return new DisclosedField(field, null, citation.section(), false);
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

    private CitedExemption cite(Exemption exemption, boolean ncnd) {
      String section = exemption.section(regime);
      if (section == null) {
        throw new IllegalStateException(
            "exemption \""
                + exemption.key()
                + "\" has no section under "
                + regime
                + "; give one in the disclosure policy");
      }
      CitedExemption citation =
          new CitedExemption(exemption.key(), section, exemption.qualified(), ncnd);
      cited.putIfAbsent(section, citation);
      return citation;
    }

    private void addSection(CitedExemption citation, List<String> sections) {
      if (!sections.contains(citation.section())) {
        sections.add(citation.section());
      }
    }
  }

  /** The mapping documented on {@link ResponseOutcome}. */
  static ResponseOutcome overall(List<QuestionAnswer> answers, boolean ncnd) {
    boolean allWithheld = true;
    boolean allNotHeld = true;
    boolean exemptionRelied = ncnd;
    for (QuestionAnswer answer : answers) {
      boolean refused =
          answer.outcome() == QuestionOutcome.WITHHELD
              || answer.outcome() == QuestionOutcome.EXCEEDS_COST_LIMIT;
      allWithheld &= refused;
      allNotHeld &= answer.outcome() == QuestionOutcome.NOT_HELD;
      exemptionRelied |= !answer.exemptions().isEmpty() || refused;
    }
    if (allWithheld) {
      return ResponseOutcome.REFUSED;
    }
    if (allNotHeld && !ncnd) {
      return ResponseOutcome.NO_INFORMATION_HELD;
    }
    return exemptionRelied ? ResponseOutcome.PART_DISCLOSURE : ResponseOutcome.FULL_DISCLOSURE;
  }

  /** In service on at least one day of the period: begun by its end and not ended before it. */
  private static boolean inServiceDuring(Asset asset, LocalDate from, LocalDate to) {
    LocalDate began = asset.inServiceFrom();
    LocalDate ended = asset.inServiceUntil();
    return asset.status() != AssetStatus.PLANNED
        && began != null
        && !began.isAfter(to)
        && (ended == null || !ended.isBefore(from));
  }

  private static Count count(List<Asset> assets) {
    long units = 0;
    for (Asset asset : assets) {
      units += asset.quantity();
    }
    return new Count(assets.size(), units);
  }

  /** What an asset question's criteria match. */
  private record Matched(
      List<AssetMatch> matches, List<Asset> found, List<Asset> unknown, @Nullable String vendor) {}
}
