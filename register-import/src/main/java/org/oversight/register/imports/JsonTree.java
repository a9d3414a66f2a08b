package org.oversight.register.imports;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A small JSON document held as a tree that remembers where each value and member name is (line and
 * column), so that every problem found while walking it can be located. For the import mapping, a
 * document of a few kilobytes; read with Jackson's streaming parser under tight limits.
 */
final class JsonTree {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxStringLength(65_536)
                  .maxNumberLength(64)
                  .maxDocumentLength(4L << 20)
                  .build())
          .build();

  private JsonTree() {}

  /** What a value is. */
  enum Kind {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  /** A value and where it starts. */
  static final class Node {
    final Kind kind;
    final String text;
    final int line;
    final int column;
    final List<Member> members = new ArrayList<>();
    final List<Node> elements = new ArrayList<>();

    Node(Kind kind, String text, int line, int column) {
      this.kind = kind;
      this.text = text;
      this.line = line;
      this.column = column;
    }

    /** The node at a JSON pointer relative to this one, or the nearest one on the way. */
    Node at(String pointer) {
      Node node = this;
      int from = 1;
      while (from <= pointer.length() && !pointer.isEmpty()) {
        int slash = pointer.indexOf('/', from);
        String segment = unescape(pointer.substring(from, slash < 0 ? pointer.length() : slash));
        Node next = node.child(segment);
        if (next == null) {
          return node;
        }
        node = next;
        if (slash < 0) {
          break;
        }
        from = slash + 1;
      }
      return node;
    }

    private @Nullable Node child(String segment) {
      if (kind == Kind.OBJECT) {
        for (Member member : members) {
          if (member.name.equals(segment)) {
            return member.value;
          }
        }
      } else if (kind == Kind.ARRAY) {
        try {
          int index = Integer.parseInt(segment);
          return index >= 0 && index < elements.size() ? elements.get(index) : null;
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return null;
    }

    /** The value as JSON text, compact. */
    String json() {
      StringBuilder out = new StringBuilder();
      write(out);
      return out.toString();
    }

    private void write(StringBuilder out) {
      switch (kind) {
        case OBJECT -> {
          out.append('{');
          for (int i = 0; i < members.size(); i++) {
            out.append(i == 0 ? "" : ",");
            quote(members.get(i).name, out);
            out.append(':');
            members.get(i).value.write(out);
          }
          out.append('}');
        }
        case ARRAY -> {
          out.append('[');
          for (int i = 0; i < elements.size(); i++) {
            out.append(i == 0 ? "" : ",");
            elements.get(i).write(out);
          }
          out.append(']');
        }
        case STRING -> quote(text, out);
        default -> out.append(text);
      }
    }

    /** What the value is, for a message: "a string", "an object". */
    String describe() {
      return switch (kind) {
        case OBJECT -> "an object";
        case ARRAY -> "an array";
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
      };
    }
  }

  /** A member of an object: its name, where the name is, and its value. */
  record Member(String name, int line, int column, Node value) {}

  /** A document that is not JSON: the first syntax error and where it is. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final String message;
    final int line;
    final int column;

    SyntaxError(String message, int line, int column) {
      super(message, null, false, false);
      this.message = message;
      this.line = line;
      this.column = column;
    }
  }

  /** Reads a whole document. */
  static Node parse(String json) throws SyntaxError {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new SyntaxError("the document is empty", 1, 1);
      }
      Node root = value(parser);
      if (parser.nextToken() != null) {
        TokenStreamLocation where = parser.currentTokenLocation();
        throw new SyntaxError(
            "unexpected content after the end of the document",
            where.getLineNr(),
            where.getColumnNr());
      }
      return root;
    } catch (tools.jackson.core.JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      String message = e.getOriginalMessage();
      int newline = message == null ? -1 : message.indexOf('\n');
      String first = message == null ? "" : newline < 0 ? message : message.substring(0, newline);
      throw new SyntaxError(
          "the document is not valid JSON here: " + first,
          where == null ? 1 : Math.max(1, where.getLineNr()),
          where == null ? 1 : Math.max(1, where.getColumnNr()));
    }
  }

  private static Node value(JsonParser parser) {
    TokenStreamLocation where = parser.currentTokenLocation();
    int line = where.getLineNr();
    int column = where.getColumnNr();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Node node = new Node(Kind.OBJECT, "", line, column);
        String name;
        while ((name = parser.nextName()) != null) {
          TokenStreamLocation at = parser.currentTokenLocation();
          parser.nextToken();
          node.members.add(new Member(name, at.getLineNr(), at.getColumnNr(), value(parser)));
        }
        return node;
      }
      case START_ARRAY -> {
        Node node = new Node(Kind.ARRAY, "", line, column);
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          node.elements.add(value(parser));
        }
        return node;
      }
      case VALUE_STRING -> {
        return new Node(Kind.STRING, parser.getString(), line, column);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Node(Kind.NUMBER, parser.getString(), line, column);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Node(Kind.BOOLEAN, parser.getString(), line, column);
      }
      default -> {
        return new Node(Kind.NULL, "null", line, column);
      }
    }
  }

  /** A JSON string. */
  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** One segment of a JSON pointer (RFC 6901). */
  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
