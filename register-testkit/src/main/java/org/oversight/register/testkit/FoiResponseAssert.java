package org.oversight.register.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.foi.CitedExemption;
import org.oversight.register.foi.FoiRenderer;
import org.oversight.register.foi.FoiResponse;
import org.oversight.register.foi.QuestionAnswer;
import org.oversight.register.foi.ResponseOutcome;
import org.oversight.register.model.Asset;

/**
 * AssertJ assertions about an FOI response. Failure messages say what was expected and what was
 * found; they never repeat an authorisation reference.
 */
public final class FoiResponseAssert extends AbstractAssert<FoiResponseAssert, FoiResponse> {

  FoiResponseAssert(@Nullable FoiResponse actual) {
    super(actual, FoiResponseAssert.class);
  }

  private FoiResponse response() {
    isNotNull();
    return java.util.Objects.requireNonNull(actual);
  }

  /**
   * Verifies the overall outcome.
   *
   * @param expected the outcome
   * @return this
   */
  public FoiResponseAssert hasOutcome(ResponseOutcome expected) {
    if (response().outcome() != expected) {
      failWithMessage(
          "%nExpecting response %s to have outcome %s but it is %s",
          response().reference(), expected, response().outcome());
    }
    return this;
  }

  /**
   * Verifies the due date.
   *
   * @param expected the date
   * @return this
   */
  public FoiResponseAssert isDueOn(LocalDate expected) {
    if (!response().dueOn().equals(expected)) {
      failWithMessage(
          "%nExpecting response %s to be due on %s but it is due on %s",
          response().reference(), expected, response().dueOn());
    }
    return this;
  }

  /**
   * Verifies that the response cites an exemption, by its section (e.g. {@code "23(5)"}).
   *
   * @param section the section as the response writes it
   * @return this
   */
  public FoiResponseAssert citesExemption(String section) {
    List<String> sections = response().exemptions().stream().map(CitedExemption::section).toList();
    if (!sections.contains(section)) {
      failWithMessage(
          "%nExpecting response %s to cite section %s but it cites %s",
          response().reference(), section, sections);
    }
    return this;
  }

  /**
   * Verifies that the response neither confirms nor denies.
   *
   * @return this
   */
  public FoiResponseAssert neitherConfirmsNorDenies() {
    if (response().ncnd() == null) {
      failWithMessage(
          "%nExpecting response %s to neither confirm nor deny but it has no such statement",
          response().reference());
    }
    return this;
  }

  /**
   * Starts assertions about the answer to one question.
   *
   * @param questionId the question's id
   * @return the answer's assertions
   */
  public QuestionAnswerAssert answer(String questionId) {
    for (QuestionAnswer answer : response().answers()) {
      if (answer.questionId().equals(questionId)) {
        return new QuestionAnswerAssert(answer);
      }
    }
    List<String> ids = response().answers().stream().map(QuestionAnswer::questionId).toList();
    failWithMessage(
        "%nExpecting response %s to answer question %s but it answers %s",
        response().reference(), questionId, ids);
    throw new AssertionError("unreachable");
  }

  /**
   * Verifies that no rendering of the response (plain text or Markdown) and no disclosed record
   * names a covert asset of the register, an authorisation reference, or a DPIA or contract that
   * only covert assets use.
   *
   * @param register the whole register the response was drafted from, covert records included
   * @return this
   */
  public FoiResponseAssert disclosesNothingCovert(AssetRegister register) {
    Set<String> overtRefs = new HashSet<>();
    Set<String> secrets = new TreeSet<>();
    List<String> references = new ArrayList<>();
    for (Asset asset : register.assets()) {
      if (asset.isCovert()) {
        secrets.add(asset.id().value());
        if (asset.authorisationRef() != null) {
          references.add(asset.authorisationRef());
        }
        secrets.addAll(asset.dpiaIds());
        secrets.addAll(asset.contractIds());
      } else {
        overtRefs.addAll(asset.dpiaIds());
        overtRefs.addAll(asset.contractIds());
      }
    }
    secrets.removeAll(overtRefs);
    StringBuilder all =
        new StringBuilder(FoiRenderer.plainText(response()))
            .append('\n')
            .append(FoiRenderer.markdown(response()));
    for (QuestionAnswer answer : response().answers()) {
      answer.records().forEach(r -> all.append('\n').append(r.id()));
    }
    String text = all.toString();
    for (String reference : references) {
      if (text.contains(reference)) {
        failWithMessage(
            "%nExpecting response %s to disclose nothing covert but it contains an authorisation"
                + " reference",
            response().reference());
      }
    }
    List<String> leaked = new ArrayList<>();
    for (String secret : secrets) {
      if (Pattern.compile("(?<![A-Za-z0-9._:-])" + Pattern.quote(secret) + "(?![A-Za-z0-9_:-])")
          .matcher(text)
          .find()) {
        leaked.add(secret);
      }
    }
    if (!leaked.isEmpty()) {
      failWithMessage(
          "%nExpecting response %s to disclose nothing covert but it names covert-only records %s",
          response().reference(), leaked);
    }
    return this;
  }
}
