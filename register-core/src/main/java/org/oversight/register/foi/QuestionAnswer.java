package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one question, as decisions: no English. The templates word it.
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param questionId the question's id
 * @param text the question as the requester wrote it
 * @param kind what it asked for
 * @param outcome how it was answered
 * @param overtOnly whether it is answered as about overt use, NCND covering the rest
 * @param vendor for an asset question about a manufacturer, the vendor or group's display name
 * @param found the overt entries found (confirmed matches, for a manufacturer question)
 * @param manufacturerUnknown entries that match the rest of the question but whose manufacturer is
 *     not recorded
 * @param about for a DPIA or contract question, the asset questions it refers to
 * @param records the records disclosed, in order
 * @param publishedElsewhere the records answered by pointing to where they are published
 * @param exemptions the sections relied on for this question, in order of first use
 * @param pricesLeftOut whether contract prices are left out because the requester said they may be
 * @param workings why each listed asset was listed, for the officer
 * @param timing for an asset or "do you use" question, when the equipment asked about is in
 *     service; null for other questions
 * @param uses for a "do you use" question, whether matching overt equipment is held: true or false,
 *     or null when that cannot be said (only equipment of unknown manufacturer matches) and for
 *     other questions
 * @param undated for a question about planned equipment within a horizon, the plans with no
 *     expected in-service date recorded, which are included
 * @param suppliers for a suppliers-only contracts question, the suppliers' names in order
 * @param officerAnswer for a question the officer answers, the answer in the officer's words
 */
public record QuestionAnswer(
    String questionId,
    String text,
    QuestionKind kind,
    QuestionOutcome outcome,
    boolean overtOnly,
    @Nullable String vendor,
    Count found,
    Count manufacturerUnknown,
    List<String> about,
    List<DisclosedRecord> records,
    List<PublishedReference> publishedElsewhere,
    List<String> exemptions,
    boolean pricesLeftOut,
    List<Working> workings,
    @Nullable AssetTiming timing,
    @Nullable Boolean uses,
    Count undated,
    List<String> suppliers,
    @Nullable String officerAnswer) {

  /**
   * Creates a value.
   *
   * @param questionId the question's id
   * @param text the question as written
   * @param kind what it asked for
   * @param outcome how it was answered
   * @param overtOnly whether answered as about overt use
   * @param vendor the vendor asked about, or null
   * @param found the entries found
   * @param manufacturerUnknown entries of unknown manufacturer
   * @param about the asset questions referred to
   * @param records the records disclosed
   * @param publishedElsewhere the records pointed to
   * @param exemptions the sections relied on
   * @param pricesLeftOut whether prices are left out at the requester's word
   * @param workings why each asset was listed
   * @param timing when the equipment asked about is in service, or null
   * @param uses the yes or no of a "do you use" question, or null
   * @param undated the plans with no expected date, included
   * @param suppliers the suppliers' names
   * @param officerAnswer the officer's answer, or null
   * @throws NullPointerException if a required component is null
   */
  public QuestionAnswer {
    requireNonNull(questionId, "questionId");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(outcome, "outcome");
    requireNonNull(found, "found");
    requireNonNull(manufacturerUnknown, "manufacturerUnknown");
    about = List.copyOf(about);
    records = List.copyOf(records);
    publishedElsewhere = List.copyOf(publishedElsewhere);
    exemptions = List.copyOf(exemptions);
    workings = List.copyOf(workings);
    requireNonNull(undated, "undated");
    suppliers = List.copyOf(suppliers);
  }

  /**
   * Creates the answer to an asset, DPIA or contract question, as before plans, "do you use",
   * suppliers and officer-answered questions.
   *
   * @param questionId the question's id
   * @param text the question as written
   * @param kind what it asked for
   * @param outcome how it was answered
   * @param overtOnly whether answered as about overt use
   * @param vendor the vendor asked about, or null
   * @param found the entries found
   * @param manufacturerUnknown entries of unknown manufacturer
   * @param about the asset questions referred to
   * @param records the records disclosed
   * @param publishedElsewhere the records pointed to
   * @param exemptions the sections relied on
   * @param pricesLeftOut whether prices are left out at the requester's word
   * @param workings why each asset was listed
   * @throws NullPointerException if a required component is null
   */
  public QuestionAnswer(
      String questionId,
      String text,
      QuestionKind kind,
      QuestionOutcome outcome,
      boolean overtOnly,
      @Nullable String vendor,
      Count found,
      Count manufacturerUnknown,
      List<String> about,
      List<DisclosedRecord> records,
      List<PublishedReference> publishedElsewhere,
      List<String> exemptions,
      boolean pricesLeftOut,
      List<Working> workings) {
    this(
        questionId,
        text,
        kind,
        outcome,
        overtOnly,
        vendor,
        found,
        manufacturerUnknown,
        about,
        records,
        publishedElsewhere,
        exemptions,
        pricesLeftOut,
        workings,
        null,
        null,
        Count.NONE,
        List.of(),
        null);
  }
}
