package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void nearestRankPercentiles() {
    double[] sorted = new double[100];
    for (int i = 0; i < 100; i++) sorted[i] = i + 1;
    assertEquals(50, Metrics.percentile(sorted, 50));
    assertEquals(95, Metrics.percentile(sorted, 95));
    assertEquals(99, Metrics.percentile(sorted, 99));
    assertEquals(0, Metrics.percentile(new double[0], 50));
    assertEquals(7, Metrics.percentile(new double[] {7}, 99));
  }

  @Test
  void countsPerRouteAndStatusAndLatencyPerRoute() {
    Metrics m = new Metrics();
    for (int i = 1; i <= 10; i++) m.record("GET /api/quotes", 200, i);
    m.record("GET /api/quotes", 400, 1);
    m.record("GET /health", 200, 0.5);
    Metrics.Snapshot s = m.snapshot();
    assertEquals(12, s.requests());
    assertEquals(3, s.counts().size());
    assertEquals(new Metrics.Count("GET /api/quotes", 200, 10), s.counts().get(0));
    Metrics.Latency q = s.latency().get("GET /api/quotes");
    assertEquals(11, q.count());
    assertEquals(5, q.p50()); // 1,1,2,…,10: the 6th of 11
    assertEquals(10, q.p99());
    assertEquals(12, s.latency().get("all").count());
  }

  @Test
  void windowKeepsTheLatestSamples() {
    Metrics m = new Metrics();
    for (int i = 0; i < Metrics.WINDOW; i++) m.record("r", 200, 1000);
    for (int i = 0; i < Metrics.WINDOW; i++) m.record("r", 200, 1);
    Metrics.Latency l = m.snapshot().latency().get("r");
    assertEquals(2L * Metrics.WINDOW, l.count());
    assertEquals(1, l.p99());
  }
}
