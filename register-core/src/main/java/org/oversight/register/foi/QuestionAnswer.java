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
    List<Working> workings) {

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
  }
}
