package org.oversight.register.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oversight.register.validation.Problem;

/**
 * Each kind of syntax error the parser finds, in the library's own words, with its place (columns
 * in bytes, as the document is read from bytes).
 */
class SyntaxErrorsTest {
  /** A field the document has, then the list where each error is put. */
  private static final String HEAD = "{\"asAt\": \"2021-09-06\", \"assets\": [";

  private final RegisterJson json = RegisterJson.standard();

  @Test
  void eachSyntaxErrorIsOneLineInTheLibrarysWords() {
    assertThat(problems("{\"asAt\": \"\\x\"}"))
        .containsExactly("1:12: /asAt: a string has an invalid escape");
    assertThat(problems(HEAD + "01]}"))
        .containsExactly("1:36: /assets/0: a number must not start with a zero");
    assertThat(problems(HEAD + "tru]}"))
        .containsExactly(
            "1:35: /assets/0: not JSON: expected a value such as a string, a number, true, false"
                + " or null");
    assertThat(problems(HEAD + "{\"id\": \"abc"))
        .containsExactly("1:46: /assets/0/id: the document ends before it is complete");
    assertThat(problems(HEAD + "{]}")).containsExactly("1:36: /assets/0: not well-formed JSON");
    assertThat(problems(HEAD + " ]]}")).containsExactly("1:37: /assets: not well-formed JSON");
  }

  @Test
  void aSecondValueWithoutACommaIsAnUnexpectedCharacterAfterTheFirst() {
    assertThat(problems(HEAD + "{} {}]}"))
        .endsWith(
            "1:35: /assets/0: missing required field \"status\"",
            "1:38: /assets/1: not JSON: unexpected character '{'");
  }

  @Test
  void anUnexpectedCharacterIsShownSoThatItCanBeSeen() {
    assertThat(problems(HEAD + "~]}"))
        .containsExactly("1:35: /assets/0: not JSON: unexpected character '~'");
    assertThat(problems(HEAD + "\uFFFD]}"))
        .containsExactly("1:37: /assets/0: not JSON: unexpected character '\uFFFD'");
    assertThat(problems(HEAD + "\uD83D\uDE00]}"))
        .containsExactly("1:38: /assets/0: not JSON: unexpected character U+1F600");
  }

  @Test
  void controlCharactersOutsideStringsAreControlCharacters() {
    assertThat(problems(HEAD + "\u001f]}"))
        .containsExactly("1:35: /assets: a control character must be escaped");
    assertThat(problems(HEAD + "\u007f]}"))
        .containsExactly("1:35: /assets/0: a control character must be escaped");
    assertThat(problems(HEAD + "\u0080]}"))
        .containsExactly("1:36: /assets/0: a control character must be escaped");
  }

  private List<String> problems(String document) {
    RegisterFormatException e =
        catchThrowableOfType(
            RegisterFormatException.class, () -> json.readContents(document.getBytes(UTF_8)));
    assertThat(e).as("refused").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }
}
