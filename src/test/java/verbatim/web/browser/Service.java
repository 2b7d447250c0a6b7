package verbatim.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import verbatim.extract.QuoteFinder;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.ingest.CorpusReader;
import verbatim.search.SearchRequest;
import verbatim.search.Searcher;
import verbatim.web.ApiServer;
import verbatim.web.ServerConfig;

/**
 * The real service for the browser tests: the repository's corpus/ indexed into a temporary directory, the
 * real {@link ApiServer} (API, widget files, pages) on a free port of localhost.
 */
final class Service implements AutoCloseable {
  static final Path CORPUS = Path.of(System.getProperty("verbatim.basedir", "."), "corpus");

  /**
   * Invented articles for the answers a name query, a shared surname and wire copies get (file name → text):
   * a minister whose surname is also a town's name, two people sharing a surname, one quote in three articles.
   */
  static final Map<String, String> INVENTED = Map.of(
      "valmont-harbour.txt", """
          Harbour works in Valmont

          \u201cThe harbour of Valmont will reopen in June,\u201d said Nadia Valmont, the transport minister.

          \u201cWe will pay for the new bridge ourselves,\u201d Nadia Valmont added.

          \u201cThe harbour of Valmont has waited too long for its bridge,\u201d said Marta Lind, who lives on the quay.
          """,
      "ostrova-budget.txt", """
          Two Ostrovas on the bridge

          \u201cThe bridge budget is balanced,\u201d said Ilse Ostrova.

          \u201cThe harbour needs dredging before anything else,\u201d said Marek Ostrova.
          """,
      "wire-tolls-1.txt", tolls(1), "wire-tolls-2.txt", tolls(2), "wire-tolls-3.txt", tolls(3));

  private static String tolls(int edition) {
    return "Bridge tolls, edition " + edition + "\n\n\u201cThe bridge tolls will stay low for a decade,\u201d said Paulo Andrade.\n";
  }

  private final Path corpusDir;
  private final Path indexDir;
  private final Indexer indexer;
  private final Searcher searcher;
  private final ApiServer server;

  private Service(List<String> origins, Map<String, String> extra) throws IOException {
    corpusDir = extra.isEmpty() ? null : Files.createTempDirectory("verbatim-widget-corpus-");
    if (corpusDir != null) {
      try (Stream<Path> seed = Files.list(CORPUS)) {
        for (Path f : seed.toList()) Files.copy(f, corpusDir.resolve(f.getFileName()));
      }
      for (Map.Entry<String, String> e : extra.entrySet()) Files.writeString(corpusDir.resolve(e.getKey()), e.getValue());
    }
    indexDir = Files.createTempDirectory("verbatim-widget-index-");
    indexer = Indexer.open(indexDir);
    QuoteFinder finder = new QuoteFinder();
    CorpusIndexer.Report report = new CorpusIndexer(indexer, new CorpusReader(), a -> finder.find(a.text(), a.language())).run(corpusDir == null ? CORPUS : corpusDir, null);
    if (report.indexed() == 0) throw new IllegalStateException("nothing indexed from " + CORPUS + ": " + report);
    searcher = new Searcher(indexer);
    // These tests check the pages, not speed: on a loaded 2-core machine the first (cold) searches can exceed
    // the 2 s production timeout and come back partial. Give them room, and warm the JVM up.
    searcher.setTimeout(Duration.ofSeconds(30));
    for (String q : List.of("preventive", "TikTok", "")) searcher.search(SearchRequest.quotes(q));
    ServerConfig config = ServerConfig.resolve(Map.of("port", "0", "bind", "localhost", "rate-limit", "0"), Map.of())
        .withOrigins(origins);
    server = new ApiServer(config, searcher, null).start();
  }

  /** Starts it allowing browsers on these origins to call the API (empty: any origin). */
  static Service start(List<String> origins) throws IOException {
    return new Service(origins, Map.of());
  }

  /** Starts it on corpus/ and these extra files (name → text), any origin allowed. */
  static Service withArticles(Map<String, String> extra) throws IOException {
    return new Service(List.of(), extra);
  }

  /** The service's base URL, on "localhost" (the host pages are on 127.0.0.1: another origin). */
  String endpoint() {
    return "http://localhost:" + server.port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    searcher.close();
    indexer.close();
    delete(indexDir);
    if (corpusDir != null) delete(corpusDir);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
