package org.oversight.register.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.oversight.register.model.Asset;

/**
 * Output does not grow the heap with the number of rows (issue 13 item 6): a million-row table
 * prints in a heap far too small to hold its rows, because the rows are never held. The assets are
 * made on demand by a list that holds none of them, so the heap limit measures the printer alone.
 */
class BoundedMemoryTest {
  private static final int ROWS = 1_000_000;

  /** A million rows of 21 columns held at once would need hundreds of megabytes. */
  private static final String HEAP = "-Xmx48m";

  /** Prints a table of {@code args[0]} made-up assets to nowhere, then the number of lines. */
  public static void main(String[] args) {
    int rows = Integer.parseInt(args[0]);
    List<Asset> assets = MadeUpCameras.of(rows, "Axis Communications");
    long[] lines = {0};
    Writer counting =
        new Writer() {
          @Override
          public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
              if (chars[i] == '\n') {
                lines[0]++;
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    PrintWriter out = new PrintWriter(counting);
    AssetTable.print(assets, OutputFormat.table, out);
    out.flush();
    System.out.println(lines[0]);
  }

  @Test
  void aMillionRowTablePrintsInASmallFixedHeap() throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP,
                "-cp",
                System.getProperty("java.class.path"),
                BoundedMemoryTest.class.getName(),
                Integer.toString(ROWS))
            .start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEmpty();
    assertThat(process.exitValue()).isZero();
    assertThat(out.strip()).isEqualTo(Long.toString(ROWS + 2L)); // header, rows, the count
  }
}
