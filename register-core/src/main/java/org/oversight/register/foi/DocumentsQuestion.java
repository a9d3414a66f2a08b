package org.oversight.register.foi;

import com.google.common.collect.Sets;
import java.util.List;
import java.util.Set;
import org.oversight.register.model.DocumentKind;

/**
 * A question for the governing documents (policies, standard operating procedures, equality impact
 * assessments, legitimacy and necessity assessments) of the assets of earlier questions.
 *
 * <p>Immutable and thread-safe; the collections are copied.
 *
 * @param id the question's id, unique in its request
 * @param text the question as the requester wrote it
 * @param about the earlier asset (or "do you use") questions, at least one
 * @param kinds the kinds of document asked for; empty for every kind
 * @param ncnd the officer's choice to neither confirm nor deny for it
 */
public record DocumentsQuestion(
    String id, String text, List<String> about, Set<DocumentKind> kinds, boolean ncnd)
    implements FoiQuestion {

  /**
   * Creates a value.
   *
   * @param id the question's id
   * @param text the question as written
   * @param about the earlier questions, at least one
   * @param kinds the kinds asked for; empty for every kind
   * @param ncnd the officer's choice to neither confirm nor deny
   * @throws InvalidFoiRequestException if the id, the text or the list breaks a rule
   */
  public DocumentsQuestion {
    QuestionChecks.checkIdAndText(id, text);
    about = QuestionChecks.about("documentsFor", about);
    kinds = kinds.isEmpty() ? Set.of() : Sets.immutableEnumSet(kinds);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.DOCUMENTS;
  }

  @Override
  public List<String> referencedQuestions() {
    return about;
  }
}
