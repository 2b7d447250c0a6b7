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

  private final Path indexDir;
  private final Indexer indexer;
  private final Searcher searcher;
  private final ApiServer server;

  private Service(List<String> origins) throws IOException {
    indexDir = Files.createTempDirectory("verbatim-widget-index-");
    indexer = Indexer.open(indexDir);
    QuoteFinder finder = new QuoteFinder();
    CorpusIndexer.Report report = new CorpusIndexer(indexer, new CorpusReader(), a -> finder.find(a.text(), a.language())).run(CORPUS, null);
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
    return new Service(origins);
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
    try (Stream<Path> files = Files.walk(indexDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
