package org.oversight.register.json;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Turns the parser's exceptions into one-line problems in the format's own words. Jackson's message
 * is only inspected to choose the words; its text and class names never reach the user.
 */
final class JacksonErrors {
  private static final Pattern UNEXPECTED_CHARACTER =
      Pattern.compile("Unexpected character \\('(.)' \\(code (\\d+)");

  private JacksonErrors() {}

  /** A read limit was exceeded. */
  static Problem limit(StreamConstraintsException e, JsonParser parser) {
    String original = lower(e);
    String message;
    if (original.contains("nesting depth")) {
      message = "the document nests arrays and objects too deeply";
    } else if (original.contains("string value length")) {
      // Jackson buffers a very long number as text and reports it as a string: say either.
      message = "a string or number is longer than the read limit";
    } else if (original.contains("name length") || original.contains("property name")) {
      message = "a field name is longer than the limit";
    } else if (original.contains("number value length")) {
      message = "a number has more digits than the limit";
    } else if (original.contains("document length")) {
      message = "the document is longer than the limit";
    } else {
      message = "the document exceeds a read limit";
    }
    // Where the value began (its member's name, or the token before it), not where the limit was
    // reached, which may be a million characters later.
    TokenStreamLocation start = parser.currentTokenLocation();
    return start == null || start.getLineNr() <= 0
        ? at(e, parser, message)
        : new Problem(
            "",
            start.getLineNr(),
            Math.max(start.getColumnNr(), 0),
            pointer(parser),
            null,
            message);
  }

  /** The document is not well-formed JSON. */
  static Problem syntax(StreamReadException e, @Nullable JsonParser parser) {
    if (e instanceof InputText.Invalid invalid) {
      // Our own check's words and place; the parser, if it got that far, knows the pointer.
      Problem problem = invalid.problem();
      return new Problem(
          "",
          problem.line(),
          problem.column(),
          parser == null ? "" : pointer(parser),
          null,
          problem.message());
    }
    requireNonNull(parser, "parser");
    if (e instanceof UnexpectedEndOfInputException) {
      return at(e, parser, "the document ends before it is complete");
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String lower = original.toLowerCase(Locale.ROOT);
    String message;
    if (lower.contains("utf-8") || lower.contains("utf8") || lower.contains("invalid utf")) {
      message = "the document is not valid UTF-8";
    } else if (lower.contains("end-of-input")) {
      message = "the document ends before it is complete";
    } else if (lower.contains("illegal unquoted character") || lower.contains("ctrl-char")) {
      message = "a control character must be escaped";
    } else if (lower.contains("leading zero")) {
      message = "a number must not start with a zero";
    } else if (lower.contains("unrecognized token")) {
      message = "not JSON: expected a value such as a string, a number, true, false or null";
    } else if (lower.contains("unrecognized character escape")) {
      message = "a string has an invalid escape";
    } else {
      Matcher unexpected = UNEXPECTED_CHARACTER.matcher(original);
      if (unexpected.find()) {
        int code = Integer.parseInt(unexpected.group(2));
        message = "not JSON: unexpected character " + shown(code);
      } else {
        message = "not well-formed JSON";
      }
    }
    return at(e, parser, message);
  }

  private static String shown(int code) {
    if (code < 0x20 || code == 0x7f || code > 0xffff) {
      return String.format("U+%04X", code);
    }
    return Text.quote(String.valueOf((char) code)).replace('"', '\'');
  }

  private static String lower(JacksonException e) {
    String original = e.getOriginalMessage();
    return original == null ? "" : original.toLowerCase(Locale.ROOT);
  }

  private static Problem at(JacksonException e, JsonParser parser, String message) {
    TokenStreamLocation location = e.getLocation();
    if (location == null) {
      location = parser.currentLocation();
    }
    return new Problem(
        "",
        Math.max(location.getLineNr(), 0),
        Math.max(location.getColumnNr(), 0),
        pointer(parser),
        null,
        message);
  }

  private static String pointer(JsonParser parser) {
    try {
      return parser.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException notAvailable) {
      return "";
    }
  }
}
