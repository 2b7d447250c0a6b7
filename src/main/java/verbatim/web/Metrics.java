package verbatim.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counts per route and status, and latency percentiles per route over the most recent requests
 * (a sliding window of {@link #WINDOW} samples per route, so memory stays bounded).
 */
public final class Metrics {
  public static final int WINDOW = 2048;
  private static final String ALL = "*";

  private final long startNanos = System.nanoTime();
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final Map<String, Window> latencies = new ConcurrentHashMap<>();

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
    counts.computeIfAbsent(route + '\u0000' + status, k -> new LongAdder()).increment();
    latencies.computeIfAbsent(route, k -> new Window()).add(millis);
    latencies.computeIfAbsent(ALL, k -> new Window()).add(millis);
  }

  public Snapshot snapshot() {
    List<Count> list = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, LongAdder> e : new TreeMap<>(counts).entrySet()) {
      int sep = e.getKey().indexOf('\u0000');
      long n = e.getValue().sum();
      total += n;
      list.add(new Count(e.getKey().substring(0, sep), Integer.parseInt(e.getKey().substring(sep + 1)), n));
    }
    Map<String, Latency> lat = new LinkedHashMap<>();
    Window all = latencies.get(ALL);
    lat.put("all", all == null ? new Latency(0, 0, 0, 0, 0) : all.summary());
    for (Map.Entry<String, Window> e : new TreeMap<>(latencies).entrySet()) {
      if (!e.getKey().equals(ALL)) lat.put(e.getKey(), e.getValue().summary());
    }
    long uptime = (System.nanoTime() - startNanos) / 1_000_000_000L;
    return new Snapshot(uptime, total, list, lat);
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
