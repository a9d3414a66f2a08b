package org.oversight.register.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the Java snippets of the README and docs/ and turns each into a compilation unit.
 *
 * <p>The convention, for writers of docs (see docs/snippets.md):
 *
 * <ul>
 *   <li>A {@code ```java} block is compiled against the modules and run.
 *   <li>Its own {@code import} lines are used. The public packages of every module ({@code exports}
 *       in a {@code module-info.java}), {@code java.util}, {@code java.util.stream}, {@code
 *       java.time}, {@code java.io}, {@code java.nio.file}, {@code java.math} and JUnit's {@code
 *       Test} are imported anyway; static imports ({@code assertThat}) never are.
 *   <li>Statements become a method body; methods at the left margin become a class body (its
 *       {@code @Test} methods run); type declarations compile as they are (a {@code main} runs).
 *   <li>An HTML comment right above the block, {@code <!-- snippet: ... -->}, may add, one per
 *       line: {@code import ...;} lines, {@code compile-only} (compiled, not run), and any other
 *       code, put before the snippet: the declarations it assumes ({@code AssetRegister register =
 *       SampleRegisters.essex2021();}, a helper method). The comment does not show on the page.
 *   <li>Snippets run in a directory that holds copies of {@code examples/essex-2021}'s {@code
 *       register.json} and {@code request.json}.
 * </ul>
 */
final class Snippets {
  static final String PACKAGE = "docsnippets";

  private static final Pattern EXPORTS =
      Pattern.compile("^\\s*exports\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final List<String> JAVA_IMPORTS =
      List.of(
          "import java.io.*;",
          "import java.math.*;",
          "import java.nio.file.*;",
          "import java.time.*;",
          "import java.util.*;",
          "import java.util.stream.*;",
          "import org.junit.jupiter.api.Test;");

  private Snippets() {}

  /** The Markdown files whose snippets must work: README.md and docs/*.md, in name order. */
  static List<Path> documents(Path root) {
    List<Path> documents = new ArrayList<>();
    documents.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  /** Every snippet of the documents, in order. */
  static List<Snippet> all(Path root) {
    List<Snippet> snippets = new ArrayList<>();
    for (Path document : documents(root)) {
      String name = root.relativize(document).toString().replace('\\', '/');
      try {
        snippets.addAll(parse(name, Files.readAllLines(document, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return snippets;
  }

  /** The snippets of one Markdown text. */
  static List<Snippet> parse(String source, List<String> markdown) {
    List<Snippet> snippets = new ArrayList<>();
    List<String> comment = List.of();
    int commentEnd = -2;
    for (int i = 0; i < markdown.size(); i++) {
      String line = markdown.get(i).strip();
      if (line.startsWith("<!-- snippet:")) {
        List<String> text = new ArrayList<>();
        String rest = line.substring("<!-- snippet:".length());
        while (!rest.contains("-->") && i + 1 < markdown.size()) {
          text.add(rest);
          rest = markdown.get(++i);
        }
        text.add(rest.substring(0, Math.max(0, rest.indexOf("-->"))));
        comment = text;
        commentEnd = i;
      } else if (line.equals("```java")) {
        String indent = markdown.get(i).substring(0, markdown.get(i).indexOf('`'));
        int first = i + 1;
        List<String> lines = new ArrayList<>();
        while (++i < markdown.size() && !markdown.get(i).strip().equals("```")) {
          String code = markdown.get(i);
          lines.add(code.startsWith(indent) ? code.substring(indent.length()) : code.strip());
        }
        boolean directlyAbove = commentEnd == first - 2;
        snippets.add(snippet(source, first + 1, lines, directlyAbove ? comment : List.of()));
        comment = List.of();
      }
    }
    return snippets;
  }

  private static Snippet snippet(
      String source, int firstLine, List<String> lines, List<String> comment) {
    List<String> imports = new ArrayList<>();
    List<String> context = new ArrayList<>();
    boolean compileOnly = false;
    for (String raw : comment) {
      String line = raw.strip();
      if (line.equals("compile-only")) {
        compileOnly = true;
      } else if (line.startsWith("import ")) {
        imports.add(line);
      } else if (!line.isEmpty()) {
        context.add(raw);
      }
    }
    return new Snippet(source, firstLine, lines, imports, context, compileOnly);
  }

  /**
   * The packages that the modules on the class path (those of the root whose classes or jar are on
   * it) export to everyone, as their module-info.java files say.
   */
  static List<String> exportedPackages(Path root, String classPath) {
    List<Path> entries = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator, -1)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize());
      }
    }
    List<String> packages = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.sorted().toList()) {
        Path info = module.resolve("src/main/java/module-info.java");
        // target/classes in `mvn test`, the module's jar in target/ from `mvn package` on.
        Path target = module.resolve("target").toAbsolutePath().normalize();
        if (Files.isRegularFile(info) && entries.stream().anyMatch(e -> e.startsWith(target))) {
          Matcher exports = EXPORTS.matcher(Files.readString(info, StandardCharsets.UTF_8));
          while (exports.find()) {
            packages.add(exports.group(1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return packages;
  }

  /**
   * The compilation unit of a snippet, in package {@code docsnippets.sN}, and for each of its lines
   * the Markdown line it came from (0 for lines the wrapping added).
   *
   * @param className the class that wraps statements or members
   */
  static Unit unit(Snippet snippet, int number, String className, List<String> exported) {
    Unit unit = new Unit(PACKAGE + ".s" + number, className);
    unit.add("package " + unit.packageName() + ";", 0);
    for (String p : exported) {
      unit.add("import " + p + ".*;", 0);
    }
    JAVA_IMPORTS.forEach(i -> unit.add(i, 0));
    snippet.hiddenImports().forEach(i -> unit.add(i, 0));
    for (int i = 0; i < snippet.lines().size(); i++) {
      if (snippet.lines().get(i).startsWith("import ")) {
        unit.add(snippet.lines().get(i), snippet.firstLine() + i);
      }
    }
    Snippet.Kind kind = snippet.kind();
    if (kind == Snippet.Kind.STATEMENTS) {
      unit.add("public class " + className + " {", 0);
      unit.add("public void run() throws Exception {", 0);
    } else if (kind == Snippet.Kind.MEMBERS) {
      unit.add("public class " + className + " {", 0);
    }
    snippet.context().forEach(c -> unit.add(c, 0));
    List<String> body = snippet.body();
    for (int i = 0; i < body.size(); i++) {
      unit.add(body.get(i), snippet.firstLine() + i);
    }
    if (kind == Snippet.Kind.STATEMENTS) {
      unit.add("}", 0);
      unit.add("}", 0);
    } else if (kind == Snippet.Kind.MEMBERS) {
      unit.add("}", 0);
    }
    return unit;
  }

  /** Generated Java source, line by line, remembering where each line came from. */
  static final class Unit {
    private final String packageName;
    private final String className;
    private final StringBuilder text = new StringBuilder();
    private final List<Integer> origins = new ArrayList<>();

    Unit(String packageName, String className) {
      this.packageName = packageName;
      this.className = className;
    }

    void add(String line, int origin) {
      text.append(line).append('\n');
      origins.add(origin);
    }

    String packageName() {
      return packageName;
    }

    String className() {
      return className;
    }

    String text() {
      return text.toString();
    }

    /** The Markdown line of a generated line (1-based), or 0 if the wrapping added it. */
    int origin(long generatedLine) {
      return generatedLine >= 1 && generatedLine <= origins.size()
          ? origins.get((int) generatedLine - 1)
          : 0;
    }
  }
}
