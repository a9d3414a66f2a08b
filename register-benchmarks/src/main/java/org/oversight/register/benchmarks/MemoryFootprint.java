package org.oversight.register.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.jspecify.annotations.Nullable;
import org.openjdk.jol.info.GraphLayout;
import org.oversight.register.AssetRegister;
import org.oversight.register.json.RegisterJson;
import org.oversight.register.model.Asset;
import org.oversight.register.model.AssetCategory;
import org.oversight.register.model.AssetStatus;
import org.oversight.register.model.Capability;
import org.oversight.register.model.Deployment;

/**
 * Retained bytes per asset of the indexed register (JOL), beside the same data as plain
 * canonicalised records, and the peak heap while {@link RegisterJson} reads a document. Not a JMH
 * benchmark: sizes are exact, not timed. Run:
 *
 * <pre>
 * java -Djol.magicFieldOffset=true -Xms6g -Xmx6g -Xmn64m \
 *     -cp register-benchmarks/target/benchmarks.jar \
 *     org.oversight.register.benchmarks.MemoryFootprint 1000000
 * </pre>
 *
 * <p>Peak heap: during the read a sampler thread asks for a full collection every 5 ms or more
 * ({@code System.gc()}), and a listener on GC notifications records the heap in use after each of
 * those full collections (young ones are ignored: the old generation still holds garbage after
 * them; {@code -Xmn64m} keeps young garbage small between samples). The highest such figure, less
 * the heap in use before the read (the document's bytes included there), is the peak live heap the
 * read needed, sampled; the read itself runs slower while sampled.
 */
public final class MemoryFootprint {
  // Keeps a measured result reachable until the heap after it has been read.
  @SuppressWarnings("UnusedVariable") // written only: its job is to keep the result reachable
  private static volatile @Nullable Object sink;

  private MemoryFootprint() {}

  /**
   * One asset as plain canonicalised record: every string, capability set, date and id list shared
   * between equal values.
   */
  record CanonicalAsset(
      String id,
      @Nullable String description,
      @Nullable String manufacturer,
      @Nullable String brand,
      @Nullable String model,
      AssetCategory category,
      Set<Capability> capabilities,
      Deployment deployment,
      boolean owned,
      boolean operated,
      AssetStatus status,
      @Nullable LocalDate inServiceFrom,
      @Nullable LocalDate inServiceUntil,
      int quantity,
      @Nullable String site,
      List<String> dpiaIds,
      List<String> contractIds,
      @Nullable String authorisationRef,
      @Nullable String notes) {}

  /**
   * Prints the figures.
   *
   * @param args the number of assets (default 100000)
   * @throws Exception if the register cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    RegisterJson json = RegisterJson.standard();
    byte[] document = document(json, size);
    // Peak live heap while parsing and validating only, then during the full read.
    long[] contentsPeak = peakLive(() -> json.readContents(new ByteArrayInputStream(document)));
    Object[] read = new Object[1];
    long[] readPeak =
        peakLive(
            () -> {
              read[0] = json.read(new ByteArrayInputStream(document));
              return read[0];
            });
    AssetRegister register = (AssetRegister) java.util.Objects.requireNonNull(read[0]);
    long retainedByHeap = readPeak[1];
    long peakDuring = readPeak[0];

    List<CanonicalAsset> canonical = canonical(register.assets());
    long registerBytes = GraphLayout.parseInstance(register).totalSize();
    long canonicalBytes = GraphLayout.parseInstance(canonical).totalSize();
    long assetsOnly = GraphLayout.parseInstance(register.assets()).totalSize();
    System.out.printf(
        "assets: %d; document %d bytes (%.0f per asset)%n",
        size, document.length, (double) document.length / size);
    System.out.printf(
        "register read from JSON, indexes included (JOL): %.1f bytes per asset%n",
        (double) registerBytes / size);
    System.out.printf(
        "  of which the asset objects alone: %.1f bytes per asset%n", (double) assetsOnly / size);
    System.out.printf(
        "plain canonicalised records (JOL): %.1f bytes per asset%n",
        (double) canonicalBytes / size);
    System.out.printf(
        "ratio register / canonical records: %.3f (goal <= 1.25)%n",
        (double) registerBytes / canonicalBytes);
    System.out.printf(
        "heap retained by the read (MemoryMXBean, after GC): %d MB%n", retainedByHeap >> 20);
    System.out.printf("peak heap in use during the read, after each GC: %d MB%n", peakDuring >> 20);
    System.out.printf(
        "ratio peak / retained register (JOL): %.2f (goal <= 2)%n",
        (double) peakDuring / registerBytes);
    System.out.printf(
        "peak live heap while only parsing and validating (readContents): %d MB (%.2f x register)%n",
        contentsPeak[0] >> 20, (double) contentsPeak[0] / registerBytes);
  }

  /** In its own frame, so that the generated register is garbage before the read is measured. */
  private static byte[] document(RegisterJson json, int size) throws java.io.IOException {
    AssetRegister generated = AssetRegister.of(Fixtures.contents(size));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    json.write(generated, out);
    return out.toByteArray();
  }

  /**
   * Runs {@code work} while sampling the live heap; returns the peak live heap above the baseline
   * and the heap retained afterwards (the result kept reachable), in bytes.
   */
  static long[] peakLive(java.util.concurrent.Callable<Object> work) throws Exception {
    long before = usedAfterGc();
    AtomicLong peak = new AtomicLong(before);
    List<Runnable> stop = listen(peak);
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                long gcStart = System.nanoTime();
                System.gc();
                // Sample often, but leave the read at least four fifths of the time.
                long pause = Math.max(5, (System.nanoTime() - gcStart) * 4 / 1_000_000);
                try {
                  Thread.sleep(pause);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
              }
            },
            "live-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    Object result = work.call();
    running.set(false);
    sampler.join();
    stop.forEach(Runnable::run);
    long after = usedAfterGc();
    sink = result;
    return new long[] {Math.max(peak.get(), after) - before, after - before};
  }

  private static long usedAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<Runnable> listen(AtomicLong peak) {
    List<Runnable> stop = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      NotificationEmitter emitter = (NotificationEmitter) gc;
      javax.management.NotificationListener listener =
          (notification, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                notification.getType())) {
              return;
            }
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            if (!"System.gc()".equals(info.getGcCause())) {
              // After a young collection the old generation still holds garbage: not live data.
              return;
            }
            long used = 0;
            for (MemoryUsage usage : info.getGcInfo().getMemoryUsageAfterGc().values()) {
              used += usage.getUsed();
            }
            peak.accumulateAndGet(used, Math::max);
          };
      emitter.addNotificationListener(listener, null, null);
      stop.add(
          () -> {
            try {
              emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
              throw new IllegalStateException(e);
            }
          });
    }
    return stop;
  }

  private static List<CanonicalAsset> canonical(List<Asset> assets) {
    Map<Object, Object> shared = new HashMap<>();
    List<CanonicalAsset> result = new ArrayList<>(assets.size());
    for (Asset a : assets) {
      result.add(
          new CanonicalAsset(
              a.id().value(),
              share(shared, a.description()),
              share(shared, a.manufacturer()),
              share(shared, a.brand()),
              share(shared, a.model()),
              a.category(),
              shareNonNull(shared, Set.copyOf(a.capabilities())),
              a.deployment(),
              a.owned(),
              a.operated(),
              a.status(),
              share(shared, a.inServiceFrom()),
              share(shared, a.inServiceUntil()),
              a.quantity(),
              share(shared, a.site()),
              shareNonNull(shared, List.copyOf(a.dpiaIds())),
              shareNonNull(shared, List.copyOf(a.contractIds())),
              share(shared, a.authorisationRef()),
              share(shared, a.notes())));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private static <T> T shareNonNull(Map<Object, Object> shared, T value) {
    return (T) shared.computeIfAbsent(value, v -> v);
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable T share(Map<Object, Object> shared, @Nullable T value) {
    return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
  }
}
