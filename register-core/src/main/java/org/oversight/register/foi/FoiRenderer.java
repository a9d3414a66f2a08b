package org.oversight.register.foi;

import static java.util.Objects.requireNonNull;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.MapObjectHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Words a {@link FoiResponse} through logic-less templates (mustache): a plain-text letter a
 * disclosure officer can send, the same letter in Markdown, and the officer's workings and
 * warnings, which never go to the requester. Text and Markdown come from the same decisions.
 *
 * <p>Each regime has its own templates, resources of this package under {@code templates/foia/} and
 * {@code templates/foisa/}: {@code letter.txt.mustache}, {@code letter.md.mustache}, {@code
 * workings.txt.mustache}, and {@code wording.properties}, whose every value is a mustache snippet
 * (one per sentence: outcomes, answers, each exemption's reasons and public interest test, the NCND
 * paragraph, rights, warnings, labels of codes). An organisation changes any of them without a
 * release with {@link #withTemplates(Path)}: a directory laid out the same way, whose files replace
 * the shipped ones and whose {@code wording.properties} keys replace the shipped keys one by one
 * (see docs/foi.md).
 *
 * <p>Every value from the register or the request passes through one escaping function before it is
 * printed (line breaks, control and bidirectional characters written as visible escapes, and
 * Markdown's structural characters escaped in Markdown), so that no value can forge a paragraph.
 * The output depends on the response and the templates alone — never on the clock, the locale or
 * the platform — and lines end with {@code \n}.
 *
 * <p>Immutable and thread-safe.
 */
public final class FoiRenderer {
  private static final FoiRenderer STANDARD = new FoiRenderer(null);

  /** How a letter is written. */
  public enum Format {
    /** Plain text, a letter to send. */
    TEXT("txt"),
    /** Markdown, with the same content. */
    MARKDOWN("md");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The one escaping function for values printed in this format. */
    String escape(String value) {
      return this == MARKDOWN ? LetterText.markdown(value) : LetterText.line(value);
    }
  }

  private final @Nullable Path templates;
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
  private final Map<String, Properties> wordings = new ConcurrentHashMap<>();
  private final Map<Format, Factory> factories = new ConcurrentHashMap<>();

  private FoiRenderer(@Nullable Path templates) {
    this.templates = templates;
  }

  /**
   * Returns the renderer with the shipped templates.
   *
   * @return the shared renderer, never null
   */
  public static FoiRenderer standard() {
    return STANDARD;
  }

  /**
   * Returns a renderer whose templates an organisation overrides: files in {@code directory} (laid
   * out as {@code foia/letter.txt.mustache}, {@code foisa/wording.properties} and so on) replace
   * the shipped ones; a {@code wording.properties} there replaces the shipped keys it holds. Files
   * are read when first needed.
   *
   * @param directory the organisation's template directory
   * @return a new renderer, never null
   */
  public static FoiRenderer withTemplates(Path directory) {
    return new FoiRenderer(requireNonNull(directory, "directory"));
  }

  /**
   * Renders the response as a plain-text letter with the shipped templates.
   *
   * @param response the response
   * @return the letter, never null
   */
  public static String plainText(FoiResponse response) {
    return STANDARD.letter(response, Format.TEXT);
  }

  /**
   * Renders the response as Markdown with the shipped templates.
   *
   * @param response the response
   * @return the document, never null
   */
  public static String markdown(FoiResponse response) {
    return STANDARD.letter(response, Format.MARKDOWN);
  }

  /**
   * Renders the letter: dated, addressed, each question restated with its answer and the records
   * disclosed field by field, the NCND paragraph, each exemption with why it applies and, for a
   * qualified one, the public interest test, advice and assistance, the "correct as at" date, and
   * how to ask for a review and complain.
   *
   * @param response the response
   * @param format text or Markdown
   * @return the letter, never null
   * @throws IllegalStateException if a template or a wording key is missing or broken
   * @throws UncheckedIOException if an organisation's template cannot be read
   */
  public String letter(FoiResponse response, Format format) {
    StringWriter out = new StringWriter();
    try {
      letter(response, format, out);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the letter of {@link #letter(FoiResponse, Format)} to {@code out} as it is rendered, so
   * that a letter listing a quarter of a million records is never held whole in memory. The records
   * are worded one at a time as they are written. The caller owns {@code out}: it is flushed, not
   * closed. An organisation's templates ({@link #withTemplates(Path)}) are all compiled before the
   * first character is written, so that a broken one fails with nothing written.
   *
   * @param response the response
   * @param format text or Markdown
   * @param out where the letter is written
   * @throws IOException if writing to {@code out} fails
   * @throws IllegalStateException if a template or a wording key is missing or broken
   * @throws UncheckedIOException if an organisation's template cannot be read
   */
  public void letter(FoiResponse response, Format format, Writer out) throws IOException {
    requireNonNull(response, "response");
    requireNonNull(format, "format");
    requireNonNull(out, "out");
    render(response, "letter." + format.extension + ".mustache", format, out);
  }

  /**
   * Renders the officer's workings, an appendix never sent to the requester: the due date, why each
   * listed asset was listed, and the warnings.
   *
   * @param response the response
   * @return the text, never null
   */
  public String workings(FoiResponse response) {
    StringWriter out = new StringWriter();
    try {
      workings(response, out);
    } catch (IOException e) {
      throw new AssertionError("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes the officer's workings of {@link #workings(FoiResponse)} to {@code out} as they are
   * rendered; {@code out} is flushed, not closed.
   *
   * @param response the response
   * @param out where the workings are written
   * @throws IOException if writing to {@code out} fails
   */
  public void workings(FoiResponse response, Writer out) throws IOException {
    requireNonNull(response, "response");
    requireNonNull(out, "out");
    render(response, "workings.txt.mustache", Format.TEXT, out);
  }

  /**
   * Words the officer's warnings, one line each, for standard error and the JSON response.
   *
   * @param response the response
   * @return the warnings in order, never null
   */
  public List<String> warnings(FoiResponse response) {
    requireNonNull(response, "response");
    LetterView view = new LetterView(response, wording(response.regime(), Format.TEXT));
    return view.warningLines();
  }

  /**
   * Returns an exemption's short title in a regime's wording, as the letters cite it (such as
   * "commercial interests"), for other public renderings of the same decisions.
   *
   * @param exemption the exemption
   * @param regime the regime whose wording is used
   * @return the title, plain text, never null
   * @throws IllegalStateException if the templates have no title for the exemption
   */
  public String exemptionTitle(Exemption exemption, Regime regime) {
    requireNonNull(exemption, "exemption");
    requireNonNull(regime, "regime");
    return wording(regime, Format.TEXT).say("exemption." + exemption.key() + ".title");
  }

  private void render(FoiResponse response, String template, Format format, Writer out)
      throws IOException {
    Wording wording = wording(response.regime(), format);
    try {
      // Inside the try: an organisation's template that does not compile is reported as the
      // template's failure, with nothing written, like a broken snippet.
      Mustache mustache = template(response.regime(), template, format);
      if (templates != null) {
        wording.compileAll();
      }
      LetterView view = new LetterView(response, wording);
      mustache.execute(out, view.scope()).flush();
    } catch (MustacheException e) {
      // mustache.java wraps the writer's failure: it is the writer's, not the template's
      if (e.getCause() instanceof IOException failed) {
        throw failed;
      }
      if (e.getCause() instanceof UncheckedIOException failed) {
        throw failed.getCause();
      }
      throw new IllegalStateException(
          "template "
              + regimeDirectory(response.regime())
              + template
              + " failed: "
              + e.getMessage(),
          e);
    }
  }

  private Factory factory(Format format) {
    return factories.computeIfAbsent(format, f -> new Factory(f::escape));
  }

  private Mustache template(Regime regime, String name, Format format) {
    String path = regimeDirectory(regime) + name;
    return compiled.computeIfAbsent(
        format + ":" + path, k -> factory(format).compile(new StringReader(read(path)), path));
  }

  /** The wording of a regime, each snippet rendered with the format's escaping. */
  private Wording wording(Regime regime, Format format) {
    String path = regimeDirectory(regime) + "wording.properties";
    Properties properties = wordings.computeIfAbsent(path, this::properties);
    return new Wording(
        regime,
        format::escape,
        properties::getProperty,
        properties.stringPropertyNames(),
        key -> {
          String snippet = properties.getProperty(key);
          if (snippet == null) {
            throw new IllegalStateException(
                "no wording for \"" + key + "\" in " + path + ": add it to the templates");
          }
          return compiled.computeIfAbsent(
              format + ":" + path + "#" + key,
              k -> factory(format).compile(new StringReader(snippet), path + "#" + key));
        });
  }

  private Properties properties(String path) {
    Properties properties = new Properties();
    try (Reader in = new InputStreamReader(shipped(path), StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (templates != null) {
      Path own = templates.resolve(path);
      if (Files.isRegularFile(own)) {
        try (Reader in = Files.newBufferedReader(own, StandardCharsets.UTF_8)) {
          properties.load(in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + own, e);
        }
      }
    }
    return properties;
  }

  private String read(String path) {
    if (templates != null) {
      Path own = templates.resolve(path);
      if (Files.isRegularFile(own)) {
        try {
          return Files.readString(own, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + own, e);
        }
      }
    }
    try (InputStream in = shipped(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream shipped(String path) {
    InputStream in = FoiRenderer.class.getResourceAsStream("templates/" + path);
    if (in == null) {
      throw new IllegalStateException("the template " + path + " is missing from the jar");
    }
    return in;
  }

  private static String regimeDirectory(Regime regime) {
    return regime.name().toLowerCase(Locale.ROOT) + "/";
  }

  /** Compiles templates whose every {@code {{value}}} passes through one escaping function. */
  private static final class Factory extends DefaultMustacheFactory {
    private final UnaryOperator<String> escape;

    Factory(UnaryOperator<String> escape) {
      this.escape = escape;
      // Every scope a letter's templates read is a map (LetterView): names are looked up in the
      // maps directly, without the reflective guards that a scope of arbitrary objects needs.
      setObjectHandler(new MapObjectHandler());
    }

    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(escape.apply(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
