package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The answer to one question.
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param questionId the question's id
 * @param text the question as the requester wrote it
 * @param kind what it asked for
 * @param outcome how it was answered
 * @param answer the answer in words, one paragraph
 * @param records the records disclosed, in order
 * @param publishedElsewhere the records answered by pointing to where they are published
 * @param exemptions the sections relied on for this question, in order of first use
 */
public record QuestionAnswer(
    String questionId,
    String text,
    QuestionKind kind,
    QuestionOutcome outcome,
    String answer,
    List<DisclosedRecord> records,
    List<PublishedReference> publishedElsewhere,
    List<String> exemptions) {

  /**
   * Creates a value.
   *
   * @param questionId the question's id
   * @param text the question as written
   * @param kind what it asked for
   * @param outcome how it was answered
   * @param answer the answer in words
   * @param records the records disclosed
   * @param publishedElsewhere the records pointed to
   * @param exemptions the sections relied on
   * @throws NullPointerException if a component is null
   */
  public QuestionAnswer {
    requireNonNull(questionId, "questionId");
    requireNonNull(text, "text");
    requireNonNull(kind, "kind");
    requireNonNull(outcome, "outcome");
    requireNonNull(answer, "answer");
    records = List.copyOf(records);
    publishedElsewhere = List.copyOf(publishedElsewhere);
    exemptions = List.copyOf(exemptions);
  }
}
