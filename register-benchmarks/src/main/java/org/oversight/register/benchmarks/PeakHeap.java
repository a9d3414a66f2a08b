package org.oversight.register.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterFormatException;
import org.oversight.register.json.RegisterJson;

/**
 * The steps of {@code scripts/peak-heap.sh}, which finds the smallest {@code -Xmx} at which {@link
 * RegisterJson#read(Path)} of a generated document succeeds. Not a JMH benchmark.
 *
 * <ul>
 *   <li>{@code write FILE SIZE}: writes the synthetic register of SIZE assets ({@link
 *       Fixtures#SEED}) to FILE.
 *   <li>{@code read FILE}: reads FILE into a register and exits 0; a run out of memory exits
 *       non-zero (the JVM's own error).
 *   <li>{@code retained FILE}: reads FILE and prints the heap the register retains: heap in use
 *       after full collections with the register reachable, less the same before the read (the
 *       JVM's own objects). Run it with a heap large enough not to matter.
 * </ul>
 */
public final class PeakHeap {
  // Keeps the register reachable while the heap is measured.
  @SuppressWarnings("UnusedVariable") // written only: its job is to keep the register reachable
  private static volatile @Nullable Object sink;

  private PeakHeap() {}

  /**
   * Runs one step.
   *
   * @param args the step and its arguments
   * @throws IOException if the file cannot be written or read
   * @throws RegisterFormatException if the document does not read back
   */
  public static void main(String[] args) throws IOException, RegisterFormatException {
    if (args.length == 3 && args[0].equals("write")) {
      AssetRegister register = AssetRegister.of(Fixtures.contents(Integer.parseInt(args[2])));
      RegisterJson.standard().write(register.contents(), Path.of(args[1]));
      System.out.printf(
          Locale.ROOT,
          "%d assets, %d bytes%n",
          register.assets().size(),
          Files.size(Path.of(args[1])));
    } else if (args.length == 2 && args[0].equals("read")) {
      AssetRegister register = RegisterJson.standard().read(Path.of(args[1]));
      System.out.printf(Locale.ROOT, "read %d assets%n", register.assets().size());
    } else if (args.length == 2 && args[0].equals("retained")) {
      // Load the classes first, so that the baseline and the measure differ by the register only.
      RegisterJson json = RegisterJson.standard();
      sink = json.parse(json.writeString(AssetRegister.of(Fixtures.contents(10))));
      sink = null;
      long before = usedAfterFullCollections();
      AssetRegister register = RegisterJson.standard().read(Path.of(args[1]));
      sink = register;
      long after = usedAfterFullCollections();
      System.out.printf(
          Locale.ROOT,
          "retained %d bytes, %.1f per asset, %d assets%n",
          after - before,
          (double) (after - before) / register.assets().size(),
          register.assets().size());
    } else {
      throw new IllegalArgumentException("usage: write FILE SIZE | read FILE | retained FILE");
    }
  }

  private static long usedAfterFullCollections() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
