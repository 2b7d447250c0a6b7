package verbatim.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's own logic on tiny inputs: statistics, count agreement, Markdown, HTTP parsing. No timing. */
class HarnessLogicTest {

  @Test
  void aWarmUpPassCountsAsWarmWhenTheCompilerTookAtMostThreePercentOfIt() {
    var busy = Optional.of(new ServerProcess.ThreadCpu(40, 10, 950)); // compiler 4% of 1,000
    var quiet = Optional.of(new ServerProcess.ThreadCpu(30, 10, 960)); // 3%
    assertTrue(!Benchmark.warm(busy, 1_000, 1_000), "a pass costing what the one before did is not enough");
    assertTrue(Benchmark.warm(quiet, 1_000, Long.MAX_VALUE), "the first pass may already be warm");
    var none = Optional.<ServerProcess.ThreadCpu>empty();
    assertTrue(!Benchmark.warm(none, 1_000, Long.MAX_VALUE), "without thread accounting the first pass never is");
    assertTrue(Benchmark.warm(none, 1_090, 1_000));
    assertTrue(!Benchmark.warm(none, 1_200, 1_000));
    assertTrue(!Benchmark.warm(Optional.of(new ServerProcess.ThreadCpu(0, 0, 0)), 0, 0), "no CPU: no evidence");
  }

  @Test
  void percentilesInterpolateLikeTheKit() {
    // numpy.percentile([1,2,3,4,5,6,7,8,9,10], p): 50 → 5.5, 95 → 9.55, 99 → 9.91
    double[] ms = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    LatencyStats s = LatencyStats.of(ms);
    assertEquals(10, s.n());
    assertEquals(5.5, s.p50(), 1e-9);
    assertEquals(9.55, s.p95(), 1e-9);
    assertEquals(9.91, s.p99(), 1e-9);
    assertEquals(5.5, s.mean(), 1e-9);
    assertEquals(10, s.max(), 1e-9);
    assertEquals(0.055, s.totalS(), 1e-12);
    assertEquals(10 / 0.055, s.qps(), 1e-6);
    assertEquals(10, ms[0], "the input is not reordered");
  }

  @Test
  void percentileOfOneSampleIsThatSample() {
    LatencyStats s = LatencyStats.of(new double[] {3.25});
    assertEquals(3.25, s.p50());
    assertEquals(3.25, s.p99());
    assertEquals(0.0, LatencyStats.percentile(new double[] {0, 4}, 0));
    assertEquals(4.0, LatencyStats.percentile(new double[] {0, 4}, 100));
    assertEquals(1.0, LatencyStats.percentile(new double[] {0, 4}, 25));
  }

  @Test
  void badSamplesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> LatencyStats.of(new double[0]));
    assertThrows(IllegalArgumentException.class, () -> LatencyStats.of(new double[] {1, -2}));
    assertThrows(IllegalArgumentException.class, () -> LatencyStats.of(new double[] {1, Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> LatencyStats.percentile(new double[] {1}, 101));
  }

  @Test
  void countAgreementUsesTheKitsOnePercentRule() {
    Map<String, Long> ref = new LinkedHashMap<>();
    ref.put("q1", 100L);  // ours 100: exact
    ref.put("q2", 1000L); // ours 1010: within 1% (10 ≤ 10), wider
    ref.put("q3", 1000L); // ours 989: 11 > 10, narrower
    ref.put("q4", 0L);    // ours 1: 1 > 1% of max(1, 0), so not within; wider
    ref.put("q5", 7L);    // no count of ours: missing
    ref.put("q6", 10L);   // ours 20: +100%, the largest difference
    Map<String, Long> ours = Map.of("q1", 100L, "q2", 1010L, "q3", 989L, "q4", 1L, "q6", 20L, "extra", 5L);
    CountAgreement a = CountAgreement.of(ours, ref, 2);
    assertEquals(5, a.compared());
    assertEquals(1, a.exact());
    assertEquals(2, a.within1());
    assertEquals(3, a.wider());
    assertEquals(1, a.narrower());
    assertEquals(1, a.missing());
    assertEquals(100 + 1010 + 989 + 1 + 20, a.oursTotal());
    assertEquals(100 + 1000 + 1000 + 0 + 10, a.refTotal());
    assertEquals(List.of("q4", "q6"), a.largest().stream().map(CountAgreement.Diff::qid).toList(),
        "q4 (1 vs 0: +100%) ties q6 (+100%), broken by qid");
  }

  @Test
  void markdownTableAlignsAndEscapes() {
    MarkdownTable t = new MarkdownTable("engine", ">p50 ms", ">ratio");
    t.row("Verbatim", MarkdownTable.num(0.1234, 2), MarkdownTable.ratio(0.5, 2.0));
    t.row("a|b\nc", null, MarkdownTable.ratio(null, 1.0));
    assertEquals("""
        | engine | p50 ms | ratio |
        |---|---:|---:|
        | Verbatim | 0.12 | 0.250× |
        | a\\|b c |  | n/a |
        """, t.render());
    assertThrows(IllegalArgumentException.class, () -> t.row("only one cell"));
  }

  @Test
  void numbersRenderTheSameUnderFrenchAndTurkishLocales() throws IOException {
    Locale saved = Locale.getDefault();
    try {
      for (Locale l : List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("tr-TR"))) {
        Locale.setDefault(l);
        assertEquals("15,234.57", MarkdownTable.num(15234.567, 2));
        assertEquals("n/a", MarkdownTable.num(Double.NaN, 1));
        assertEquals("2.50×", MarkdownTable.ratio(5.0, 2.0));
        assertEquals("40×", MarkdownTable.ratio(40.0, 1.0));
        assertEquals("n/a", MarkdownTable.ratio(1.0, 0.0));
        // the HTTP parser lower-cases header names: TRANSFER-ENCODING must stay ASCII under tr-TR (dotless i)
        var r = HttpLoadGenerator.readResponse(in("HTTP/1.1 200 OK\r\nTRANSFER-ENCODING: CHUNKED\r\n\r\n2\r\nhi\r\n0\r\n\r\n"));
        assertEquals(2, r.bodyLength());
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void httpResponsesAreReadWithLengthChunksOrClose() throws IOException {
    var twoResponses = in("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\nhello"
        + "HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    var a = HttpLoadGenerator.readResponse(twoResponses);
    assertEquals(new HttpLoadGenerator.Response(200, 5, false), a);
    var b = HttpLoadGenerator.readResponse(twoResponses);
    assertEquals(new HttpLoadGenerator.Response(404, 2, true), b);

    var chunked = HttpLoadGenerator.readResponse(in(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\na;ext=1\r\n0123456789\r\n0\r\nX-Trailer: y\r\n\r\n"));
    assertEquals(new HttpLoadGenerator.Response(200, 14, false), chunked);

    var untilClose = HttpLoadGenerator.readResponse(in("HTTP/1.0 200 OK\r\n\r\nabc"));
    assertEquals(new HttpLoadGenerator.Response(200, 3, true), untilClose);

    var notModified = HttpLoadGenerator.readResponse(in("HTTP/1.1 304 Not Modified\r\nETag: \"x\"\r\n\r\n"));
    assertEquals(304, notModified.status());

    assertThrows(IOException.class, () -> HttpLoadGenerator.readResponse(in("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort")));
    assertThrows(IOException.class, () -> HttpLoadGenerator.readResponse(in("garbage\r\n\r\n")));
    assertThrows(IOException.class, () -> HttpLoadGenerator.readResponse(in("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")));
  }

  @Test
  void loadIsForLoopbackOnly() {
    assertThrows(IllegalArgumentException.class, () -> new HttpLoadGenerator("192.0.2.1", 80));
  }

  @Test
  void querySetIsReadAndCheckedAtTheDoor(@TempDir Path dir) throws IOException {
    Path ok = dir.resolve("q.jsonl");
    Files.writeString(ok, """
        {"qid": "q1", "lang": "fr", "type": "phrase", "terms": ["élan", "vital"], "query": "\\"élan vital\\""}
        {"qid": "q2", "lang": "en", "type": "and", "terms": ["cat", "dog"]}
        """, StandardCharsets.UTF_8);
    List<BenchQuery> qs = BenchQuery.load(ok);
    assertEquals(2, qs.size());
    assertEquals("\"élan vital\"", qs.get(0).query());
    assertEquals("fr-phrase", qs.get(0).group());
    assertEquals("cat dog", qs.get(1).query(), "the query text is derived from the terms when absent");
    assertEquals("+cat +dog", qs.get(1).verbatimQuery(), "AND terms are required in Verbatim's simple syntax");
    assertEquals("\"élan vital\"", qs.get(0).verbatimQuery());
    assertEquals("wheat", new BenchQuery("q3", "en", "single", List.of("wheat"), null).verbatimQuery());

    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"qid\": \"q1\", \"lang\": \"en\", \"type\": \"fuzzy\", \"terms\": [\"x\"]}\n");
    IOException e = assertThrows(IOException.class, () -> BenchQuery.load(bad));
    assertTrue(e.getMessage().contains("bad.jsonl#1") && e.getMessage().contains("fuzzy"), e.getMessage());
  }

  @Test
  void peerResultsAreReadBack(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("fts5_19k_run1.json"), """
        {"build": {"docs": 3, "total_s": 0.5, "docs_per_s": 6.0, "bytes_final": 2048, "bytes_fts_index": 1024},
         "query": {"total": {"n": 2, "p50_ms": 1.5, "p95_ms": 1.95, "p99_ms": 1.99, "mean_ms": 1.5, "max_ms": 2.0,
                             "total_s": 0.003, "qps": 666.7}},
         "finished_at": "2026-11-28T15:00:00"}
        """);
    Files.writeString(dir.resolve("fts5_19k_run1.perquery.jsonl"), """
        {"qid": "q1", "count": 4}
        {"qid": "q2", "count": 0}
        """);
    PeerRun r = PeerRun.read(dir, "fts5", "19k", "run1");
    assertEquals("SQLite FTS5", r.label());
    assertEquals(3, r.docs());
    assertEquals(2048, r.bytesTotal());
    assertEquals(1.95, r.query().p95());
    assertEquals(Map.of("q1", 4L, "q2", 0L), r.counts());
    assertThrows(IOException.class, () -> PeerRun.read(dir, "pg", "19k", "run1"));
  }

  private static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void threadStatLinesGiveNameAndCpu() {
    // a kernel thread name may hold spaces and parentheses; utime 250 + stime 50 ticks = 3 s
    String line = "4242 (C2 Compiler(x)) S 1 4242 4242 0 -1 4194368 0 0 0 0 250 50 0 0 20 0 30 0 100 0 0";
    ServerProcess.ThreadStat t = ServerProcess.ThreadStat.parse(line);
    assertEquals("C2 Compiler(x)", t.name());
    assertEquals(3_000_000_000L, t.cpuNanos());
    assertEquals(null, ServerProcess.ThreadStat.parse("4242 (cut short) S 1 2"));
    assertEquals(null, ServerProcess.ThreadStat.parse("garbage"));
    assertEquals("compiler", ServerProcess.role("C2 CompilerThre"));
    assertEquals("compiler", ServerProcess.role("C1 CompilerThre"));
    assertEquals("gc", ServerProcess.role("GC Thread#0"));
    assertEquals("gc", ServerProcess.role("G1 Refine#0"));
    assertEquals("other", ServerProcess.role("JettyServerThre"));
  }

  @Test
  void threadCpuAddsUpEachRole(@TempDir Path tmp) throws IOException {
    Path tasks = tmp.resolve("task");
    String[][] threads = {{"1", "java", "100", "10"}, {"2", "C2 CompilerThre", "300", "0"}, {"3", "GC Thread#0", "5", "5"},
        {"4", "JettyServerThre", "40", "60"}};
    for (String[] t : threads) {
      Files.createDirectories(tasks.resolve(t[0]));
      Files.writeString(tasks.resolve(t[0]).resolve("stat"),
          t[0] + " (" + t[1] + ") S 1 1 1 0 -1 0 0 0 0 0 " + t[2] + " " + t[3] + " 0 0 20 0 1 0 0 0 0\n");
    }
    Files.createDirectories(tasks.resolve("5")); // a thread that ended: no stat any more
    ServerProcess.ThreadCpu cpu = ServerProcess.threadCpu(tasks).orElseThrow();
    assertEquals(3_000_000_000L, cpu.compiler());
    assertEquals(100_000_000L, cpu.gc());
    assertEquals(2_100_000_000L, cpu.other());
    assertEquals(5_200_000_000L, cpu.total());
    ServerProcess.ThreadCpu later = new ServerProcess.ThreadCpu(3_500_000_000L, 100_000_000L, 2_600_000_000L);
    assertEquals(new ServerProcess.ThreadCpu(500_000_000L, 0, 500_000_000L), later.minus(cpu));
    assertTrue(ServerProcess.threadCpu(tmp.resolve("absent")).isEmpty());
  }

  @Test
  void theReportedPassIsTheOneWithTheMedianValue() {
    assertEquals(2, Benchmark.medianIndex(new double[] {0.9, 0.4, 0.5}));
    assertEquals(0, Benchmark.medianIndex(new double[] {0.5, 0.4, 0.9}));
    assertEquals(1, Benchmark.medianIndex(new double[] {0.5, 0.5, 0.5}), "ties: the earliest of the middle");
    assertEquals(0, Benchmark.medianIndex(new double[] {0.7}));
  }
}
