package org.oversight.register.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One fenced {@code ```java} block of a Markdown file, with the directions of the {@code <!--
 * snippet: ... -->} comment just above it, if any.
 *
 * @param source where it is, e.g. {@code docs/json.md}
 * @param firstLine the file's line number of the snippet's first line (the one after the fence)
 * @param lines the snippet's lines, common indentation removed
 * @param hiddenImports imports from the comment, added to the snippet's own
 * @param context hidden code from the comment, put before the snippet
 * @param compileOnly whether the comment says {@code compile-only}: compiled but not run
 */
record Snippet(
    String source,
    int firstLine,
    List<String> lines,
    List<String> hiddenImports,
    List<String> context,
    boolean compileOnly) {

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(public |final |abstract |sealed )*(class|record|interface|enum) \\w+.*",
          Pattern.DOTALL);
  private static final Pattern METHOD_DECLARATION =
      Pattern.compile(
          "^(@\\w+(\\(.*\\))? *)*(public |protected |private |static |final )*"
              + "(<[^>]+> )?[\\w.<>\\[\\]?, ]+ \\w+\\(.*\\)( throws [\\w., ]+)? *\\{ *(//.*)?$");

  Snippet {
    lines = List.copyOf(lines);
    hiddenImports = List.copyOf(hiddenImports);
    context = List.copyOf(context);
  }

  /** How the snippet is compiled and run. */
  enum Kind {
    /** Whole type declarations: compiled as they are; a {@code main} method is run. */
    TYPES,
    /** Methods (and fields) at the left margin: the body of a class; {@code @Test} methods run. */
    MEMBERS,
    /** Statements: the body of a method, which runs. */
    STATEMENTS
  }

  /** Names the snippet for a person: {@code docs/json.md:12}. */
  String name() {
    return source + ":" + firstLine;
  }

  Kind kind() {
    for (String line : body()) {
      if (TYPE_DECLARATION.matcher(line).matches()) {
        return Kind.TYPES;
      }
    }
    for (String line : body()) {
      if (METHOD_DECLARATION.matcher(line).matches() && !isStatementStart(line)) {
        return Kind.MEMBERS;
      }
    }
    return Kind.STATEMENTS;
  }

  private static boolean isStatementStart(String line) {
    return line.matches("^(if|for|while|switch|try|catch|synchronized|return|new|else)\\b.*");
  }

  /** The snippet's own import lines (shown to the reader), in order. */
  List<String> imports() {
    List<String> imports = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("import ")) {
        imports.add(line.strip());
      }
    }
    return imports;
  }

  /** The snippet without its import lines. */
  List<String> body() {
    List<String> body = new ArrayList<>();
    for (String line : lines) {
      body.add(line.startsWith("import ") ? "" : line);
    }
    return body;
  }
}
