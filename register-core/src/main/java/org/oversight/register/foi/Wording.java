package org.oversight.register.foi;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The sentences of one regime's letters, each a compiled snippet. Used by one rendering. */
final class Wording {
  /**
   * A snippet that is plain text around one escaped variable, such as {@code {{value}}} or {@code
   * Asset {{id}}}: said without running the template, as the template would say it.
   */
  private static final Pattern ONE_VARIABLE =
      Pattern.compile("([^{}]*)\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}([^{}]*)", Pattern.DOTALL);

  /** Plain text around one variable; {@link #NONE} when a snippet is more than that. */
  private record OneVariable(String before, String name, String after) {
    static final OneVariable NONE = new OneVariable("", "", "");
  }

  private final Regime regime;
  private final UnaryOperator<String> escape;
  private final Function<String, @Nullable String> texts;
  private final Set<String> keys;
  private final Function<String, Mustache> snippets;

  // A letter says the same few sentences for every record it lists: each snippet is looked up
  // once per rendering, not once per line.
  private final Map<String, Mustache> compiled = new HashMap<>();
  private final Map<String, String> constants = new HashMap<>();
  // For a snippet that is plain text around one variable: the text and the variable's name.
  private final Map<String, OneVariable> variables = new HashMap<>();
  private final StringWriter out = new StringWriter();

  /**
   * Creates the wording of one rendering.
   *
   * @param regime the regime
   * @param escape the format's one escaping function, which the snippets' {@code {{ }}} apply
   * @param texts each key's snippet as written, or null
   * @param keys every key there is wording for
   * @param snippets each key's snippet compiled with {@code escape}
   */
  Wording(
      Regime regime,
      UnaryOperator<String> escape,
      Function<String, @Nullable String> texts,
      Set<String> keys,
      Function<String, Mustache> snippets) {
    this.regime = regime;
    this.escape = escape;
    this.texts = texts;
    this.keys = keys;
    this.snippets = snippets;
  }

  Regime regime() {
    return regime;
  }

  /**
   * Compiles every snippet now, so that a broken one fails before anything is written rather than
   * half-way through a letter.
   *
   * @throws IllegalStateException if a snippet does not compile
   */
  void compileAll() {
    for (String key : keys) {
      snippet(key);
    }
  }

  /** The sentence of a key that has no variables: the same every time, so said once. */
  String say(String key) {
    String sentence = constants.get(key);
    if (sentence == null) {
      sentence = say(key, Map.of());
      constants.put(key, sentence);
    }
    return sentence;
  }

  /** Whether a key has wording. */
  boolean has(String key) {
    try {
      return snippet(key) != null;
    } catch (IllegalStateException missing) {
      return false;
    }
  }

  /** The sentence of a key, its variables taken from the scope. */
  String say(String key, Map<String, ?> scope) {
    OneVariable simple = variable(key);
    if (!simple.name().isEmpty()) {
      return say(simple, scope.get(simple.name()));
    }
    // One buffer for every sentence: a snippet's variables are plain values, so no sentence is
    // said while another is being said.
    StringBuffer buffer = out.getBuffer();
    buffer.setLength(0);
    try {
      snippet(key).execute(out, scope).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toString();
  }

  /**
   * The sentence of a key that has one variable, {@code name}: the same as {@code say(key,
   * Map.of(name, value))}, without making the map.
   */
  String say(String key, String name, String value) {
    return saying(key, name).apply(value);
  }

  /**
   * How a key that has one variable, {@code name}, is said of each value: the same as {@code
   * say(key, name, value)}, with the snippet found once (for the lines said of every record).
   */
  UnaryOperator<String> saying(String key, String name) {
    OneVariable simple = variable(key);
    if (simple.name().equals(name)) {
      return value -> say(simple, value);
    }
    return value -> say(key, Map.of(name, value));
  }

  /** Said as the template would say it, without running it: the value escaped, or nothing. */
  private String say(OneVariable simple, @Nullable Object value) {
    String said = value == null ? "" : escape.apply(value.toString());
    if (simple.before().isEmpty() && simple.after().isEmpty()) {
      return said;
    }
    return simple.before() + said + simple.after();
  }

  /** The text and variable of a snippet that is plain text around one variable, or NONE. */
  private OneVariable variable(String key) {
    OneVariable variable = variables.get(key);
    if (variable == null) {
      snippet(key); // a missing key fails here as it would when said
      String text = texts.apply(key);
      Matcher matcher = ONE_VARIABLE.matcher(text == null ? "" : text);
      variable =
          matcher.matches()
              ? new OneVariable(matcher.group(1), matcher.group(2), matcher.group(3))
              : OneVariable.NONE;
      variables.put(key, variable);
    }
    return variable;
  }

  private Mustache snippet(String key) {
    Mustache snippet = compiled.get(key);
    if (snippet == null) {
      snippet = snippets.apply(key);
      compiled.put(key, snippet);
    }
    return snippet;
  }
}
