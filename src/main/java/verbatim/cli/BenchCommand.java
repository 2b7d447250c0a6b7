package verbatim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import verbatim.bench.Benchmark;
import verbatim.bench.IndexGauge;
import verbatim.bench.Soak;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.CorpusReader;
import verbatim.search.Searcher;
import verbatim.web.ApiServer;
import verbatim.web.ServerConfig;

/** {@code ./verbatim bench}: Verbatim measured side by side with SQLite FTS5 and PostgreSQL full-text search. */
final class BenchCommand implements Command {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "benchmark build, search and HTTP against SQLite FTS5 and PostgreSQL FTS";
  }

  @Override
  public String usage() {
    return """
        Usage: ./verbatim bench [--quick] [--skip-peers] [--out FILE] [--work DIR] [--shared DIR]
                                [--profile] [--http-seconds N] [--build-heap SIZE] [--reuse-index]

        Runs, on the same corpora and the same 1,000 queries (the peer kit in ../shared/bench/peers):
          1. the peers (SQLite FTS5 and PostgreSQL 15), one run each per corpus size;
          2. the Verbatim build through the real ingestion path, in a child JVM with -Xmx1g;
          3. 1,000 article searches in-process (top-10 + exact count) and a count check against FTS5;
          4. the same queries as quote searches with speaker facets and highlighting;
          5. HTTP load against ./verbatim serve with 1, 8 and 32 clients;
        then prints a Markdown report and writes it to --out. Takes about 15 minutes on 2 cores.

        Options:
          --quick            the 19k corpus only (development), shorter HTTP levels
          --skip-peers       do not run the peers; reuse their last results in WORK/results
          --out FILE         report file (default docs/BENCHMARKS.md)
          --work DIR         working directory for corpora, indexes and results (default /tmp/verbatim-peers)
          --shared DIR       the shared data directory holding bench/peers (default ../shared)
          --profile          record JFR profiles (build, in-process searches, server) and add hot spots to the report
          --http-seconds N   measured seconds per HTTP load level (default 10, 5 with --quick)
          --build-heap SIZE  -Xmx of the build JVM (default 1g)
          --reuse-index      do not rebuild: measure searches on the index the last run left in WORK/verbatim
          --soak MINUTES     instead: serve corpus/ plus a fixed pool of invented articles on loopback under mixed
                             search, export and admin writes (one article in, the oldest out) and print each
                             minute's errors, p50/p99, heap after GC, open files and index size, then whether
                             any of them trends upward (exit 1 on any error)

        Needs for the peers (root, Debian): apt-get install -y postgresql python3-psycopg2
        """;
  }

  @Override
  public int run(List<String> argv) throws Exception {
    Args a = Args.parse(argv, Set.of("out", "work", "shared", "http-seconds", "build-heap", "soak"), Set.of("quick", "skip-peers", "profile", "reuse-index"));
    if (!a.positional().isEmpty()) throw new Args.UsageException("unexpected argument '" + a.positional().get(0) + "'");
    if (a.has("soak")) return soak(a.intValue("soak", 30, 1, 24 * 60), a.path("work", "/tmp/verbatim-peers"));
    boolean quick = a.has("quick");
    String heap = a.get("build-heap", "1g");
    if (!heap.matches("[0-9]{1,6}[mMgG]")) throw new Args.UsageException("--build-heap must look like 1g or 768m, not '" + heap + "'");
    Path shared = a.path("shared", defaultShared());
    if (!java.nio.file.Files.isDirectory(shared.resolve("bench/peers")))
      throw new Args.UsageException("no peer kit at " + shared.resolve("bench/peers") + " (give --shared DIR)");
    Benchmark.Options options = new Benchmark.Options(quick, a.has("skip-peers"), a.path("out", "docs/BENCHMARKS.md"),
        a.path("work", "/tmp/verbatim-peers").toAbsolutePath(), shared.toAbsolutePath().normalize(), a.has("profile"),
        a.intValue("http-seconds", quick ? 5 : 10, 1, 300), heap, a.has("reuse-index"));
    String report = new Benchmark(options, System.err).run("./verbatim bench " + String.join(" ", argv));
    System.out.print(report);
    return 0;
  }

  private static String defaultShared() {
    String p = System.getProperty("verbatim.shared");
    if (p != null) return p;
    String home = System.getProperty("verbatim.home");
    return home == null ? "../shared" : Path.of(home).resolve("../shared").toString();
  }

  /**
   * Indexes corpus/ into a fresh index under {@code work}, serves it in this JVM on a free loopback port with the
   * soak's admin token and no rate limit, and lets {@link Soak} drive it; exit 1 on any error.
   */
  private static int soak(int minutes, Path work) throws Exception {
    // the report is standard output, where the access log would put a line per request (hundreds a second)
    System.setProperty("org.slf4j.simpleLogger.log.verbatim.access",
        System.getProperty("org.slf4j.simpleLogger.log.verbatim.access", "off"));
    Path index = Files.createTempDirectory(Files.createDirectories(work), "soak-index");
    try (Indexer indexer = Indexer.open(index)) {
      QuoteExtractor extractor = new QuoteExtractor();
      if (Files.isDirectory(Path.of("corpus"))) new CorpusIndexer(indexer, new CorpusReader(), extractor).run(Path.of("corpus"), null);
      try (Searcher searcher = new Searcher(indexer); ApiServer server = new ApiServer(
          ServerConfig.defaults().withPort(0).withAdminToken(Soak.ADMIN_TOKEN).withRateLimit(0), searcher,
          new ServeCommand.IndexStore(indexer, searcher, new CorpusReader(), extractor)).start()) {
        Soak soak = new Soak(System.out, IndexGauge.of(indexer, searcher));
        return soak.drive("http://127.0.0.1:" + server.port(), minutes) == 0 ? 0 : 1;
      }
    } finally {
      try (Stream<Path> files = Files.walk(index)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      }
    }
  }
}
