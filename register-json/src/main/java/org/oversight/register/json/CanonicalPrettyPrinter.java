package org.oversight.register.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.Instantiatable;

/**
 * The canonical layout: two-space indentation, one member or element per line down to the records
 * (depth 3), and deeper arrays and objects on one line ({@code ["RECORDING", "LIVE_VIEW"]}). An
 * empty array is {@code []}. One instance per document: it counts depth.
 */
final class CanonicalPrettyPrinter
    implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter> {
  /** Containers deeper than this are written on one line. */
  private static final int LAST_MULTILINE_DEPTH = 3;

  private int depth;

  @Override
  public CanonicalPrettyPrinter createInstance() {
    return new CanonicalPrettyPrinter();
  }

  private boolean inline() {
    return depth > LAST_MULTILINE_DEPTH;
  }

  private void newLine(JsonGenerator g, int level) {
    g.writeRaw('\n');
    for (int i = 0; i < level; i++) {
      g.writeRaw("  ");
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) {
    depth++;
    g.writeRaw('{');
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) {
    if (!inline()) {
      newLine(g, depth);
    }
  }

  @Override
  public void writeObjectNameValueSeparator(JsonGenerator g) {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) {
    if (inline()) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      newLine(g, depth);
    }
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) {
    if (!inline() && entries > 0) {
      newLine(g, depth - 1);
    }
    depth--;
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) {
    depth++;
    g.writeRaw('[');
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) {
    if (!inline()) {
      newLine(g, depth);
    }
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) {
    if (inline()) {
      g.writeRaw(", ");
    } else {
      g.writeRaw(',');
      newLine(g, depth);
    }
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) {
    if (!inline() && values > 0) {
      newLine(g, depth - 1);
    }
    depth--;
    g.writeRaw(']');
  }
}
