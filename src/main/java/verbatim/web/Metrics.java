package verbatim.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts per route and status, and latency percentiles per route over the most recent requests
 * (a sliding window of {@link #WINDOW} samples per route, so memory stays bounded).
 */
public final class Metrics {
  public static final int WINDOW = 2048;

  private final long startNanos = System.nanoTime();
  /** Route → its counters and window; looked up once per request, nothing built per request. */
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final Window all = new Window();

  /** One latency summary in milliseconds. */
  public record Latency(long count, double p50, double p95, double p99, double max) {}

  /** One counter: requests to {@code route} that ended with {@code status}. */
  public record Count(String route, int status, long count) {}

  /** The document of GET /metrics. */
  public record Snapshot(long uptimeSeconds, long requests, List<Count> counts, Map<String, Latency> latency) {}

  /**
   * @param route  "METHOD /path/{param}" as routed (bounded set: never the raw path)
   * @param status HTTP status sent
   * @param millis time spent
   */
  public void record(String route, int status, double millis) {
    Route r = routes.get(route);
    if (r == null) r = routes.computeIfAbsent(route, k -> new Route());
    r.count(status);
    r.window.add(millis);
    all.add(millis);
  }

  public Snapshot snapshot() {
    List<Count> list = new ArrayList<>();
    long total = 0;
    Map<String, Route> sorted = new TreeMap<>(routes);
    for (Map.Entry<String, Route> e : sorted.entrySet()) {
      AtomicReferenceArray<LongAdder> counts = e.getValue().counts;
      for (int status = 0; status < counts.length(); status++) {
        LongAdder c = counts.get(status);
        if (c == null) continue;
        long n = c.sum();
        total += n;
        list.add(new Count(e.getKey(), status, n));
      }
    }
    Map<String, Latency> lat = new LinkedHashMap<>();
    lat.put("all", all.summary());
    for (Map.Entry<String, Route> e : sorted.entrySet()) lat.put(e.getKey(), e.getValue().window.summary());
    long uptime = (System.nanoTime() - startNanos) / 1_000_000_000L;
    return new Snapshot(uptime, total, list, lat);
  }

  /** One route's counters by status and its latency window. */
  private static final class Route {
    /** Index = HTTP status (100-599; anything else is counted as 0). */
    final AtomicReferenceArray<LongAdder> counts = new AtomicReferenceArray<>(600);
    final Window window = new Window();

    void count(int status) {
      int i = status >= 100 && status < 600 ? status : 0;
      LongAdder a = counts.get(i);
      if (a == null) {
        counts.compareAndSet(i, null, new LongAdder());
        a = counts.get(i);
      }
      a.increment();
    }
  }

  /** Nearest-rank percentile of sorted values. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
  }

  private static final class Window {
    private final double[] samples = new double[WINDOW];
    private long seen;

    synchronized void add(double millis) {
      samples[(int) (seen % WINDOW)] = millis;
      seen++;
    }

    synchronized Latency summary() {
      int n = (int) Math.min(seen, WINDOW);
      double[] s = Arrays.copyOf(samples, n);
      Arrays.sort(s);
      return new Latency(seen, round(percentile(s, 50)), round(percentile(s, 95)), round(percentile(s, 99)),
          round(n == 0 ? 0 : s[n - 1]));
    }

    private static double round(double v) {
      return Math.round(v * 1000.0) / 1000.0;
    }
  }
}
