package org.oversight.register.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that remembers why a write failed ({@code > /dev/full}, a closed pipe), so the
 * command can say so: a {@link java.io.PrintWriter} only records that some write failed.
 */
final class StandardOutput extends FilterOutputStream {
  private volatile @Nullable String failure;

  StandardOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      String message = e.getMessage();
      failure = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
    return e;
  }

  /** Why the first write failed, or an empty string if none did or the reason is unknown. */
  String failure() {
    String why = failure;
    return why == null ? "" : why;
  }
}
