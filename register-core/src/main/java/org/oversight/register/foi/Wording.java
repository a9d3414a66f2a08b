package org.oversight.register.foi;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** The sentences of one regime's letters, each a compiled snippet. Used by one rendering. */
final class Wording {
  private final Regime regime;
  private final Function<String, Mustache> snippets;

  // A letter says the same few sentences for every record it lists: each snippet is looked up
  // once per rendering, not once per line.
  private final Map<String, Mustache> compiled = new HashMap<>();
  private final Map<String, String> constants = new HashMap<>();
  private final StringWriter out = new StringWriter();

  Wording(Regime regime, Function<String, Mustache> snippets) {
    this.regime = regime;
    this.snippets = snippets;
  }

  Regime regime() {
    return regime;
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

  private Mustache snippet(String key) {
    Mustache snippet = compiled.get(key);
    if (snippet == null) {
      snippet = snippets.apply(key);
      compiled.put(key, snippet);
    }
    return snippet;
  }
}
