package verbatim.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report puts every figure next to the peers' with the ratio, and judges the targets. Invented figures. */
class BenchReportTest {

  @Test
  void sideBySideRowsCarryRatiosAndTargetsAreJudged() {
    var machine = new MachineInfo(2, "8.0 GiB", "Test CPU", "Test JDK 25", "Test OS", "2026-01-01 00:00 UTC", "0.10 0.20 0.30");
    var options = new Benchmark.Options(true, true, Path.of("out.md"), Path.of("/tmp/w"), Path.of("/tmp/s"), false, 5, "1g", false);
    var queries = List.of(new BenchQuery("q1", "en", "single", List.of("wheat"), "wheat"),
        new BenchQuery("q2", "fr", "phrase", List.of("élan", "vital"), null));
    var fts5 = new PeerRun("fts5", "19k", "run1", "t1", 100, 2.0, 10_000, 2 * 1048576L, 1048576L,
        new LatencyStats(2, 0.2, 1.0, 1.5, 0.4, 2.0, 0.0008, 2500), Map.of("q1", 10L, "q2", 3L));
    var pg = new PeerRun("pg", "19k", "run1", "t2", 100, 4.0, 5_000, 4 * 1048576L, 1048576L,
        new LatencyStats(2, 1.0, 4.0, 5.0, 2.0, 6.0, 0.004, 500), Map.of("q1", 10L, "q2", 4L));
    var build = new Results.Build(100, 40, 0, 0.005, 3 * 1048576L, 300 * 1048576L, 100 * 1048576L, 1024 * 1048576L, 3, 12);
    var articles = new Results.Pass(LatencyStats.of(new double[] {0.1, 0.3}), Map.of("en-single", LatencyStats.of(new double[] {0.1})),
        Map.of(), 2, 14, 0, 2, 2, List.of(LatencyStats.of(new double[] {0.1, 0.3}), LatencyStats.of(new double[] {0.5, 0.7}),
            LatencyStats.of(new double[] {0.1, 0.1})));
    var quotesPass = new Results.Pass(LatencyStats.of(new double[] {1, 9}), Map.of(), Map.of(), 1, 5, 3.5, 4, 4, List.of());
    var http = new Results.Http("/api/quotes", List.of(new HttpLoadGenerator.Result(8, 30_000, 0, 10, 3000,
        LatencyStats.of(new double[] {1, 2, 3}), Map.of(200, 30_000L), List.of())), List.of(List.of(2900.0, 3000.0, 3100.0)));
    var size = new Results.Size("19k", build, articles, articles, quotesPass, CountAgreement.of(Map.of("q1", 12L, "q2", 3L), fts5.counts(), 3),
        CountAgreement.of(Map.of("q1", 10L, "q2", 3L), fts5.counts(), 3), CountAgreement.of(pg.counts(), fts5.counts(), 0),
        List.of(http), fts5, pg, Map.of(), List.of());

    String md = new BenchReport(machine, options, "./verbatim bench --quick", List.of("a note"), queries).render(List.of(size));

    assertTrue(md.contains("| build docs/s | 19k | 20,000 | 10,000 | 5,000 | 2.00× | 4.00× |"), md);
    assertTrue(md.contains("| query mean ms | 19k | 0.200 | 0.400 | 2.000 | 0.500× | 0.100× |"), md);
    assertTrue(md.contains("| on-disk MiB (text + index) | 19k | 3.0 | 2.0 | 4.0 | 1.50× | 0.750× |"), md);
    assertTrue(md.contains("| 19k | Verbatim, every term required (like-for-like semantics) | 2 | 2 | 2 | 0 | 0 | 13 | 13 |"), md);
    assertTrue(md.contains("`wheat` 12 vs 10"), md);
    assertTrue(md.contains("| build rate (parse, detect, extract, index) | ≥ 15,000 articles/s | 20,000 articles/s | met |"), md);
    // every measured pass and window is shown next to the one reported
    assertTrue(md.contains("| ≤ 0.5 ms | 0.200 ms (median of 3 passes by mean; each pass: 0.200, 0.600, 0.100 ms) | met |"), md);
    assertTrue(md.contains("quote search with facets + highlighting, p95 | ≤ 5 ms | 8.600 ms | missed: 1.72× the limit |"), md);
    assertTrue(md.contains("| HTTP /api/quotes, 8 clients | ≥ 2,000 req/s, p95 ≤ 10 ms, 0 errors | 3,000 req/s, p95 2.90 ms, 0 errors"
        + " (median of 3 windows: 2,900, 3,000, 3,100 req/s) | met |"), md);
    assertTrue(md.contains(BenchReport.ANALYSIS_START + "\n" + BenchReport.ANALYSIS_END), "an empty analysis block is offered");
    String edited = md.replace(BenchReport.ANALYSIS_START + "\n", BenchReport.ANALYSIS_START + "\nHot spot: X.\n");
    String again = new BenchReport(machine, options, "./verbatim bench", List.of(), queries)
        .analysis(BenchReport.analysisOf(edited)).render(List.of(size));
    assertTrue(again.contains(BenchReport.ANALYSIS_START + "\nHot spot: X.\n" + BenchReport.ANALYSIS_END), again);
    assertTrue(md.contains("2 CPUs (Test CPU), 8.0 GiB RAM") && md.contains("Test JDK 25") && md.contains("- a note"), md);
  }
}
