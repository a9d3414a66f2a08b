package org.oversight.register.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.util.HtmlEscaper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's templates: logic-less Mustache, read from this module's resources. Every {@code
 * {{value}}} is made {@linkplain Format#safeText safe} and then HTML-escaped by the engine
 * (including quotes, so values are safe in quoted attributes too); the templates use no unescaped
 * tags. The one style sheet is a partial, constant, whose hash the page's Content-Security-Policy
 * names so that nothing else can style, script or load anything.
 */
final class Templates {
  private static final String STYLE = "style.mustache";

  private static final DefaultMustacheFactory FACTORY =
      new DefaultMustacheFactory(Templates::reader) {
        @Override
        public void encode(String value, Writer writer) {
          HtmlEscaper.escape(Format.safeText(value), writer);
        }
      };

  /** The page. */
  static final Mustache REPORT = FACTORY.compile("report.mustache");

  /** The CSP source of the style sheet: {@code sha256-BASE64}. */
  static final String STYLE_HASH = styleHash();

  private Templates() {}

  static String render(Object model) {
    StringWriter out = new StringWriter(64 * 1024);
    REPORT.execute(out, model);
    return out.toString();
  }

  /** The style sheet as the page holds it: the partial rendered on its own. */
  static String style() {
    StringWriter out = new StringWriter();
    FACTORY.compile(new StringReader(read(STYLE)), "style-only").execute(out, new Object());
    return out.toString();
  }

  private static String styleHash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(style().getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static Reader reader(String name) {
    return new StringReader(read(name));
  }

  private static String read(String name) {
    try (InputStream in = Templates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new MustacheException("the report template " + name + " is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // A template file's final line break is not part of what it renders.
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report template " + name, e);
    }
  }
}
