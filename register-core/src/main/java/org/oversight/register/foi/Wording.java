package org.oversight.register.foi;

import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/** The sentences of one regime's letters, each a compiled snippet. Used by one rendering. */
final class Wording {
  private final Regime regime;
  private final Function<String, Mustache> snippets;

  Wording(Regime regime, Function<String, Mustache> snippets) {
    this.regime = regime;
    this.snippets = snippets;
  }

  Regime regime() {
    return regime;
  }

  /** The sentence of a key that has no variables. */
  String say(String key) {
    return say(key, Map.of());
  }

  /** Whether a key has wording. */
  boolean has(String key) {
    try {
      return snippets.apply(key) != null;
    } catch (IllegalStateException missing) {
      return false;
    }
  }

  /** The sentence of a key, its variables taken from the scope. */
  String say(String key, Map<String, ?> scope) {
    StringWriter out = new StringWriter();
    try {
      snippets.apply(key).execute(out, scope).flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
