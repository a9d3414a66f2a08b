package org.oversight.register.json;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.oversight.register.validation.Problem;

/**
 * The check of a character source passes runs of ordinary characters over in bulk: it must find the
 * same first problem, at the same place, as the check of one character at a time, whatever the
 * chunks the text arrives in.
 */
class CheckedCharsTest {
  /** Ordinary characters, line breaks, the parts of escapes, and both halves of a pair. */
  private static final char[] ALPHABET = {
    'a', ' ', '"', '\u00e9', '\u4e2d', '\n', '\r', '\\', 'u', 'd', 'D', '8', '0', 'c', '\uD83D',
    '\uDE00'
  };

  @Test
  void theCheckInBulkFindsWhatTheCheckOfEachCharacterFinds() {
    qt().withFixedSeed(20_161)
        .withExamples(5000)
        .forAll(
            lists().of(integers().between(0, 4 * ALPHABET.length - 1)).ofSizeBetween(0, 60),
            integers().between(1, 40))
        .checkAssert(
            (picks, chunk) -> {
              StringBuilder text = new StringBuilder();
              for (int pick : picks) {
                // Mostly ordinary characters, so that runs of them occur.
                text.append(pick < 3 * ALPHABET.length ? 'a' : ALPHABET[pick % ALPHABET.length]);
              }
              String s = text.toString();
              Problem expected = InputText.firstProblem(s);
              ReadResult read = readInChunks(s, chunk);

              assertThat(read.problem()).as("problem in %s", escaped(s)).isEqualTo(expected);
              if (expected == null) {
                assertThat(read.text()).isEqualTo(s);
              } else {
                assertThat(s).startsWith(read.text());
              }
            });
  }

  @Test
  void aLoneHalfAfterALongOrdinaryRunIsPlacedOnItsLineAndColumn() {
    String s = "a".repeat(5000) + "\n" + "b".repeat(3000) + "\uDE00" + "c".repeat(100);

    ReadResult read = readInChunks(s, 4096);

    Problem problem = requireNonNull(read.problem());
    assertThat(List.of(problem.line(), problem.column())).containsExactly(2, 3001);
    assertThat(read.text()).isEqualTo(s.substring(0, 5001 + 3000));
  }

  private record ReadResult(String text, @Nullable Problem problem) {}

  private static ReadResult readInChunks(String s, int chunk) {
    Reader source =
        new Reader() {
          private final StringReader in = new StringReader(s);

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, Math.min(length, chunk));
          }

          @Override
          public void close() {}
        };
    Reader checked = InputText.checked(source);
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n; (n = checked.read(buffer, 0, buffer.length)) >= 0; ) {
        out.append(buffer, 0, n);
      }
    } catch (InputText.Invalid e) {
      return new ReadResult(out.toString(), e.problem());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new ReadResult(out.toString(), null);
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(c -> out.append(c < 0x7f && c >= 0x20 ? "" + (char) c : "\\u%04x".formatted(c)));
    return out.toString();
  }
}
