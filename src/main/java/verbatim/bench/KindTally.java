package verbatim.bench;

import java.util.ArrayList;
import java.util.List;

/** One kind of soak request's latencies (ms) and errors since the last {@link #drain}. Thread-safe. */
final class KindTally {
  /** One minute of one kind: requests (answered or failed), errors, and the p50 and p99 latencies (nearest rank). */
  record Minute(int requests, long errors, double p50, double p99) {}

  private final String name;
  private final List<Double> ms = new ArrayList<>();
  private long errors;

  KindTally(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  synchronized void add(double millis, boolean failed) {
    ms.add(millis);
    if (failed) errors++;
  }

  /** The figures since the last call, and starts over. */
  synchronized Minute drain() {
    double[] v = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    long e = errors;
    ms.clear();
    errors = 0;
    return new Minute(v.length, e, nearestRank(v, 0.50), nearestRank(v, 0.99));
  }

  /** The smallest value with at least {@code p} of the values at or below it (0 when there is none). */
  static double nearestRank(double[] sorted, double p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1))];
  }
}
