package verbatim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Child-JVM entry point of the build measurement: watches the heap, then runs the real
 * {@code ./verbatim index --corpus DIR --index DIR} (the same {@code verbatim.cli.Main} the launcher runs, so
 * the same CorpusReader → language detection → QuoteFinder → Indexer path) and, when that command exits,
 * writes what it saw as JSON. Run by {@link Benchmark} as {@code java -Xmx1g -cp … verbatim.bench.BuildProbe
 * RESULT.json CORPUS_DIR INDEX_DIR}, so a heap above 1 GB would fail the build.
 *
 * <p>Heap figures: {@code peakUsedBytes} is the largest used heap seen at every GC (before collection, where the
 * used heap peaks) and by a 100 ms sampler (a 10 ms one took ~3% of the build's CPU); {@code peakAfterGcBytes} the
 * largest heap still in use right after a collection (the live set, what the build really needs);
 * {@code maxHeapBytes} the -Xmx limit.
 */
public final class BuildProbe {
  private BuildProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: BuildProbe RESULT.json CORPUS_DIR INDEX_DIR");
      System.exit(2);
    }
    Path result = Path.of(args[0]);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakUsed = new AtomicLong();
    AtomicLong peakAfterGc = new AtomicLong();
    AtomicLong peakCommitted = new AtomicLong();
    AtomicLong gcCount = new AtomicLong();
    AtomicLong gcMillis = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!(gc instanceof NotificationEmitter emitter)) continue;
      emitter.addNotificationListener((n, hb) -> {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long before = 0, after = 0;
        for (var e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) before += heapPool(e.getKey()) ? e.getValue().getUsed() : 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) after += heapPool(e.getKey()) ? e.getValue().getUsed() : 0;
        peakUsed.accumulateAndGet(before, Math::max);
        // concurrent cycles of G1 report phases without freeing: only count real collections as "after GC"
        if (!info.getGcAction().contains("concurrent") && !info.getGcName().contains("Concurrent"))
          peakAfterGc.accumulateAndGet(after, Math::max);
      }, null, null);
    }
    Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
      while (true) {
        MemoryUsage u = memory.getHeapMemoryUsage();
        peakUsed.accumulateAndGet(u.getUsed(), Math::max);
        peakCommitted.accumulateAndGet(u.getCommitted(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    long t0 = System.nanoTime();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      double seconds = (System.nanoTime() - t0) / 1e9;
      sampler.interrupt();
      MemoryUsage u = memory.getHeapMemoryUsage();
      peakUsed.accumulateAndGet(u.getUsed(), Math::max);
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        gcCount.addAndGet(Math.max(0, gc.getCollectionCount()));
        gcMillis.addAndGet(Math.max(0, gc.getCollectionTime()));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("seconds", seconds);
      out.put("peakUsedBytes", peakUsed.get());
      out.put("peakAfterGcBytes", peakAfterGc.get());
      out.put("peakCommittedBytes", peakCommitted.get());
      out.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
      out.put("gcCount", gcCount.get());
      out.put("gcMillis", gcMillis.get());
      out.put("cpus", Runtime.getRuntime().availableProcessors());
      out.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
      try {
        Files.writeString(result, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
      } catch (IOException e) {
        System.err.println("BuildProbe: cannot write " + result + ": " + e.getMessage());
      }
    }, "build-probe-result"));
    verbatim.cli.Main.main(new String[] {"index", "--corpus", args[1], "--index", args[2]});
  }

  private static boolean heapPool(String pool) {
    for (var p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getName().equals(pool)) return p.getType() == java.lang.management.MemoryType.HEAP;
    }
    return false;
  }
}
