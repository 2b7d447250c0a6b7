package verbatim.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether one per-minute soak series (a p99, the heap after GC, the open files) rises over the run. The first
 * minutes are left out as warm-up (the JIT compiler, the first merges): from minute 5 when the run has at least 8,
 * from minute 2 otherwise. Over the minutes kept, it fits a least-squares line and compares the medians of the
 * first and last thirds. A series rises when both say so by more than {@link #TOLERANCE} of the first third's
 * median: the fitted line's rise over the span, and the last third's median over the first's. Requiring both keeps
 * one slow minute at the end (a neighbour's build on shared cores) from counting as a trend, and a slow start
 * from hiding one.
 */
record SoakTrend(String series, int from, int to, double slope, double firstThird, double lastThird, boolean upward) {
  static final double TOLERANCE = 0.20;

  /** The trend of {@code perMinute} (minute 1 first); null when fewer than 3 minutes remain after the warm-up. */
  static SoakTrend of(String series, double[] perMinute) {
    return of(series, perMinute, 0);
  }

  /**
   * As {@link #of(String, double[])}, but a rise of the medians smaller than {@code minRise} is no trend: for
   * small counts such as segments, which a merge policy moves by a few either way.
   */
  static SoakTrend of(String series, double[] perMinute, double minRise) {
    int from = perMinute.length >= 8 ? 5 : 2;
    int to = perMinute.length;
    if (to - from + 1 < 3) return null;
    double[] kept = Arrays.copyOfRange(perMinute, from - 1, to);
    double slope = slope(kept);
    int third = Math.max(1, kept.length / 3);
    double first = median(Arrays.copyOfRange(kept, 0, third));
    double last = median(Arrays.copyOfRange(kept, kept.length - third, kept.length));
    double rise = slope * (kept.length - 1);
    boolean upward = rise > TOLERANCE * first && last > (1 + TOLERANCE) * first && last - first >= minRise;
    return new SoakTrend(series, from, to, slope, first, last, upward);
  }

  /**
   * Deleted records rise with every delete and fall when a merge reclaims them: a sawtooth, whose slope and medians
   * depend on where the teeth fall. What matters is that merges keep reclaiming them, so that the teeth do not grow:
   * the second half's highest count may not exceed the first half's by more than {@link #TOLERANCE}. Runs shorter
   * than 8 minutes get no verdict (null).
   */
  static String reclaimed(double[] deleted) {
    if (deleted.length < 8) return null;
    StringBuilder falls = new StringBuilder();
    for (int m = 1; m < deleted.length; m++) {
      if (deleted[m] < deleted[m - 1]) falls.append(falls.isEmpty() ? "" : ", ").append(m + 1);
    }
    int half = deleted.length / 2;
    double first = Arrays.stream(deleted, 0, half).max().orElse(0);
    double second = Arrays.stream(deleted, half, deleted.length).max().orElse(0);
    boolean upward = second > (1 + TOLERANCE) * first;
    return String.format(Locale.ROOT, "deleted records: fell (merges reclaimed them) in minutes [%s]; highest in the"
        + " first half %.0f, in the second %.0f: %s", falls, first, second, upward ? "UPWARD TREND" : "no upward trend");
  }

  /** Least-squares slope of {@code y} against 0, 1, 2, … (per step). */
  static double slope(double[] y) {
    int n = y.length;
    double mx = (n - 1) / 2.0;
    double my = Arrays.stream(y).average().orElse(0);
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      num += (i - mx) * (y[i] - my);
      den += (i - mx) * (i - mx);
    }
    return den == 0 ? 0 : num / den;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  /** One line for the report, ending with the plain verdict. */
  String describe() {
    double rise = slope * (to - from);
    return String.format(Locale.ROOT, "%s: minutes %d-%d, slope %+.2f per minute (fitted rise %+.1f, %s of the first"
            + " third's median); median first third %.1f, last third %.1f (%s): %s", series, from, to, slope, rise,
        percent(rise, firstThird), firstThird, lastThird, percent(lastThird - firstThird, firstThird),
        upward ? "UPWARD TREND" : "no upward trend");
  }

  private static String percent(double delta, double base) {
    return base == 0 ? "n/a" : String.format(Locale.ROOT, "%+.0f%%", 100 * delta / base);
  }
}
