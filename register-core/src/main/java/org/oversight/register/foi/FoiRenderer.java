package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link FoiResponse} as a plain-text letter a disclosure officer can send, or as
 * Markdown. The output depends on the response alone — never on the clock, the locale or the
 * platform — and lines end with {@code \n}.
 *
 * <p>Stateless and thread-safe.
 */
public final class FoiRenderer {

  private FoiRenderer() {}

  /**
   * Renders the response as a plain-text letter: reference and dates, each question restated with
   * its answer, the NCND paragraph, each redaction and why, the exemptions relied on, the "data
   * correct as at" caveat and the requester's rights.
   *
   * @param response the response
   * @return the letter, never null
   */
  public static String plainText(FoiResponse response) {
    requireNonNull(response, "response");
    StringBuilder out = new StringBuilder();
    line(out, "Freedom of Information request " + response.reference());
    line(out, response.organisation());
    line(out, "");
    line(out, "Date received: " + FoiResponder.format(response.receivedOn()));
    line(out, "Response due by: " + FoiResponder.format(response.dueOn()));
    line(out, "Data correct as at: " + FoiResponder.format(response.dataCorrectAsAt()));
    line(out, "Handled under: " + response.regime().actName());
    line(out, "Outcome: " + outcome(response));
    line(out, "");
    line(out, "Dear Requester,");
    line(out, "");
    line(out, introduction(response));
    for (QuestionAnswer answer : response.answers()) {
      line(out, "");
      line(out, "Question " + answer.questionId() + ": \"" + answer.text() + "\"");
      line(out, "Answer (" + answer.outcome().label() + "): " + answer.answer());
      for (DisclosedRecord record : answer.records()) {
        line(out, "");
        line(out, "  " + capitalise(record.type()) + " " + record.id());
        for (DisclosedField field : record.fields()) {
          line(out, "    " + capitalise(field.field().label()) + ": " + value(field));
        }
        for (String note : record.notes()) {
          line(out, "    Note: " + note);
        }
      }
      for (PublishedReference published : answer.publishedElsewhere()) {
        line(out, "");
        line(
            out,
            "  "
                + capitalise(published.type())
                + " "
                + published.id()
                + " ("
                + published.title()
                + ") is published at "
                + published.url());
      }
    }
    String ncnd = response.ncndStatement();
    if (ncnd != null) {
      line(out, "");
      line(out, "Neither confirm nor deny");
      line(out, ncnd);
    }
    if (!response.redactions().isEmpty()) {
      line(out, "");
      line(out, "Redactions");
      for (Redaction redaction : response.redactions()) {
        line(out, "- " + redaction(redaction));
      }
    }
    if (!response.exemptions().isEmpty()) {
      line(out, "");
      line(out, "Exemptions relied on");
      for (CitedExemption exemption : response.exemptions()) {
        line(out, "- " + exemption(exemption));
      }
    }
    line(out, "");
    line(out, caveat(response));
    line(out, "");
    line(out, "Your rights");
    line(out, response.rights().statement());
    line(out, "");
    line(out, "Yours sincerely,");
    line(out, "");
    line(out, "Freedom of Information Unit");
    line(out, response.organisation());
    return out.toString();
  }

  /**
   * Renders the response as Markdown, with the same content as {@link #plainText}. Text from the
   * register and the request is escaped so that it cannot change the document's structure.
   *
   * @param response the response
   * @return the document, never null
   */
  public static String markdown(FoiResponse response) {
    requireNonNull(response, "response");
    StringBuilder out = new StringBuilder();
    line(out, "# Freedom of Information request " + escape(response.reference()));
    line(out, "");
    line(out, "**" + escape(response.organisation()) + "**");
    line(out, "");
    line(out, "| | |");
    line(out, "|---|---|");
    line(out, "| Date received | " + FoiResponder.format(response.receivedOn()) + " |");
    line(out, "| Response due by | " + FoiResponder.format(response.dueOn()) + " |");
    line(out, "| Data correct as at | " + FoiResponder.format(response.dataCorrectAsAt()) + " |");
    line(out, "| Handled under | " + response.regime().actName() + " |");
    line(out, "| Outcome | " + escape(outcome(response)) + " |");
    line(out, "");
    line(out, escape(introduction(response)));
    for (QuestionAnswer answer : response.answers()) {
      line(out, "");
      line(out, "## Question " + escape(answer.questionId()));
      line(out, "");
      line(out, "> " + escape(answer.text()));
      line(out, "");
      line(out, "**" + answer.outcome().label() + ".** " + escape(answer.answer()));
      for (DisclosedRecord record : answer.records()) {
        line(out, "");
        line(out, "### " + capitalise(record.type()) + " " + escape(record.id()));
        line(out, "");
        for (DisclosedField field : record.fields()) {
          String value =
              field.isWithheld() ? "*" + escape(value(field)) + "*" : escape(value(field));
          line(out, "- " + capitalise(field.field().label()) + ": " + value);
        }
        for (String note : record.notes()) {
          line(out, "- Note: " + escape(note));
        }
      }
      if (!answer.publishedElsewhere().isEmpty()) {
        line(out, "");
        for (PublishedReference published : answer.publishedElsewhere()) {
          line(
              out,
              "- "
                  + capitalise(published.type())
                  + " "
                  + escape(published.id())
                  + " ("
                  + escape(published.title())
                  + ") is published at <"
                  + published.url().replace(">", "%3E")
                  + ">");
        }
      }
    }
    String ncnd = response.ncndStatement();
    if (ncnd != null) {
      line(out, "");
      line(out, "## Neither confirm nor deny");
      line(out, "");
      line(out, escape(ncnd));
    }
    if (!response.redactions().isEmpty()) {
      line(out, "");
      line(out, "## Redactions");
      line(out, "");
      for (Redaction redaction : response.redactions()) {
        line(out, "- " + escape(redaction(redaction)));
      }
    }
    if (!response.exemptions().isEmpty()) {
      line(out, "");
      line(out, "## Exemptions relied on");
      line(out, "");
      for (CitedExemption exemption : response.exemptions()) {
        line(out, "- " + escape(exemption(exemption)));
      }
    }
    line(out, "");
    line(out, "*" + escape(caveat(response)) + "*");
    line(out, "");
    line(out, "## Your rights");
    line(out, "");
    line(out, escape(response.rights().statement()));
    return out.toString();
  }

  private static String outcome(FoiResponse response) {
    String label = response.outcome().label();
    if (response.outcome() == ResponseOutcome.PART_DISCLOSURE
        || response.outcome() == ResponseOutcome.REFUSED) {
      List<String> sections =
          response.exemptions().stream().map(e -> "section " + e.section()).toList();
      return label + " with exemptions under " + String.join(", ", sections);
    }
    return label;
  }

  private static String introduction(FoiResponse response) {
    return "Thank you for your request for information, which we received on "
        + FoiResponder.format(response.receivedOn())
        + " and have handled under the "
        + response.regime().actName()
        + ". Each of your questions is restated below with our answer.";
  }

  private static String caveat(FoiResponse response) {
    return "Please note: data correct as at "
        + FoiResponder.format(response.dataCorrectAsAt())
        + ", the date your request was received (section "
        + response.regime().asAtSection()
        + " of the "
        + response.regime().actName()
        + ").";
  }

  private static String redaction(Redaction redaction) {
    return capitalise(redaction.type())
        + " "
        + redaction.id()
        + ", "
        + redaction.field().label()
        + ": withheld under section "
        + redaction.section()
        + " ("
        + redaction.title()
        + ")";
  }

  private static String exemption(CitedExemption exemption) {
    return "Section " + exemption.section() + " (" + exemption.title() + "): " + exemption.reason();
  }

  private static String value(DisclosedField field) {
    String withheldUnder = field.withheldUnder();
    if (withheldUnder != null) {
      return "withheld under section " + withheldUnder;
    }
    @Nullable String value = field.value();
    return value == null ? "not recorded" : value;
  }

  private static String capitalise(String text) {
    if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Escapes Markdown's structural characters and folds line breaks into spaces. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '#', '|', '~', '!' ->
            escaped.append('\\').append(c);
        case '\n', '\r' -> escaped.append(' ');
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
