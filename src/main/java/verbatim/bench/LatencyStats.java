package verbatim.bench;

import java.util.Arrays;

/**
 * Summary of a list of latencies, in milliseconds, computed the way the peer kit does
 * ({@code common.py}: percentiles by linear interpolation, numpy's default; q/s = n / sum of latencies).
 *
 * @param n      number of samples
 * @param p50    median latency
 * @param p95    95th percentile
 * @param p99    99th percentile
 * @param mean   arithmetic mean
 * @param max    slowest sample
 * @param totalS sum of all latencies, in seconds
 * @param qps    n / totalS (sequential throughput; for concurrent runs use the load result's own rate)
 */
public record LatencyStats(int n, double p50, double p95, double p99, double mean, double max, double totalS, double qps) {

  /** Statistics of {@code ms} (not modified). Needs at least one sample; NaN or negative values are refused. */
  public static LatencyStats of(double[] ms) {
    if (ms == null || ms.length == 0) throw new IllegalArgumentException("no latency samples");
    double[] s = ms.clone();
    Arrays.sort(s);
    if (Double.isNaN(s[s.length - 1]) || s[0] < 0) throw new IllegalArgumentException("latencies must be finite and >= 0");
    double total = 0;
    for (double v : s) total += v;
    double totalS = total / 1000.0;
    return new LatencyStats(s.length, percentile(s, 50), percentile(s, 95), percentile(s, 99), total / s.length,
        s[s.length - 1], totalS, totalS > 0 ? s.length / totalS : Double.POSITIVE_INFINITY);
  }

  /** Percentile {@code p} (0..100) of ascending {@code sorted}, linear interpolation between closest ranks. */
  public static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) return Double.NaN;
    if (p < 0 || p > 100) throw new IllegalArgumentException("percentile must be within 0..100: " + p);
    double k = (sorted.length - 1) * p / 100.0;
    int f = (int) k;
    int c = Math.min(f + 1, sorted.length - 1);
    return sorted[f] + (sorted[c] - sorted[f]) * (k - f);
  }
}
