package org.oversight.register.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.oversight.register.validation.Problem;

/** Reading bytes through {@link InputText#checked}: the set-up the text checks' tests share. */
final class CheckedInput {
  private CheckedInput() {}

  /** A problem of the text itself: no source, no pointer, no record. */
  static Problem at(int line, int column, String message) {
    return new Problem("", line, column, "", null, message);
  }

  static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  /** The problem the checked stream finds reading all of these bytes, or null. */
  static @Nullable Problem byteProblem(byte[] bytes) {
    return problem(new ByteArrayInputStream(bytes));
  }

  /** The problem the checked stream finds reading these bytes {@code chunk} at a time, or null. */
  static @Nullable Problem trickled(byte[] bytes, int chunk) {
    return problem(new Trickle(bytes, chunk));
  }

  /** The problem the checked stream finds reading all of {@code in}, or null. */
  private static @Nullable Problem problem(InputStream in) {
    try (InputStream checked = InputText.checked(in)) {
      checked.readAllBytes();
      return null;
    } catch (InputText.Invalid e) {
      return e.problem();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Hands out at most {@code chunk} bytes per read, so that sequences are split between reads. */
  static final class Trickle extends ByteArrayInputStream {
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      super(bytes);
      this.chunk = chunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, chunk));
    }
  }
}
