package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The small parts the commands share: converters, JSON strings, quoting, standard output. */
class CliPartsTest {
  @Test
  void jsonStringEscapesQuotesBackslashesAndWhitespaceControlsByName() {
    assertThat(AssetTable.jsonString("a\"b\\c\nd\re\tf")).isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\"");
    assertThat(AssetTable.jsonString("")).isEqualTo("\"\"");
  }

  @Test
  void jsonStringEscapesOtherControlsFormatCharactersAndLoneSurrogatesAsUnicode() {
    assertThat(AssetTable.jsonString("bell\u0007 del\u007f rlo\u202e ls\u2028 lone\ud800."))
        .isEqualTo("\"bell\\u0007 del\\u007f rlo\\u202e ls\\u2028 lone\\ud800.\"");
  }

  @Test
  void jsonStringKeepsPrintableTextOutsideTheBasicPlaneAsItIs() {
    assertThat(AssetTable.jsonString("Caf\u00e9 \ud83d\udcf7 \u5916"))
        .isEqualTo("\"Caf\u00e9 \ud83d\udcf7 \u5916\"");
  }

  @Test
  void quotedEscapesQuotesAndControls() {
    assertThat(Printable.quoted("a\"b\nc")).isEqualTo("\"a\\\"b\\nc\"");
    assertThat(Printable.of("x\u202ey")).isEqualTo("x\\u202Ey");
  }

  @Test
  void aRevisionIsLatestOrANumberFromOne() {
    Revisions revisions = new Revisions();

    assertThat(revisions.convert("latest")).isEqualTo(Revisions.LATEST);
    assertThat(revisions.convert("1")).isEqualTo(1L);
    assertThat(revisions.convert("42")).isEqualTo(42L);
    for (String bad : new String[] {"0", "-1", "first", "Latest", ""}) {
      assertThatThrownBy(() -> revisions.convert(bad))
          .as(bad)
          .isInstanceOf(TypeConversionException.class)
          .hasMessage("\"" + bad + "\" is not a revision (a number from 1, or latest)");
    }
  }

  @Test
  void anInstantIsUtcOrHasAnOffset() {
    InstantConverter instants = new InstantConverter();

    assertThat(instants.convert("2021-09-06T09:12:00Z"))
        .isEqualTo(Instant.parse("2021-09-06T09:12:00Z"));
    assertThat(instants.convert("2021-09-06T10:12:00+01:00"))
        .isEqualTo(Instant.parse("2021-09-06T09:12:00Z"));
    assertThatThrownBy(() -> instants.convert("6 Sept\n"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage(
            "\"6 Sept\\n\" is not an instant (yyyy-MM-ddTHH:mm:ssZ or with an offset such as"
                + " +01:00)");
  }

  @Test
  void aDateIsARealDateFromYearOne() {
    assertThat(RegisterCli.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(RegisterCli.date("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
    for (String bad : new String[] {"0000-12-31", "2023-02-29", "2021-9-6", "yesterday"}) {
      assertThatThrownBy(() -> RegisterCli.date(bad))
          .as(bad)
          .isInstanceOf(TypeConversionException.class)
          .hasMessage(bad + " is not a date (yyyy-MM-dd)");
    }
  }

  @Test
  void standardOutputPassesEveryWriteThroughAndKnowsNoFailure() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StandardOutput out = new StandardOutput(bytes);

    out.write('a');
    out.write(new byte[] {'x', 'b', 'c', 'y'}, 1, 2);
    out.flush();

    assertThat(bytes.toString(java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("abc");
    assertThat(out.failure()).isEmpty();
  }

  @Test
  void standardOutputRemembersWhyTheFirstWriteFailed() {
    StandardOutput single = new StandardOutput(new Failing("No space left on device"));
    StandardOutput array = new StandardOutput(new Failing("Broken pipe"));
    StandardOutput flush = new StandardOutput(new Failing("Stale file handle"));

    assertThatThrownBy(() -> single.write('a')).hasMessage("No space left on device");
    assertThatThrownBy(() -> array.write(new byte[] {'a'}, 0, 1)).hasMessage("Broken pipe");
    assertThatThrownBy(flush::flush).hasMessage("Stale file handle");

    assertThat(single.failure()).isEqualTo("No space left on device");
    assertThat(array.failure()).isEqualTo("Broken pipe");
    assertThat(flush.failure()).isEqualTo("Stale file handle");
  }

  @Test
  void standardOutputKeepsTheFirstReasonAndNamesTheExceptionWhenThereIsNone() {
    Failing failing = new Failing("first");
    StandardOutput out = new StandardOutput(failing);
    StandardOutput unexplained = new StandardOutput(new Failing(null));
    StandardOutput blank = new StandardOutput(new Failing(" "));

    assertThatThrownBy(() -> out.write('a')).isInstanceOf(IOException.class);
    failing.message = "second";
    assertThatThrownBy(out::flush).hasMessage("second");
    assertThatThrownBy(() -> unexplained.write('a')).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> blank.write('a')).isInstanceOf(IOException.class);

    assertThat(out.failure()).isEqualTo("first");
    assertThat(unexplained.failure()).isEqualTo("IOException");
    assertThat(blank.failure()).isEqualTo("IOException");
  }

  /** A stream whose every operation fails with the given message. */
  static final class Failing extends OutputStream {
    @org.jspecify.annotations.Nullable String message;

    Failing(@org.jspecify.annotations.Nullable String message) {
      this.message = message;
    }

    @Override
    public void write(int b) throws IOException {
      throw new IOException(message);
    }

    @Override
    public void flush() throws IOException {
      throw new IOException(message);
    }
  }
}
