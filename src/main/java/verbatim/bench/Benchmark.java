package verbatim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import verbatim.search.IndexStats;
import verbatim.search.SearchRequest;
import verbatim.search.SearchResponse;
import verbatim.search.Searcher;

/**
 * Runs the whole benchmark: the peer kit, then for each corpus size the Verbatim build (child JVM, -Xmx1g),
 * in-process article and quote searches, and HTTP load against a real server; then the report.
 */
public final class Benchmark {

  /**
   * @param quick       19k corpus only, shorter HTTP runs
   * @param skipPeers   reuse the last peer results instead of measuring the peers again
   * @param out         Markdown report file
   * @param work        the kit's BENCH_WORK (corpora, peer indexes and results, Verbatim indexes)
   * @param shared      the ../shared directory (holding bench/peers)
   * @param profile     record JFR profiles and add hot-spot tables to the report
   * @param httpSeconds measured seconds per HTTP load level
   * @param buildHeap   -Xmx of the build JVM
   * @param reuseIndex  measure searches on the index left by the last run instead of building it again
   */
  public record Options(boolean quick, boolean skipPeers, Path out, Path work, Path shared, boolean profile,
                        int httpSeconds, String buildHeap, boolean reuseIndex) {
    public List<String> sizes() {
      return quick ? List.of("19k") : List.of("19k", "400k");
    }
  }

  static final int[] CLIENTS = {1, 8, 32};
  private final Options options;
  private final PrintStream log;

  public Benchmark(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  /** Runs everything and returns the Markdown report (also written to {@code options.out()}). */
  public String run(String commandLine) throws IOException, InterruptedException {
    MachineInfo machine = MachineInfo.current();
    PeerKit kit = new PeerKit(options.shared().resolve("bench/peers"), options.work(), log);
    List<String> missing = kit.missingForCorpora();
    if (!missing.isEmpty()) throw new IOException("cannot build the benchmark corpora; missing: " + String.join("; ", missing));
    List<String> notes = new ArrayList<>();
    if (!options.skipPeers()) {
      List<String> peerMissing = kit.missingForPeers();
      if (!peerMissing.isEmpty())
        throw new IOException("cannot run the peers; missing:\n  - " + String.join("\n  - ", peerMissing)
            + "\n(install them, or run with --skip-peers to reuse the last peer results)");
    }
    for (String size : options.sizes()) kit.ensureCorpus(size);
    if (!options.skipPeers()) {
      log.println("== peers: SQLite FTS5 and PostgreSQL, one run each per size (" + String.join(", ", options.sizes()) + ")");
      kit.measure(options.sizes(), "run1");
      notes.add("Peers measured in this run (kit `run1`), just before Verbatim, on the same machine state.");
    } else {
      notes.add("`--skip-peers`: peer figures are the last results found in `" + kit.results() + "` (timestamps below), not re-measured.");
    }
    List<BenchQuery> queries = BenchQuery.load(kit.queries());
    List<Results.Size> sizes = new ArrayList<>();
    for (String size : options.sizes()) sizes.add(measure(kit, size, queries));
    notes.add("Load average (1/5/15 min) at the start " + machine.load() + ", at the end " + MachineInfo.loadAverage()
        + " on " + machine.cpus() + " CPUs: anything above the CPU count means other processes competed for the CPUs "
        + "and every figure (peers' too) is slower than on an idle machine.");
    Path out = options.out().toAbsolutePath();
    String analysis = Files.isRegularFile(out) ? BenchReport.analysisOf(Files.readString(out, StandardCharsets.UTF_8)) : null;
    String report = new BenchReport(machine, options, commandLine, notes, queries).analysis(analysis).render(sizes);
    if (out.getParent() != null) Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    log.println("report written to " + out);
    return report;
  }

  private Results.Size measure(PeerKit kit, String size, List<BenchQuery> queries) throws IOException, InterruptedException {
    List<String> problems = new ArrayList<>();
    Map<String, String> profiles = new LinkedHashMap<>();
    PeerRun fts5 = peer(kit, "fts5", size, problems);
    PeerRun pg = peer(kit, "pg", size, problems);
    Path base = options.work().resolve("verbatim");
    Path corpusDir = base.resolve("corpus-" + size);
    Path indexDir = base.resolve("index-" + size);
    linkCorpus(kit.corpus(size), corpusDir);

    Results.Build build;
    if (options.reuseIndex() && Files.isDirectory(indexDir)) {
      log.println("== verbatim " + size + ": --reuse-index: searching the existing " + indexDir);
      build = lastBuild(indexDir, base.resolve("build-" + size + ".json"));
      if (build == null) problems.add("--reuse-index: no build result next to " + indexDir + "; build not measured");
      else problems.add("--reuse-index: build figures are those of the previous run (" + base.resolve("build-" + size + ".json") + ")");
    } else {
      log.println("== verbatim " + size + ": build (child JVM, -Xmx" + options.buildHeap() + ")");
      build = build(corpusDir, indexDir, base, size, profiles, problems);
    }
    if (build == null && !(options.reuseIndex() && Files.isDirectory(indexDir)))
      return new Results.Size(size, null, null, null, null, null, null, compare(pg, fts5), List.of(), fts5, pg, profiles, problems);

    log.println("== verbatim " + size + ": article search, top-10 + exact count (warm-up pass, then measured pass)");
    Map<String, Long> totals = new LinkedHashMap<>();
    Results.Pass articles;
    Results.Pass highlighted;
    Results.Pass quotes;
    try (Searcher searcher = Searcher.open(indexDir)) {
      articles = pass(searcher, queries, q -> articleRequest(q.verbatimQuery()), totals, "articles-" + size, profiles);
      log.println("== verbatim " + size + ": the same article searches with each hit's best passage highlighted");
      highlighted = pass(searcher, queries, q -> articleRequest(q.verbatimQuery()).withHighlight(true), null,
          "articles-highlighted-" + size, new LinkedHashMap<>());
      log.println("== verbatim " + size + ": quote search with speaker facets and highlighting");
      quotes = pass(searcher, queries, q -> SearchRequest.quotes(q.verbatimQuery()), null, "quotes-" + size, profiles);
    }
    CountAgreement counts = fts5 == null ? null : CountAgreement.of(totals, fts5.counts(), 8);
    CountAgreement folded = null;
    if (fts5 != null) {
      Map<String, Long> foldedCounts = new LinkedHashMap<>();
      try (FoldedCounter counter = new FoldedCounter(indexDir)) {
        for (BenchQuery q : queries) foldedCounts.put(q.qid(), counter.count(q));
      }
      folded = CountAgreement.of(foldedCounts, fts5.counts(), 8);
    }

    log.println("== verbatim " + size + ": HTTP load against ./verbatim serve");
    List<Results.Http> http = new ArrayList<>();
    try {
      http = http(corpusDir, indexDir, base, size, queries, profiles);
    } catch (IOException e) {
      problems.add("HTTP runs failed: " + e.getMessage());
      log.println("HTTP runs failed: " + e.getMessage());
    }
    return new Results.Size(size, build, articles, highlighted, quotes, counts, folded, compare(pg, fts5), http, fts5, pg, profiles, problems);
  }

  private static CountAgreement compare(PeerRun pg, PeerRun fts5) {
    return pg == null || fts5 == null || pg.counts().isEmpty() ? null : CountAgreement.of(pg.counts(), fts5.counts(), 0);
  }

  private PeerRun peer(PeerKit kit, String engine, String size, List<String> problems) {
    try {
      return PeerRun.read(kit.results(), engine, size, "run1");
    } catch (IOException e) {
      problems.add("no " + engine + " result for " + size + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * What the peers answer: the top 10 articles (ids, titles, first paragraphs) and the exact count, without
   * marking the query's words in the hits (no peer does; {@code highlighted} measures that separately).
   */
  public static SearchRequest articleRequest(String query) {
    return new SearchRequest(query, SearchRequest.Mode.SIMPLE, SearchRequest.DocType.ARTICLE, null, null, null, null,
        null, null, 10, null, SearchRequest.Sort.RELEVANCE, true).withHighlight(false);
  }

  /** Puts the kit's corpus file alone in a directory (hard link, else symbolic link) so the reader sees only it. */
  private static void linkCorpus(Path file, Path dir) throws IOException {
    Path target = dir.resolve(file.getFileName());
    if (Files.isDirectory(dir)) {
      try (var s = Files.list(dir)) {
        for (Path p : s.toList()) if (!p.equals(target)) Files.delete(p);
      }
    }
    Files.createDirectories(dir);
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      if (Files.isSameFile(target, file)) return;
      Files.delete(target);
    }
    try {
      Files.createLink(target, file);
    } catch (IOException | UnsupportedOperationException e) {
      Files.createSymbolicLink(target, file.toAbsolutePath());
    }
  }

  /**
   * The java command for child JVMs: this JDK and this class path, with the launcher's options (the vector
   * module lets Lucene decode postings with SIMD, as it does in {@code ./verbatim serve} and {@code index}).
   */
  static List<String> java(String heap, List<String> extra) {
    String javaBin = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx" + heap, "--enable-native-access=ALL-UNNAMED",
        "--add-modules", "jdk.incubator.vector",
        "-Dfile.encoding=UTF-8", "-Dverbatim.home=" + System.getProperty("verbatim.home", ".")));
    cmd.addAll(extra);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
    return cmd;
  }

  private Results.Build build(Path corpusDir, Path indexDir, Path base, String size, Map<String, String> profiles,
                              List<String> problems) throws IOException, InterruptedException {
    deleteTree(indexDir);
    Path result = base.resolve("build-" + size + ".json");
    Files.deleteIfExists(result);
    Path jfr = base.resolve("build-" + size + ".jfr");
    List<String> extra = options.profile()
        ? List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true,jdk.ExecutionSample#period=2ms") : List.of();
    List<String> cmd = new ArrayList<>(java(options.buildHeap(), extra));
    cmd.addAll(List.of(BuildProbe.class.getName(), result.toString(), corpusDir.toString(), indexDir.toString()));
    Path logFile = base.resolve("build-" + size + ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      problems.add("build of " + size + " did not finish within 30 minutes");
      return null;
    }
    for (String line : tail(logFile, 12)) log.println("  | " + line);
    if (p.exitValue() != 0 || !Files.isRegularFile(result)) {
      Files.deleteIfExists(result); // the probe writes its figures on any exit; a failed build has none
      problems.add("build of " + size + " failed (exit " + p.exitValue() + "); see " + logFile);
      log.println("build failed (exit " + p.exitValue() + "); see " + logFile);
      return null;
    }
    Results.Build b = lastBuild(indexDir, result);
    log.printf(Locale.ROOT, "built %,d articles, %,d quotes in %.1f s: %,.0f articles/s, %,.0f quotes/s, index %.1f MiB, peak heap %.0f MiB (live after GC %.0f MiB)%n",
        b.articles(), b.quotes(), b.seconds(), b.articlesPerSecond(), b.quotesPerSecond(), b.indexBytes() / 1048576.0,
        b.peakUsedBytes() / 1048576.0, b.peakAfterGcBytes() / 1048576.0);
    if (options.profile() && Files.isRegularFile(jfr))
      profiles.put("Build " + size + " (child JVM, all threads)", JfrHotSpots.read(jfr, null).render(20));
    return b;
  }

  /** The build figures: the probe's JSON plus the index's record counts and size. Null without the JSON. */
  private static Results.Build lastBuild(Path indexDir, Path result) throws IOException {
    if (!Files.isRegularFile(result)) return null;
    JsonNode r = new ObjectMapper().readTree(result.toFile());
    IndexStats stats;
    try (Searcher s = Searcher.open(indexDir)) {
      stats = s.stats();
    }
    return new Results.Build(stats.articles(), stats.quotes(), stats.stubs(), r.path("seconds").asDouble(),
        treeSize(indexDir), r.path("peakUsedBytes").asLong(), r.path("peakAfterGcBytes").asLong(),
        r.path("maxHeapBytes").asLong(), r.path("gcCount").asLong(), r.path("gcMillis").asLong());
  }

  /**
   * Most unmeasured passes over the queries before an in-process measurement (20 stopped the 19k warm-up, 0.3 s a
   * pass, with the compiler still at 49% of the CPU).
   */
  static final int MAX_WARMUP_PASSES = 100;
  /** Longest unmeasured warm-up before an in-process measurement (the pass running at this point finishes). */
  static final long MAX_WARMUP_NANOS = TimeUnit.SECONDS.toNanos(30);
  /** Shortest stretch of warm-up passes whose compiler share is judged. */
  static final long WARMUP_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

  interface RequestOf {
    SearchRequest of(BenchQuery q);
  }

  /**
   * Whether a window of warm-up passes shows this JVM warm: the JIT compiler took at most
   * {@link #QUIET_COMPILER_SHARE} of its CPU ({@code used}: this JVM's CPU by thread role during the window), as the
   * HTTP warm-up asks of the server. Where threads cannot be told apart ({@code used} empty), a pass must cost
   * ({@code cpu}) within 10% of one in the window before ({@code previousCpu}, {@link Long#MAX_VALUE} for none).
   */
  static boolean warm(Optional<ServerProcess.ThreadCpu> used, long cpu, long previousCpu) {
    if (used.isPresent()) {
      ServerProcess.ThreadCpu u = used.get();
      return u.total() > 0 && u.compilerShare() <= QUIET_COMPILER_SHARE;
    }
    return previousCpu != Long.MAX_VALUE && Math.abs(cpu - previousCpu) <= previousCpu / 10;
  }

  private Results.Pass pass(Searcher searcher, List<BenchQuery> queries, RequestOf request, Map<String, Long> totals,
                            String label, Map<String, String> profiles) throws IOException {
    Map<String, String> failures = new TreeMap<>();
    List<SearchRequest> requests = new ArrayList<>(queries.size());
    for (BenchQuery q : queries) requests.add(request.of(q).validate());
    warmUp(searcher, requests, label);
    Recording recording = options.profile() ? startProfile() : null;
    SearchResponse[] responses = new SearchResponse[queries.size()];
    double[][] passMs = measure(searcher, queries, requests, responses, failures);
    List<LatencyStats> passes = new ArrayList<>();
    for (double[] p : passMs) passes.add(LatencyStats.of(p));
    double[] ms = passMs[medianIndex(passes.stream().mapToDouble(LatencyStats::mean).toArray())];
    if (recording != null) {
      recording.stop();
      Path jfr = options.work().resolve("verbatim/" + label + ".jfr");
      recording.dump(jfr);
      recording.close();
      profiles.put("In-process " + label + " (measured passes, all threads)", JfrHotSpots.read(jfr, null).render(20));
    }
    return summary(queries, responses, ms, passes, totals, failures, label);
  }

  /**
   * Warm-up, unmeasured: whole passes until the JIT compiler is done (see warm), judged over windows of at least
   * WARMUP_WINDOW_NANOS (the kernel counts thread CPU in 10 ms ticks: one tick is 3% of a 0.3 s pass), at most
   * MAX_WARMUP_PASSES passes or MAX_WARMUP_NANOS. On 2 cores the compiler goes on for many passes, so a pass that
   * costs about what the one before did is not yet the steady state a server runs in (docs/BENCHMARKS.md).
   */
  private void warmUp(Searcher searcher, List<SearchRequest> requests, String label) throws IOException {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    Path self = Path.of("/proc/self/task");
    long start = System.nanoTime();
    long previous = Long.MAX_VALUE; // CPU per pass of the window before
    long perPass = 0;
    double compilerShare = Double.NaN;
    int warmups = 0;
    boolean done = false;
    while (!done) {
      long window = System.nanoTime();
      long cpu0 = os.getProcessCpuTime();
      Optional<ServerProcess.ThreadCpu> threads0 = ServerProcess.threadCpu(self);
      int passes = 0;
      do {
        for (SearchRequest r : requests) {
          try {
            searcher.search(r);
          } catch (RuntimeException e) {
            // reported by the measured pass
          }
        }
        passes++;
        warmups++;
      } while (System.nanoTime() - window < WARMUP_WINDOW_NANOS && warmups < MAX_WARMUP_PASSES);
      perPass = (os.getProcessCpuTime() - cpu0) / passes;
      Optional<ServerProcess.ThreadCpu> threads1 = ServerProcess.threadCpu(self);
      Optional<ServerProcess.ThreadCpu> used = threads0.isPresent() && threads1.isPresent()
          ? Optional.of(threads1.get().minus(threads0.get())) : Optional.empty();
      compilerShare = used.map(ServerProcess.ThreadCpu::compilerShare).orElse(Double.NaN);
      done = warm(used, perPass, previous) || warmups >= MAX_WARMUP_PASSES
          || System.nanoTime() - start >= MAX_WARMUP_NANOS;
      previous = perPass;
    }
    log.printf(Locale.ROOT, "%s: %d warm-up passes in %.0f s, the last %.3f ms of process CPU per query%s%n", label,
        warmups, (System.nanoTime() - start) / 1e9, perPass / 1e6 / Math.max(1, requests.size()),
        Double.isNaN(compilerShare) ? "" : String.format(Locale.ROOT, ", JIT compiler %.0f%% of it", 100 * compilerShare));
  }

  private static Recording startProfile() throws IOException {
    try {
      Recording recording = new Recording(Configuration.getConfiguration("profile"));
      recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
      recording.start();
      return recording;
    } catch (ParseException e) {
      throw new IOException("JFR profile settings: " + e.getMessage(), e);
    }
  }

  /**
   * MEASURED_PASSES passes, each query's time in ms per pass; the figures are those of the pass with the median
   * mean (a pass the machine's other work slowed does not decide them), every pass shown next to them. The answers
   * never change, so {@code responses} holds the last pass's.
   */
  private static double[][] measure(Searcher searcher, List<BenchQuery> queries, List<SearchRequest> requests,
      SearchResponse[] responses, Map<String, String> failures) throws IOException {
    double[][] passMs = new double[MEASURED_PASSES][queries.size()];
    for (int pass = 0; pass < MEASURED_PASSES; pass++) {
      double[] ms = passMs[pass];
      for (int i = 0; i < queries.size(); i++) {
        long t0 = System.nanoTime();
        try {
          responses[i] = searcher.search(requests.get(i));
        } catch (RuntimeException e) {
          failures.put(queries.get(i).qid(), e.toString());
        }
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
    }
    return passMs;
  }

  private Results.Pass summary(List<BenchQuery> queries, SearchResponse[] responses, double[] ms,
      List<LatencyStats> passes, Map<String, Long> totals, Map<String, String> failures, String label) {
    int withHits = 0;
    long totalHits = 0, facetValues = 0, highlighted = 0, hits = 0;
    Map<String, List<Double>> groups = new TreeMap<>();
    for (int i = 0; i < queries.size(); i++) {
      groups.computeIfAbsent(queries.get(i).group(), k -> new ArrayList<>()).add(ms[i]);
      SearchResponse r = responses[i];
      if (r == null) continue;
      if (totals != null) {
        totals.put(queries.get(i).qid(), r.total());
        if (!r.totalExact()) failures.put(queries.get(i).qid(), "total not exact although exact counting was asked");
      }
      if (!r.hits().isEmpty()) withHits++;
      totalHits += r.total();
      var speakers = r.facets() == null ? null : r.facets().get("speaker");
      facetValues += speakers == null ? 0 : speakers.size();
      for (SearchResponse.Hit h : r.hits()) {
        hits++;
        if (h.highlights() != null && !h.highlights().isEmpty()) highlighted++;
      }
    }
    Map<String, LatencyStats> byGroup = new LinkedHashMap<>();
    groups.forEach((g, l) -> byGroup.put(g, LatencyStats.of(l.stream().mapToDouble(Double::doubleValue).toArray())));
    LatencyStats all = LatencyStats.of(ms);
    log.printf(Locale.ROOT, "%s: p50 %.3f p95 %.3f p99 %.3f mean %.3f max %.1f ms, %,.0f q/s; %d with hits, %d failed"
        + " (the median of %d passes by mean: %s ms)%n", label, all.p50(), all.p95(), all.p99(), all.mean(), all.max(),
        all.qps(), withHits, failures.size(), MEASURED_PASSES,
        passes.stream().map(p -> String.format(Locale.ROOT, "%.3f", p.mean())).collect(Collectors.joining(", ")));
    return new Results.Pass(all, byGroup, failures, withHits, totalHits, facetValues / (double) queries.size(), highlighted, hits,
        passes);
  }

  /** Measured in-process passes, and measured windows per HTTP load level: the median one is reported. */
  static final int MEASURED_PASSES = 3;

  /** The index of the median of {@code values} (an odd count; the lower middle one otherwise), earliest on ties. */
  static int medianIndex(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]) != 0 ? Double.compare(values[a], values[b])
        : Integer.compare(a, b));
    return order[(values.length - 1) / 2];
  }

  private List<Results.Http> http(Path corpusDir, Path indexDir, Path base, String size, List<BenchQuery> queries,
                                  Map<String, String> profiles) throws IOException, InterruptedException {
    Path jfr = base.resolve("serve-" + size + ".jfr");
    List<String> extra = options.profile()
        ? List.of("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true,jdk.ExecutionSample#period=2ms") : List.of();
    List<String> serveArgs = List.of("--index", indexDir.toString(), "--corpus", corpusDir.toString(), "--rate-limit", "0");
    List<Results.Http> out = new ArrayList<>();
    try (ServerProcess server = ServerProcess.start(java("2g", extra), serveArgs, base.resolve("serve-" + size + ".log"), 300)) {
      log.println("server pid " + server.pid() + " on 127.0.0.1:" + server.port() + ", log " + server.log());
      HttpLoadGenerator load = new HttpLoadGenerator("127.0.0.1", server.port());
      for (String endpoint : List.of("/api/quotes", "/api/articles")) {
        List<String> paths = new ArrayList<>();
        for (BenchQuery q : queries)
          paths.add(endpoint + "?q=" + URLEncoder.encode(q.verbatimQuery(), StandardCharsets.UTF_8).replace("+", "%20") + "&size=10"
              + (endpoint.equals("/api/articles") ? "&highlight=false" : ""));
        // warm-up: one unmeasured pass over every query (bounded at 60 s) so the server's JIT and caches are warm
        HttpLoadGenerator.Result warm = load.run(paths, 2, 0, 60_000, paths.size());
        log.printf(Locale.ROOT, "%s warm-up: %,d requests, %d errors, %.1f s%n", endpoint, warm.requests(), warm.errors(), warm.wallS());
        warmUntilSteady(load, server, endpoint, paths);
        List<HttpLoadGenerator.Result> levels = new ArrayList<>();
        List<List<Double>> windowRps = new ArrayList<>();
        for (int clients : CLIENTS) {
          load.run(paths, clients, 0, 2_000, 500_000); // this level's own warm-up
          // MEASURED_PASSES windows; the one with the median rate is reported (server CPU: over all of them)
          Optional<ServerProcess.ThreadCpu> before = server.threadCpu();
          List<HttpLoadGenerator.Result> windows = new ArrayList<>();
          for (int w = 0; w < MEASURED_PASSES; w++) {
            windows.add(load.run(paths, clients, 0, options.httpSeconds() * 1000L, 500_000));
          }
          Optional<ServerProcess.ThreadCpu> after = server.threadCpu();
          double[] rates = windows.stream().mapToDouble(HttpLoadGenerator.Result::rps).toArray();
          HttpLoadGenerator.Result median = windows.get(medianIndex(rates));
          // errors of every window count: an error in any of them fails the level
          long errors = windows.stream().mapToLong(HttpLoadGenerator.Result::errors).sum();
          List<String> firstErrors = windows.stream().flatMap(x -> x.firstErrors().stream()).limit(5).toList();
          HttpLoadGenerator.Result r = new HttpLoadGenerator.Result(median.clients(), median.requests(), errors,
              median.wallS(), median.rps(), median.latency(), median.statuses(), firstErrors);
          long requests = windows.stream().mapToLong(HttpLoadGenerator.Result::requests).sum();
          levels.add(r);
          windowRps.add(Arrays.stream(rates).boxed().toList());
          LatencyStats l = r.latency();
          String cpu = before.isEmpty() || after.isEmpty() || requests == 0 ? "" : String.format(Locale.ROOT,
              ", server CPU %.3f ms/request (JIT compiler %.3f)", after.get().minus(before.get()).total() / 1e6 / requests,
              after.get().minus(before.get()).compiler() / 1e6 / requests);
          log.printf(Locale.ROOT, "%s %2d clients: %,d requests, %d errors, %,.0f req/s, p50 %.2f p95 %.2f p99 %.2f ms%s"
              + " (the median of %d windows by rate: %s req/s)%n",
              endpoint, clients, r.requests(), r.errors(), r.rps(), l == null ? Double.NaN : l.p50(),
              l == null ? Double.NaN : l.p95(), l == null ? Double.NaN : l.p99(), cpu, MEASURED_PASSES,
              Arrays.stream(rates).mapToObj(x -> String.format(Locale.ROOT, "%,.0f", x)).collect(Collectors.joining(", ")));
          if (!r.firstErrors().isEmpty()) log.println("  first errors: " + r.firstErrors());
        }
        out.add(new Results.Http(endpoint, levels, windowRps));
      }
    }
    if (options.profile() && Files.isRegularFile(jfr))
      profiles.put("Server " + size + " under HTTP load (all threads)", JfrHotSpots.read(jfr, null).render(20));
    return out;
  }

  /**
   * Loads the server at 8 clients in 3-second windows until its JIT compiler is done: a window in which the
   * compiler threads used at most {@link #QUIET_COMPILER_SHARE} of the server's CPU (or 120 s have passed). A
   * fresh server JIT-compiles (and recompiles after deoptimisations) for tens of thousands of requests — 40–80 s
   * here — and measuring before that measures the compiler, not the server: per-request CPU can look steady
   * across two windows while the compiler still takes 15% of it. Where threads cannot be told apart, two windows
   * within 10% of each other must do.
   */
  private void warmUntilSteady(HttpLoadGenerator load, ServerProcess server, String endpoint, List<String> paths)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    double previous = Double.NaN;
    long requests = 0;
    while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
      long cpu0 = processCpuNanos(server.pid());
      Optional<ServerProcess.ThreadCpu> threads0 = server.threadCpu();
      HttpLoadGenerator.Result r = load.run(paths, 8, 0, 3_000, 500_000);
      long cpu1 = processCpuNanos(server.pid());
      Optional<ServerProcess.ThreadCpu> threads1 = server.threadCpu();
      requests += r.requests();
      if (r.requests() == 0) break;
      if (threads0.isPresent() && threads1.isPresent()) {
        ServerProcess.ThreadCpu used = threads1.get().minus(threads0.get());
        double share = used.compilerShare();
        log.printf(Locale.ROOT, "%s warm-up at 8 clients: %,d requests, server CPU %.3f ms/request, JIT compiler %.0f%% of it%n",
            endpoint, r.requests(), used.total() / 1e6 / r.requests(), 100 * share);
        if (share <= QUIET_COMPILER_SHARE) break;
        continue;
      }
      if (cpu0 < 0 || cpu1 < 0) break; // no CPU accounting here: the fixed warm-up must do
      double perRequest = (cpu1 - cpu0) / 1e6 / r.requests();
      log.printf(Locale.ROOT, "%s warm-up at 8 clients: %,d requests, server CPU %.3f ms/request%n", endpoint, r.requests(), perRequest);
      if (!Double.isNaN(previous) && Math.abs(perRequest - previous) <= 0.10 * previous) break;
      previous = perRequest;
    }
    log.printf(Locale.ROOT, "%s warmed with %,d more requests in %.0f s%n", endpoint, requests, (System.nanoTime() - start) / 1e9);
  }

  /** The compiler's share of the server's CPU below which the server counts as warm. */
  static final double QUIET_COMPILER_SHARE = 0.03;

  /** Total CPU time of a process (all threads), or -1 when the platform does not report it. */
  static long processCpuNanos(long pid) {
    return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(-1L);
  }

  private static List<String> tail(Path file, int n) throws IOException {
    if (!Files.isRegularFile(file)) return List.of();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }

  static long treeSize(Path dir) throws IOException {
    long[] total = {0};
    if (!Files.isDirectory(dir)) return 0;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        total[0] += attrs.size();
        return FileVisitResult.CONTINUE;
      }
    });
    return total[0];
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
