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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * An organisation's letter template that does not compile, or a snippet of its wording that does
   * not, fails the letter as the letter template's failure, naming what broke, with nothing
   * written. A record's heading is worded only when the template reaches the record: without
   * compiling every snippet first, the letter's opening would be written before the snippet failed.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          letter.txt.mustache | Dear {{#unclosed}} requester | foia/letter.txt.mustache
          wording.properties  | record.ASSET = {{#unclosed}}  | foia/wording.properties#record.ASSET
          """)
  void anOrganisationsBrokenTemplateOrSnippetFailsBeforeAnythingIsWritten(
      String file, String content, String broken, @TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("foia"));
    Files.writeString(dir.resolve("foia").resolve(file), content + "\n");
    StringWriter out = new StringWriter();

    assertThatThrownBy(
            () -> FoiRenderer.withTemplates(dir).letter(RESPONSE, FoiRenderer.Format.TEXT, out))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("template foia/letter.txt.mustache failed: ")
        .hasMessageContaining(broken);
    assertThat(out.toString()).isEmpty();
  }
}
