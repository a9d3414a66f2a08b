package org.oversight.register.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles snippets with javax.tools, all in one task, against the test class path (the modules'
 * classes and their dependencies), and reports each error at its Markdown line.
 */
final class SnippetCompiler {
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^public (final |abstract |sealed )*(class|record|interface|enum) (\\w+)",
          Pattern.MULTILINE);

  private SnippetCompiler() {}

  /** The result: each snippet's unit and its errors (empty when it compiled). */
  record Compiled(
      Path classes, Map<Snippet, Snippets.Unit> units, Map<Snippet, List<String>> errors) {}

  static Compiled compile(List<Snippet> snippets, List<String> exported, Path classes) {
    Map<Snippet, Snippets.Unit> units = new LinkedHashMap<>();
    Map<JavaFileObject, Snippet> sources = new LinkedHashMap<>();
    Map<Snippet, List<String>> errors = new LinkedHashMap<>();
    for (int i = 0; i < snippets.size(); i++) {
      Snippet snippet = snippets.get(i);
      Snippets.Unit unit = Snippets.unit(snippet, i + 1, "Snippet", exported);
      units.put(snippet, unit);
      errors.put(snippet, new ArrayList<>());
      Matcher publicType = PUBLIC_TYPE.matcher(unit.text());
      String fileName = publicType.find() ? publicType.group(3) : unit.className();
      sources.put(source(unit, fileName), snippet);
    }
    compile(sources, units, errors, classes);
    // javac writes no class at all when any unit has an error: compile the good ones again so
    // that they still run.
    Map<JavaFileObject, Snippet> good = new LinkedHashMap<>(sources);
    good.values().removeIf(snippet -> !errors.get(snippet).isEmpty());
    if (good.size() < sources.size() && !good.isEmpty()) {
      compile(good, units, errors, classes);
    }
    return new Compiled(classes, units, errors);
  }

  private static void compile(
      Map<JavaFileObject, Snippet> sources,
      Map<Snippet, Snippets.Unit> units,
      Map<Snippet, List<String>> errors,
      Path classes) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      List<String> options =
          List.of(
              "--release",
              "17",
              "-proc:none",
              "-encoding",
              "UTF-8",
              "-classpath",
              classPath(),
              "-d",
              classes.toString());
      StringWriter output = new StringWriter();
      javac.getTask(output, files, diagnostics, options, null, sources.keySet()).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      Snippet snippet = sources.get(d.getSource());
      if (snippet == null) {
        throw new AssertionError("javac: " + d.getMessage(Locale.ROOT));
      }
      int line = units.get(snippet).origin(d.getLineNumber());
      errors
          .get(snippet)
          .add(
              snippet.source()
                  + ":"
                  + (line > 0 ? line : snippet.firstLine() + " (in the hidden context)")
                  + ": "
                  + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
    }
  }

  /** The test class path: Surefire passes it in a property of its own. */
  static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }

  private static JavaFileObject source(Snippets.Unit unit, String fileName) {
    String path = unit.packageName().replace('.', '/') + "/" + fileName + ".java";
    return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return unit.text();
      }
    };
  }
}
