package verbatim.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.search.SearchBackend;
import verbatim.search.SearchRequest;
import verbatim.search.Searcher;
import verbatim.solr.SolrBackend;
import verbatim.solr.SolrCluster;
import verbatim.solr.SolrCollection;
import verbatim.solr.SolrCorpusIndexer;
import verbatim.solr.SolrWriter;

/**
 * The embedded index and a SolrCloud collection side by side on one corpus and one machine (so this measures
 * SolrCloud's overhead, not its scale): build rate, in-process search latency through each {@link SearchBackend}
 * (the bench's queries as article and as quote searches), and 8-client HTTP throughput of {@code ./verbatim serve}
 * on each. Needs a running cluster ({@code ./verbatim solrcloud start}); prints a Markdown section, with the load
 * average next to every figure (the machine is shared).
 *
 * <pre>java -cp 'target/verbatim.jar:target/lib/*' verbatim.bench.SolrCloudBench --solr URL [--shared DIR]
 *     [--work DIR] [--reuters N] [--queries N] [--http-seconds N] [--shards N] [--replicas N]</pre>
 */
public final class SolrCloudBench {
  private static final String COLLECTION = "bench";
  private static final int CLIENTS = 8;
  private static final int WINDOWS = 3;

  /** What to measure on. */
  record Options(String solr, Path shared, Path work, int reuters, int queries, int httpSeconds, int shards, int replicas) {}

  /** One build: articles and quotes indexed, in how many seconds, and the load average after it. */
  record Build(String backend, long articles, long quotes, double seconds, String load) {}

  /** In-process latency of one backend and search kind. */
  record Latency(String backend, String kind, LatencyStats stats, long failed, String load) {}

  /** One HTTP level: the median window of {@link #WINDOWS}, the errors of all of them. */
  record Http(String backend, String endpoint, HttpLoadGenerator.Result median, long errors, List<Double> rates, String load) {}

  private final Options options;
  private final PrintStream log;

  SolrCloudBench(Options options, PrintStream log) {
    this.options = options;
    this.log = log;
  }

  public static void main(String[] argv) throws Exception {
    Options o = parse(argv);
    System.out.print(new SolrCloudBench(o, System.err).run());
  }

  private static Options parse(String[] argv) {
    java.util.Map<String, String> a = new java.util.HashMap<>();
    for (int i = 0; i + 1 < argv.length; i += 2) {
      if (!argv[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + argv[i]);
      a.put(argv[i].substring(2), argv[i + 1]);
    }
    if (!a.containsKey("solr")) throw new IllegalArgumentException("--solr URL is required (./verbatim solrcloud start)");
    return new Options(a.get("solr"), Path.of(a.getOrDefault("shared", "../shared")),
        Path.of(a.getOrDefault("work", "/tmp/verbatim-solrbench")), Integer.parseInt(a.getOrDefault("reuters", "3000")),
        Integer.parseInt(a.getOrDefault("queries", "1000")), Integer.parseInt(a.getOrDefault("http-seconds", "5")),
        Integer.parseInt(a.getOrDefault("shards", "2")), Integer.parseInt(a.getOrDefault("replicas", "2")));
  }

  String run() throws Exception {
    String started = MachineInfo.current().date() + ", load " + MachineInfo.loadAverage();
    Path corpus = corpus(options.work().resolve("corpus"));
    List<BenchQuery> kit = BenchQuery.load(options.shared().resolve("bench/peers/queries/queries_1000.jsonl"));
    List<BenchQuery> queries = kit.subList(0, Math.min(options.queries(), kit.size()));
    Path indexDir = options.work().resolve("embedded-index");
    deleteTree(indexDir);
    List<Build> builds = new ArrayList<>();
    List<Latency> latencies = new ArrayList<>();
    try (Indexer indexer = Indexer.open(indexDir)) {
      log.println("embedded build…");
      // one extraction thread, as the SolrCloud indexer has, so that both builds do the same extraction work
      CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 1).run(corpus, null);
      try (Searcher searcher = new Searcher(indexer)) {
        builds.add(new Build("embedded", r.indexed(), searcher.stats().quotes(), r.seconds(), MachineInfo.loadAverage()));
        log.println(builds.get(0));
        latencies.addAll(latency("embedded", searcher, queries));
      }
    }
    try (SolrCluster cluster = new SolrCluster(options.solr())) {
      if (SolrCollection.exists(cluster, COLLECTION)) SolrCollection.delete(cluster, COLLECTION);
      SolrCollection.ensure(cluster, COLLECTION, options.shards(), options.replicas());
      SolrBackend solr = new SolrBackend(cluster, COLLECTION);
      builds.add(buildSolr(solr, cluster, corpus));
      latencies.addAll(latency("SolrCloud", solr, queries));
    }
    List<Http> http = new ArrayList<>();
    http.addAll(http("embedded", List.of("--index", indexDir.toString(), "--corpus", corpus.toString(), "--rate-limit", "0"), queries));
    http.addAll(http("SolrCloud", List.of("--solr", options.solr(), "--collection", COLLECTION, "--rate-limit", "0"), queries));
    String ended = MachineInfo.current().date() + ", load " + MachineInfo.loadAverage();
    return report(started, ended, builds, latencies, http);
  }

  /** The whole French file and the first {@code reuters} English records, copied into {@code dir}. */
  private Path corpus(Path dir) throws IOException {
    deleteTree(dir);
    Files.createDirectories(dir);
    copyHead(options.shared().resolve("corpora/quebec-press/quebec-press-fr.jsonl"), dir.resolve("fr.jsonl"), Integer.MAX_VALUE);
    copyHead(options.shared().resolve("corpora/reuters21578/reuters21578.jsonl"), dir.resolve("en.jsonl"), options.reuters());
    return dir;
  }

  private static void copyHead(Path from, Path to, int lines) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
         BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      String line;
      for (int n = 0; n < lines && (line = r.readLine()) != null; n++) {
        w.write(line);
        w.write('\n');
      }
    }
  }

  private Build buildSolr(SolrBackend solr, SolrCluster cluster, Path corpus) throws IOException {
    log.println("SolrCloud build…");
    SolrCorpusIndexer.Report r = new SolrCorpusIndexer(solr, new SolrWriter(cluster, COLLECTION)).run(corpus);
    Build b = new Build("SolrCloud", r.articles(), r.quotes(), r.seconds(), MachineInfo.loadAverage());
    log.println(b);
    return b;
  }

  /** A warm-up pass, then a measured pass, over the queries as article searches and as quote searches. */
  private List<Latency> latency(String backend, SearchBackend b, List<BenchQuery> queries) {
    List<Latency> out = new ArrayList<>();
    List<Function<String, SearchRequest>> kinds = List.of(SolrCloudBench::articleSearch, SearchRequest::quotes);
    List<String> names = List.of("article (top 10 + exact count)", "quote (facets + highlights)");
    for (int k = 0; k < kinds.size(); k++) {
      pass(b, queries, kinds.get(k));
      long[] failed = {0};
      double[] ms = pass(b, queries, kinds.get(k), failed);
      Latency l = new Latency(backend, names.get(k), LatencyStats.of(ms), failed[0], MachineInfo.loadAverage());
      log.println(l);
      out.add(l);
    }
    return out;
  }

  private static SearchRequest articleSearch(String q) {
    return new SearchRequest(q, SearchRequest.Mode.SIMPLE, SearchRequest.DocType.ARTICLE, List.of(), null, null, null,
        null, null, 10, null, SearchRequest.Sort.RELEVANCE, true).withHighlight(false);
  }

  private static void pass(SearchBackend b, List<BenchQuery> queries, Function<String, SearchRequest> kind) {
    pass(b, queries, kind, new long[1]);
  }

  private static double[] pass(SearchBackend b, List<BenchQuery> queries, Function<String, SearchRequest> kind, long[] failed) {
    double[] ms = new double[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      SearchRequest r = kind.apply(queries.get(i).verbatimQuery());
      long t0 = System.nanoTime();
      try {
        b.search(r);
      } catch (IOException | RuntimeException e) {
        failed[0]++;
      }
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    return ms;
  }

  /** {@code ./verbatim serve} with {@code serveArgs} in a child JVM, loaded by 8 clients on both endpoints. */
  private List<Http> http(String backend, List<String> serveArgs, List<BenchQuery> queries) throws Exception {
    List<Http> out = new ArrayList<>();
    Path logFile = options.work().resolve("serve-" + backend + ".log");
    try (ServerProcess server = ServerProcess.start(Benchmark.java("1g", List.of()), serveArgs, logFile, 300)) {
      HttpLoadGenerator load = new HttpLoadGenerator("127.0.0.1", server.port());
      for (String endpoint : List.of("/api/quotes", "/api/articles")) {
        List<String> paths = new ArrayList<>();
        for (BenchQuery q : queries) {
          paths.add(endpoint + "?q=" + URLEncoder.encode(q.verbatimQuery(), StandardCharsets.UTF_8).replace("+", "%20")
              + "&size=10" + (endpoint.equals("/api/articles") ? "&highlight=false" : ""));
        }
        load.run(paths, 2, 0, 60_000, paths.size()); // one unmeasured pass over every query
        load.run(paths, CLIENTS, 0, 10_000, 500_000); // warm-up at this level
        List<HttpLoadGenerator.Result> windows = new ArrayList<>();
        for (int w = 0; w < WINDOWS; w++) windows.add(load.run(paths, CLIENTS, 0, options.httpSeconds() * 1000L, 500_000));
        double[] rates = windows.stream().mapToDouble(HttpLoadGenerator.Result::rps).toArray();
        HttpLoadGenerator.Result median = windows.get(Benchmark.medianIndex(rates));
        long errors = windows.stream().mapToLong(HttpLoadGenerator.Result::errors).sum();
        Http h = new Http(backend, endpoint, median, errors, Arrays.stream(rates).boxed().toList(), MachineInfo.loadAverage());
        log.println(h.backend() + " " + endpoint + ": " + h.rates() + " req/s, errors " + errors + " " + median.firstErrors());
        out.add(h);
      }
    }
    return out;
  }

  private String report(String started, String ended, List<Build> builds, List<Latency> latencies, List<Http> http) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Run: %s to %s (load average 1/5/15 min at each end).%n%n", started, ended));
    sb.append("| build | articles | quotes | seconds | articles/s | load after |\n|---|---:|---:|---:|---:|---|\n");
    for (Build b : builds) {
      sb.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.1f | %.0f | %s |%n", b.backend(), b.articles(), b.quotes(),
          b.seconds(), b.articles() / b.seconds(), b.load()));
    }
    sb.append("\n| in-process search | backend | queries | p50 ms | p95 ms | mean ms | failed | load after |\n"
        + "|---|---|---:|---:|---:|---:|---:|---|\n");
    for (Latency l : latencies) {
      sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %d | %s |%n", l.kind(), l.backend(),
          l.stats().n(), l.stats().p50(), l.stats().p95(), l.stats().mean(), l.failed(), l.load()));
    }
    sb.append("\n| HTTP, 8 clients | backend | req/s (median of 3 windows) | windows | p50 ms | p95 ms | errors | load after |\n"
        + "|---|---|---:|---|---:|---:|---:|---|\n");
    for (Http h : http) {
      LatencyStats l = h.median().latency();
      sb.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %s | %.2f | %.2f | %d | %s |%n", h.endpoint(), h.backend(),
          h.median().rps(), h.rates().stream().map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList(),
          l == null ? Double.NaN : l.p50(), l == null ? Double.NaN : l.p95(), h.errors(), h.load()));
    }
    return sb.toString();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
