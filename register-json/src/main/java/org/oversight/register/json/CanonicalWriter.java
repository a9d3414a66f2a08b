package org.oversight.register.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.oversight.register.model.Field;
import org.oversight.register.model.RecordType;
import org.oversight.register.model.RegisterContents;
import org.oversight.register.model.ValueType;

/**
 * Writes the canonical document from the record descriptions, as text: no Jackson, so that writing
 * needs nothing but this module's own code.
 *
 * <p>Fields are written in the order of their description; absent optional fields and empty lists
 * inside records are left out; required and defaulted scalar fields ({@code quantity}, {@code
 * owned}, {@code icoConsulted}) are always written, so that a reader of the file need not know the
 * defaults; the register's own lists are always written, {@code []} when empty. Each record is laid
 * out as its description says ({@link RecordType.Layout}): assets one field per line, so that a
 * diff names the changed field; DPIAs, contracts and the organisation filled to 100 columns, as in
 * the format's own example; money, locations and contacts on one line.
 */
final class CanonicalWriter {
  private static final int WIDTH = 100;

  private CanonicalWriter() {}

  /** Writes a whole document, schema version {@link SchemaVersion#CURRENT}, final newline. */
  static void document(RegisterContents contents, Appendable out) throws IOException {
    out.append("{\n  \"schemaVersion\": ").append(Integer.toString(SchemaVersion.CURRENT.number()));
    for (Field<RegisterContents, ?> field : RegisterContents.TYPE.fields()) {
      topLevel(field, contents, out);
    }
    out.append("\n}\n");
  }

  private static <V> void topLevel(
      Field<RegisterContents, V> field, RegisterContents contents, Appendable out)
      throws IOException {
    V value = field.get(contents);
    if (value == null) {
      return;
    }
    boolean list = field.type() instanceof ValueType.RecordList<?>;
    if (!list && !field.isWritten(value)) {
      return;
    }
    if (list && field.since() > 1 && ((List<?>) value).isEmpty()) {
      return; // a list added in a later version is written only when it holds something
    }
    out.append(",\n  ");
    quote(field.name(), out);
    out.append(": ");
    if (list) {
      list((ValueType.RecordList<?>) field.type(), (List<?>) value, out);
    } else if (field.type() instanceof ValueType.Nested<?> nested) {
      record(nested.type(), value, 2, out);
    } else {
      value(field.type(), value, out);
    }
  }

  private static <R> void list(ValueType.RecordList<R> type, List<?> records, Appendable out)
      throws IOException {
    if (records.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < records.size(); i++) {
      if (i > 0) {
        out.append(",\n");
      }
      out.append("    ");
      record(type.type(), records.get(i), 4, out);
    }
    out.append("\n  ]");
  }

  /** A record laid out as its description says, its braces at {@code indent} spaces. */
  static <R> void record(RecordType<R> type, Object value, int indent, Appendable out)
      throws IOException {
    R record = type.javaType().cast(value);
    switch (type.layout()) {
      case ONE_FIELD_PER_LINE -> {
        out.append("{");
        boolean first = true;
        for (Field<R, ?> field : type.fields()) {
          first &= !member(field, record, first ? "\n" : ",\n", indent + 2, out);
        }
        out.append('\n').append(" ".repeat(indent)).append('}');
      }
      case FILLED -> filled(members(type, record), indent, out);
      case INLINE -> inline(type, record, out);
    }
  }

  /** Writes one member on its own line if the record has a value for it; returns whether. */
  private static <R, V> boolean member(
      Field<R, V> field, R record, String separator, int indent, Appendable out)
      throws IOException {
    V value = field.get(record);
    if (!field.isWritten(value) || value == null) {
      return false;
    }
    out.append(separator);
    for (int i = 0; i < indent; i++) {
      out.append(' ');
    }
    quote(field.name(), out);
    out.append(": ");
    value(field.type(), value, out);
    return true;
  }

  /** The record on one line: {@code {"amount": "125000.00", "currency": "GBP"}}. */
  static <R> void inline(RecordType<R> type, R record, Appendable out) throws IOException {
    inline(type, record, out, true);
  }

  /** The record on one line, with or without its confidential fields. */
  static <R> void inline(RecordType<R> type, R record, Appendable out, boolean confidential)
      throws IOException {
    out.append('{');
    boolean first = true;
    for (Field<R, ?> field : type.fields()) {
      if (confidential || !field.isConfidential()) {
        first &= !member(field, record, first ? "" : ", ", 0, out);
      }
    }
    out.append('}');
  }

  private static <R> List<String> members(RecordType<R> type, R record) throws IOException {
    List<String> members = new ArrayList<>();
    for (Field<R, ?> field : type.fields()) {
      StringBuilder member = new StringBuilder();
      if (member(field, record, "", 0, member)) {
        members.add(member.toString());
      }
    }
    return members;
  }

  /** Members separated by ", ", a new line before one that would pass column 100. */
  private static void filled(List<String> members, int indent, Appendable out) throws IOException {
    String fieldIndent = " ".repeat(indent + 2);
    out.append("{\n").append(fieldIndent);
    int lineLength = fieldIndent.length();
    for (int i = 0; i < members.size(); i++) {
      String member = members.get(i);
      boolean last = i == members.size() - 1;
      if (i > 0) {
        int widthIfHere = lineLength + 2 + member.length() + (last ? 0 : 1);
        if (widthIfHere <= WIDTH) {
          out.append(", ");
          lineLength += 2;
        } else {
          out.append(",\n").append(fieldIndent);
          lineLength = fieldIndent.length();
        }
      }
      out.append(member);
      lineLength += member.length();
    }
    out.append('\n').append(" ".repeat(indent)).append('}');
  }

  /** A value in the JSON form its type is written in. */
  static <V> void value(ValueType<V> type, V value, Appendable out) throws IOException {
    if (type instanceof ValueType.Flag || type instanceof ValueType.WholeNumber) {
      out.append(value.toString());
    } else if (type instanceof ValueType.Degrees) {
      out.append(((BigDecimal) value).toPlainString());
    } else if (type instanceof ValueType.Capabilities
        || type instanceof ValueType.IdList
        || type instanceof ValueType.Choices) {
      // Codes and ids are the type's own text, separated by ";": write each as a string.
      out.append('[');
      boolean first = true;
      for (Object element : (Collection<?>) value) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        quote(element.toString(), out);
      }
      out.append(']');
    } else if (type instanceof ValueType.Nested<?> nested) {
      inlineNested(nested, value, out);
    } else if (type instanceof ValueType.RecordList<?>) {
      throw new IllegalStateException("a list of records is written only at the top level");
    } else {
      // Text, identifiers, dates, codes, currencies, amounts (as exact decimal strings), addresses.
      quote(type.text(value), out);
    }
  }

  private static <R> void inlineNested(ValueType.Nested<R> nested, Object value, Appendable out)
      throws IOException {
    inline(nested.type(), nested.type().javaType().cast(value), out);
  }

  /**
   * A JSON string: quotes, backslashes and control characters escaped, and lone surrogates written
   * as {@code \\uXXXX} escapes so that text that is not valid Unicode still round-trips exactly.
   */
  static void quote(String text, Appendable out) throws IOException {
    out.append('"');
    int from = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      String escape = null;
      if (c == '"') {
        escape = "\\\"";
      } else if (c == '\\') {
        escape = "\\\\";
      } else if (c < 0x20) {
        escape =
            switch (c) {
              case '\n' -> "\\n";
              case '\r' -> "\\r";
              case '\t' -> "\\t";
              case '\b' -> "\\b";
              case '\f' -> "\\f";
              default -> String.format("\\u%04x", (int) c);
            };
      } else if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
        escape = String.format("\\u%04x", (int) c);
      } else if (Character.isHighSurrogate(c)) {
        i++; // a valid pair: both halves written as they are
      }
      if (escape != null) {
        out.append(text, from, i).append(escape);
        from = i + 1;
      }
    }
    out.append(text, from, length).append('"');
  }

  private static boolean pairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return false; // a low surrogate reached here has no high surrogate before it
  }

  /** A JSON string for a raw member of a generated document. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    try {
      quote(text, out);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return out.toString();
  }
}
