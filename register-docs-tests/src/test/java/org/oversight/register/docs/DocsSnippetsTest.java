package org.oversight.register.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} snippet of README.md and docs/*.md compiles against the modules and runs
 * (the convention: docs/snippets.md), so the docs cannot drift from the code.
 */
class DocsSnippetsTest {
  static final Path ROOT =
      Path.of(System.getProperty("docs.root", "..")).toAbsolutePath().normalize();

  @TempDir Path classes;

  @TestFactory
  Stream<DynamicTest> everySnippetCompilesAndRuns() {
    List<Snippet> snippets = Snippets.all(ROOT);
    assertThat(snippets).as("snippets found in README.md and docs/").hasSizeGreaterThan(5);
    SnippetCompiler.Compiled compiled =
        SnippetCompiler.compile(
            snippets, Snippets.exportedPackages(ROOT, SnippetCompiler.classPath()), classes);
    URLClassLoader loader = loader(compiled.classes());
    return snippets.stream()
        .map(
            snippet ->
                DynamicTest.dynamicTest(
                    snippet.name(),
                    () -> {
                      assertThat(compiled.errors().get(snippet))
                          .as("%s does not compile", snippet.name())
                          .isEmpty();
                      if (!snippet.compileOnly()) {
                        run(snippet, compiled.units().get(snippet), loader);
                      }
                    }));
  }

  @Test
  void aSnippetThatDoesNotCompileIsReportedAtItsMarkdownLine() {
    List<String> markdown =
        List.of(
            "# Title",
            "<!-- snippet:",
            "AssetRegister register = SampleRegisters.empty();",
            "-->",
            "```java",
            "int assets = register.assets().size();",
            "String wrong = register.noSuchMethod();",
            "```");
    List<Snippet> snippets = Snippets.parse("docs/example.md", markdown);

    SnippetCompiler.Compiled compiled =
        SnippetCompiler.compile(
            snippets, List.of("org.oversight.register", "org.oversight.register.testkit"), classes);

    assertThat(compiled.errors().get(snippets.get(0)))
        .singleElement()
        .asString()
        .startsWith("docs/example.md:7: cannot find symbol");
  }

  @Test
  void onlyThePackagesOfModulesOnTheClassPathAreImported() {
    List<String> packages = Snippets.exportedPackages(ROOT, SnippetCompiler.classPath());

    assertThat(packages)
        .contains("org.oversight.register", "org.oversight.register.json")
        .contains("org.oversight.register.testkit")
        .doesNotContain("org.oversight.register.cli");
  }

  @Test
  void snippetsAreStatementsMembersOrTypes() {
    List<Snippet> snippets =
        Snippets.parse(
            "x.md",
            List.of(
                "```java",
                "var x = List.of(1);",
                "```",
                "<!-- snippet: compile-only -->",
                "```java",
                "import static org.assertj.core.api.Assertions.assertThat;",
                "",
                "@Test",
                "void works() {",
                "  assertThat(1).isOne();",
                "}",
                "```",
                "```java",
                "record Point(int x, int y) {}",
                "```"));

    assertThat(snippets)
        .extracting(Snippet::kind)
        .containsExactly(Snippet.Kind.STATEMENTS, Snippet.Kind.MEMBERS, Snippet.Kind.TYPES);
    assertThat(snippets).extracting(Snippet::compileOnly).containsExactly(false, true, false);
    assertThat(snippets.get(1).imports())
        .containsExactly("import static org.assertj.core.api.Assertions.assertThat;");
    assertThat(snippets).extracting(Snippet::firstLine).containsExactly(2, 6, 14);
  }

  private static URLClassLoader loader(Path classes) {
    try {
      return new URLClassLoader(
          new URL[] {classes.toUri().toURL()}, DocsSnippetsTest.class.getClassLoader());
    } catch (java.net.MalformedURLException e) {
      throw new AssertionError(e);
    }
  }

  /** Runs statements, the {@code @Test} methods of members, or a type's {@code main}. */
  private static void run(Snippet snippet, Snippets.Unit unit, ClassLoader loader)
      throws Throwable {
    List<Method> toRun = new ArrayList<>();
    Object instance = null;
    switch (snippet.kind()) {
      case STATEMENTS -> {
        Class<?> type = loader.loadClass(unit.packageName() + "." + unit.className());
        instance = type.getConstructor().newInstance();
        toRun.add(type.getMethod("run"));
      }
      case MEMBERS -> {
        Class<?> type = loader.loadClass(unit.packageName() + "." + unit.className());
        instance = type.getConstructor().newInstance();
        for (Method method : type.getDeclaredMethods()) {
          if (method.isAnnotationPresent(Test.class)) {
            method.setAccessible(true);
            toRun.add(method);
          }
        }
        assertThat(toRun)
            .as("%s: members with no @Test method to run", snippet.name())
            .isNotEmpty();
      }
      case TYPES -> {
        for (String line : snippet.body()) {
          java.util.regex.Matcher type =
              java.util.regex.Pattern.compile("^.*(class|record|interface|enum) (\\w+).*$")
                  .matcher(line);
          if (type.matches()) {
            Class<?> declared = loader.loadClass(unit.packageName() + "." + type.group(2));
            for (Method method : declared.getDeclaredMethods()) {
              if (method.getName().equals("main") && Modifier.isStatic(method.getModifiers())) {
                method.setAccessible(true);
                toRun.add(method);
              }
            }
          }
        }
      }
    }
    for (Method method : toRun) {
      try {
        if (method.getParameterCount() == 1) {
          method.invoke(null, (Object) new String[0]);
        } else {
          method.invoke(instance);
        }
      } catch (InvocationTargetException e) {
        throw new AssertionError(
            snippet.name() + " failed when run: " + e.getCause(), e.getCause());
      }
    }
  }
}
