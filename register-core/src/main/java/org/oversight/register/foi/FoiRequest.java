package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.oversight.register.RegisterValidator;
import org.oversight.register.model.Field;
import org.oversight.register.model.Nation;
import org.oversight.register.model.Organisation;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.ValueType;
import org.oversight.register.validation.Problem;

/**
 * A Freedom of Information request: its reference, the day it was received, the regime it is made
 * under (or none, to follow the organisation's nation), the requester's name for the salutation,
 * and its questions (CONTRACT §2). Described once by {@link #TYPE}, which the JSON reader and the
 * request's JSON Schema follow.
 *
 * <p>Immutable and thread-safe; the question list is copied. The constructor checks that there is
 * at least one question, that question ids are unique, that every {@code dpiasFor} and {@code
 * contractsFor} names an earlier asset question, and that the request was received on a day a due
 * date can be computed for ({@link Regime#isSupportedReceiptDate}), reporting every problem at
 * once, each at its JSON pointer.
 *
 * @param reference the organisation's reference for the request
 * @param receivedOn the day it was received: answers are as at this day (s1(4))
 * @param regime FOIA or FOISA; null to follow the organisation ({@link #regimeFor})
 * @param requester the requester's name, for the salutation; null for "Dear Sir or Madam"
 * @param questions the questions, in the order asked
 * @param costLimit the officer's decision that the whole request would cost more than the
 *     appropriate limit (s12), naming the questions left unanswered; null when none
 * @param clarification further information sought from the requester (s1(3)); null when none
 */
public record FoiRequest(
    String reference,
    LocalDate receivedOn,
    @Nullable Regime regime,
    @Nullable String requester,
    List<FoiQuestion> questions,
    @Nullable CostLimit costLimit,
    @Nullable Clarification clarification) {

  /** The organisation's reference. */
  public static final Field<FoiRequest, String> REFERENCE =
      Field.required("reference", ValueType.text(100), FoiRequest::reference);

  /** The day of receipt. */
  public static final Field<FoiRequest, LocalDate> RECEIVED_ON =
      Field.required("receivedOn", new ValueType.Day(), FoiRequest::receivedOn)
          .label("received on");

  /** The regime; absent to follow the organisation's nation. */
  public static final Field<FoiRequest, Regime> REGIME =
      Field.optional("regime", new ValueType.Choice<>(Regime.class), FoiRequest::regime);

  /** The requester's name. */
  public static final Field<FoiRequest, String> REQUESTER =
      Field.optional("requester", ValueType.text(200), FoiRequest::requester);

  /** The questions. */
  public static final Field<FoiRequest, List<FoiQuestion>> QUESTIONS =
      Field.required(
          "questions", new ValueType.RecordList<>(FoiQuestions.TYPE), FoiRequest::questions);

  /** The cost-limit decision (s12). */
  public static final Field<FoiRequest, CostLimit> COST_LIMIT =
      Field.optional("costLimit", new ValueType.Nested<>(CostLimit.TYPE), FoiRequest::costLimit)
          .label("cost limit");

  /** The further information sought (s1(3)). */
  public static final Field<FoiRequest, Clarification> CLARIFICATION =
      Field.optional(
          "clarification", new ValueType.Nested<>(Clarification.TYPE), FoiRequest::clarification);

  /** The description of a request. */
  public static final RecordType<FoiRequest> TYPE =
      RecordType.builder("FOI request", FoiRequest.class)
          .fields(REFERENCE, RECEIVED_ON, REGIME, REQUESTER, QUESTIONS, COST_LIMIT, CLARIFICATION)
          .constructor(
              v ->
                  new FoiRequest(
                      v.require(REFERENCE),
                      v.require(RECEIVED_ON),
                      v.get(REGIME),
                      v.get(REQUESTER),
                      v.require(QUESTIONS),
                      v.get(COST_LIMIT),
                      v.get(CLARIFICATION)))
          .build();

  /**
   * Creates a value.
   *
   * @param reference the organisation's reference for the request
   * @param receivedOn the day it was received
   * @param regime FOIA or FOISA; null to follow the organisation
   * @param requester the requester's name; null if not given
   * @param questions the questions, in the order asked
   * @param costLimit the cost-limit decision, or null
   * @param clarification the further information sought, or null
   * @throws NullPointerException if a required component is null
   * @throws InvalidFoiRequestException with every problem, if the questions break the rules or the
   *     receipt date is outside {@link Regime#FIRST_RECEIPT_DATE} to {@link
   *     Regime#LAST_RECEIPT_DATE}
   */
  public FoiRequest {
    requireNonNull(reference, "reference");
    requireNonNull(receivedOn, "receivedOn");
    questions = List.copyOf(questions);
    List<Problem> problems = problems(reference, receivedOn, requester, questions);
    problems.addAll(costLimitProblems(questions, costLimit));
    if (clarification != null && clarification.soughtOn().isBefore(receivedOn)) {
      problems.add(
          Problem.at(
              "/clarification/soughtOn",
              null,
              "must not be before receivedOn ("
                  + receivedOn
                  + "), was "
                  + clarification.soughtOn()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFoiRequestException(problems);
    }
  }

  /**
   * Creates a request with no cost-limit decision and no clarification.
   *
   * @param reference the organisation's reference for the request
   * @param receivedOn the day it was received
   * @param regime FOIA or FOISA; null to follow the organisation
   * @param requester the requester's name; null if not given
   * @param questions the questions, in the order asked
   * @throws InvalidFoiRequestException with every problem
   */
  public FoiRequest(
      String reference,
      LocalDate receivedOn,
      @Nullable Regime regime,
      @Nullable String requester,
      List<FoiQuestion> questions) {
    this(reference, receivedOn, regime, requester, questions, null, null);
  }

  /**
   * Returns this request with a cost-limit decision (s12).
   *
   * @param decision the estimate, the questions left unanswered and the advice
   * @return a new request, never null
   * @throws InvalidFoiRequestException if the decision names no question of the request, or leaves
   *     a question answered that refers to one it leaves unanswered
   */
  public FoiRequest withCostLimit(CostLimit decision) {
    return new FoiRequest(
        reference,
        receivedOn,
        regime,
        requester,
        questions,
        requireNonNull(decision, "decision"),
        clarification);
  }

  /**
   * Returns this request with further information sought from the requester (s1(3)).
   *
   * @param sought what was sought, when, and when it came
   * @return a new request, never null
   */
  public FoiRequest withClarification(Clarification sought) {
    return new FoiRequest(
        reference,
        receivedOn,
        regime,
        requester,
        questions,
        costLimit,
        requireNonNull(sought, "sought"));
  }

  /**
   * Returns the date of receipt for the time for compliance (FOIA s10(6), FOISA s10(1)(b)): the day
   * the further information sought under s1(3) was received, else the day the request was.
   *
   * @return the date, never null
   */
  public LocalDate complianceStartsFrom() {
    if (clarification != null && clarification.receivedOn() != null) {
      return requireNonNull(clarification.receivedOn());
    }
    return receivedOn;
  }

  private static List<Problem> costLimitProblems(
      List<FoiQuestion> questions, @Nullable CostLimit costLimit) {
    List<Problem> problems = new ArrayList<>();
    if (costLimit == null) {
      return problems;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    questions.forEach(q -> ids.add(q.id()));
    for (int j = 0; j < costLimit.questions().size(); j++) {
      String id = costLimit.questions().get(j);
      if (!ids.contains(id)) {
        problems.add(
            Problem.at(
                "/costLimit/questions/" + j,
                null,
                RegisterValidator.unknownReferenceMessage(id, "question")));
      }
    }
    for (int i = 0; i < questions.size(); i++) {
      FoiQuestion question = questions.get(i);
      if (costLimit.questions().contains(question.id())) {
        continue;
      }
      for (String ref : question.referencedQuestions()) {
        if (costLimit.questions().contains(ref)) {
          problems.add(
              Problem.at(
                  "/questions/" + i,
                  question.id(),
                  "refers to question \""
                      + ref
                      + "\", which the cost limit leaves unanswered: name it in"
                      + " costLimit.questions too"));
        }
      }
    }
    return problems;
  }

  /**
   * Creates a request under a regime, without a requester's name.
   *
   * @param reference the organisation's reference for the request
   * @param receivedOn the day it was received
   * @param regime FOIA or FOISA; null to follow the organisation
   * @param questions the questions, in the order asked
   * @throws InvalidFoiRequestException with every problem
   */
  public FoiRequest(
      String reference,
      LocalDate receivedOn,
      @Nullable Regime regime,
      List<FoiQuestion> questions) {
    this(reference, receivedOn, regime, null, questions);
  }

  /**
   * Creates a request whose regime follows the organisation's nation.
   *
   * @param reference the organisation's reference for the request
   * @param receivedOn the day it was received
   * @param questions the questions, in the order asked
   * @return the request, never null
   * @throws InvalidFoiRequestException with every problem
   */
  public static FoiRequest of(String reference, LocalDate receivedOn, FoiQuestion... questions) {
    return new FoiRequest(reference, receivedOn, null, null, List.of(questions));
  }

  /**
   * Returns this request under a regime.
   *
   * @param newRegime the regime
   * @return a new request, never null
   */
  public FoiRequest withRegime(Regime newRegime) {
    return new FoiRequest(
        reference,
        receivedOn,
        requireNonNull(newRegime, "newRegime"),
        requester,
        questions,
        costLimit,
        clarification);
  }

  /**
   * Returns this request with the requester's name.
   *
   * @param name the name, for the salutation
   * @return a new request, never null
   */
  public FoiRequest withRequester(String name) {
    return new FoiRequest(
        reference,
        receivedOn,
        regime,
        requireNonNull(name, "name"),
        questions,
        costLimit,
        clarification);
  }

  /**
   * Returns the regime the request is handled under: the one it names, else the organisation's:
   * FOISA for a Scottish organisation, FOIA for any other or when its nation is unknown.
   *
   * @param organisation the organisation answering
   * @return the regime, never null
   */
  public Regime regimeFor(Organisation organisation) {
    if (regime != null) {
      return regime;
    }
    return organisation.nation() == Nation.SCOTLAND ? Regime.FOISA : Regime.FOIA;
  }

  private static List<Problem> problems(
      String reference,
      LocalDate receivedOn,
      @Nullable String requester,
      List<FoiQuestion> questions) {
    List<Problem> problems = new ArrayList<>();
    String referenceProblem = ValueType.text(100).problem(reference);
    if (referenceProblem != null) {
      problems.add(Problem.at("/reference", null, referenceProblem));
    }
    if (!Regime.isSupportedReceiptDate(receivedOn)) {
      problems.add(Problem.at("/receivedOn", null, Regime.unsupportedReceiptDate(receivedOn)));
    }
    if (requester != null) {
      String requesterProblem = ValueType.text(200).problem(requester);
      if (requesterProblem != null) {
        problems.add(Problem.at("/requester", null, requesterProblem));
      }
    }
    if (questions.isEmpty()) {
      problems.add(Problem.at("/questions", null, "a request has at least one question"));
    }
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      positions.putIfAbsent(questions.get(i).id(), i);
    }
    for (int i = 0; i < questions.size(); i++) {
      FoiQuestion question = questions.get(i);
      String path = "/questions/" + i;
      Integer first = positions.get(question.id());
      if (first != null && first != i) {
        problems.add(
            Problem.at(
                path + "/id",
                question.id(),
                RegisterValidator.duplicateMessage(question.id(), "questions", first)));
      }
      String list =
          switch (question.kind()) {
            case DPIAS -> "dpiasFor";
            case DOCUMENTS -> "documentsFor";
            default -> "contractsFor";
          };
      List<String> refs = question.referencedQuestions();
      for (int j = 0; j < refs.size(); j++) {
        String ref = refs.get(j);
        Integer at = positions.get(ref);
        String pointer = path + "/" + list + "/" + j;
        if (at == null) {
          problems.add(
              Problem.at(
                  pointer,
                  question.id(),
                  RegisterValidator.unknownReferenceMessage(ref, "question")));
        } else if (at >= i) {
          problems.add(
              Problem.at(
                  pointer,
                  question.id(),
                  "question \""
                      + ref
                      + "\" is not an earlier question: name an earlier asset question"));
        } else if (questions.get(at).kind() != QuestionKind.ASSETS
            && questions.get(at).kind() != QuestionKind.USES) {
          problems.add(
              Problem.at(
                  pointer,
                  question.id(),
                  "question \""
                      + ref
                      + "\" is not an asset question or a \"do you use\" question"));
        }
      }
    }
    return problems;
  }
}
