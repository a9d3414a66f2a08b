package org.oversight.register.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Letters written to a {@link Writer} as they are rendered (issue 13 item 6): the same characters
 * as the string form, the writer's failure reported as itself, and an organisation's broken
 * template found before anything is written.
 */
class StreamedLetterTest {
  private static final FoiResponse RESPONSE =
      FoiResponder.standard()
          .respond(
              OvertRegister.of(EssexRequestTest.essexRegister(true)),
              EssexRequestTest.essexRequest(),
              LocalDate.of(2021, 9, 20));

  @Test
  void aLetterWrittenToAWriterIsTheLetterAsAString() throws IOException {
    FoiRenderer renderer = FoiRenderer.standard();
    for (FoiRenderer.Format format : FoiRenderer.Format.values()) {
      StringWriter out = new StringWriter();
      renderer.letter(RESPONSE, format, out);
      assertThat(out.toString()).isEqualTo(renderer.letter(RESPONSE, format)).contains("16076");
    }
    StringWriter workings = new StringWriter();
    renderer.workings(RESPONSE, workings);
    assertThat(workings.toString()).isEqualTo(renderer.workings(RESPONSE)).contains("16076");
  }

  @Test
  void theLetterFlushesItsWriterAndDoesNotCloseIt() throws IOException {
    int[] flushes = {0};
    boolean[] closed = {false};
    StringWriter text = new StringWriter();
    Writer out =
        new FilterWriter(text) {
          @Override
          public void flush() throws IOException {
            flushes[0]++;
            super.flush();
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };

    FoiRenderer.standard().letter(RESPONSE, FoiRenderer.Format.TEXT, out);

    assertThat(flushes[0]).isPositive();
    assertThat(closed[0]).isFalse();
    assertThat(text.toString()).isEqualTo(FoiRenderer.plainText(RESPONSE));
  }

  @Test
  void aWriterThatFailsFailsTheRenderingWithItsOwnException() {
    Writer full =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> FoiRenderer.standard().letter(RESPONSE, FoiRenderer.Format.TEXT, full))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
  }

  @Test
  void anOrganisationsLetterTemplateThatDoesNotCompileIsTheTemplatesFailure(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("foia"));
    Files.writeString(dir.resolve("foia/letter.txt.mustache"), "Dear {{#unclosed}} requester\n");
    StringWriter out = new StringWriter();

    assertThatThrownBy(
            () -> FoiRenderer.withTemplates(dir).letter(RESPONSE, FoiRenderer.Format.TEXT, out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("template foia/letter.txt.mustache failed: ");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aBrokenSnippetInAnOrganisationsTemplatesFailsBeforeAnythingIsWritten(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("foia"));
    // A record's heading is worded only when the template reaches the record: without compiling
    // first, the letter's opening would be written before the snippet failed.
    Files.writeString(dir.resolve("foia/wording.properties"), "record.ASSET = {{#unclosed}}\n");
    StringWriter out = new StringWriter();

    assertThatThrownBy(
            () -> FoiRenderer.withTemplates(dir).letter(RESPONSE, FoiRenderer.Format.TEXT, out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("foia/wording.properties#record.ASSET");
    assertThat(out.toString()).isEmpty();
  }
}
