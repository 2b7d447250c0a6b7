package verbatim.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import verbatim.extract.Quote;
import verbatim.index.ArticleWriter;
import verbatim.index.CorpusIndexer;
import verbatim.index.Indexer;
import verbatim.index.QuoteExtractor;
import verbatim.ingest.Article;
import verbatim.ingest.ArticleCompleter;
import verbatim.ingest.CorpusReader;
import verbatim.ingest.IdGenerator;
import verbatim.ingest.JsonBody;
import verbatim.ingest.JsonLinesReader;
import verbatim.ingest.PlainTextParser;
import verbatim.search.IndexStats;
import verbatim.search.SearchBackend;
import verbatim.search.Searcher;
import verbatim.web.ApiServer;
import verbatim.web.ArticleStore;
import verbatim.web.ServerConfig;
import verbatim.web.SnapshotEndpoint;

/**
 * {@code ./verbatim serve}: brings the index in line with the corpus (incrementally), then serves the API and
 * the search pages until interrupted. Wires ingest + extract + index into the web layer's {@link ArticleStore}.
 */
public final class ServeCommand implements Command {
  private static final Set<String> VALUED = Set.of("port", "bind", "corpus", "index", "origins", "admin-token", "rate-limit",
      "solr", "collection");

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "index corpus/ when needed, then serve the search page and the HTTP API";
  }

  @Override
  public String usage() {
    return """
        Usage: ./verbatim serve [--port N] [--bind ADDR] [--corpus DIR] [--index DIR]
                                [--origins LIST] [--admin-token T] [--rate-limit N] [--solr URL [--collection NAME]]

        Indexes the corpus first when the index is missing or stale, then serves http://ADDR:N/.

        Options (each falls back to an environment variable, then to its default):
          --port N          TCP port                                   VERBATIM_PORT         7070
          --bind ADDR       address to listen on                       VERBATIM_BIND         localhost
          --corpus DIR      corpus directory indexed at start          VERBATIM_CORPUS       corpus
          --index DIR       index directory                            VERBATIM_INDEX        index
          --origins LIST    comma-separated origins allowed to call    VERBATIM_ORIGINS      * (any)
                            the read-only API from browsers
          --admin-token T   enables POST/DELETE /api/articles with     VERBATIM_ADMIN_TOKEN  (disabled)
                            'Authorization: Bearer T'
          --rate-limit N    requests per minute per client IP on /api  VERBATIM_RATE_LIMIT   600 (0 = off)
          --solr URL        serve a SolrCloud collection (see ./verbatim index --solr) instead of the index,
                            with --collection NAME (default verbatim); the corpus is not indexed at start
        """;
  }

  @Override
  public int run(List<String> argv) throws Exception {
    Args args = Args.parse(argv, VALUED, Set.of());
    if (!args.positional().isEmpty()) throw new Args.UsageException("unexpected argument '" + args.positional().get(0) + "'");
    Map<String, String> flags = new LinkedHashMap<>();
    for (String name : VALUED) {
      if (args.has(name)) flags.put(name, args.get(name, null));
    }
    ServerConfig config;
    try {
      config = ServerConfig.resolve(flags, System.getenv());
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException(e.getMessage());
    }
    if (args.has("solr"))
      return SolrCloudCommand.serve(config, args.get("solr", null), args.get("collection", SolrCloudCommand.DEFAULT_COLLECTION));

    LibraryLogs.quiet();
    Indexer indexer = Indexer.open(config.index());
    Searcher searcher = null;
    ApiServer server = null;
    try {
      QuoteExtractor extractor = new QuoteExtractor(indexer.speakerNames()); // speakers stay canonical across runs
      CorpusReader reader = new CorpusReader();
      syncCorpus(config, indexer, reader, extractor);
      searcher = new Searcher(indexer);
      IndexStats st = searcher.stats();
      System.out.println("index: " + IndexCommand.count(st.articles(), "article") + ", "
          + IndexCommand.count(st.stubs(), "stub") + ", " + IndexCommand.count(st.quotes(), "quote") + ", "
          + IndexCommand.count(st.speakers(), "speaker"));
      ArticleStore store = new IndexStore(indexer, searcher, reader, extractor);
      server = new ApiServer(config, searcher, store).start();
      String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
      System.out.println("serving: http://" + host + ":" + server.port() + "/"
          + (config.adminEnabled() ? " (admin endpoints enabled)" : ""));
      CountDownLatch stopped = new CountDownLatch(1);
      ApiServer s = server;
      Searcher se = searcher;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        System.err.println("verbatim serve: stopping");
        shutdown(s, se, indexer);
        stopped.countDown();
      }, "verbatim-shutdown"));
      stopped.await();
      return 0;
    } catch (Exception e) {
      shutdown(server, searcher, indexer);
      throw e;
    }
  }

  private static void syncCorpus(ServerConfig config, Indexer indexer, CorpusReader reader, QuoteExtractor extractor)
      throws IOException {
    Path corpus = config.corpus();
    if (!Files.isDirectory(corpus)) {
      System.err.println("verbatim serve: no corpus directory at " + corpus + "; serving the index as it is");
      return;
    }
    CorpusIndexer corpusIndexer = new CorpusIndexer(indexer, reader, extractor);
    boolean empty = indexer.writer().getDocStats().numDocs == 0;
    if (!empty && !corpusIndexer.isStale(corpus)) {
      System.out.println("corpus: " + corpus + " unchanged since the last run");
      return;
    }
    CorpusIndexer.Report r = corpusIndexer.run(corpus, null);
    System.out.println("corpus: " + IndexCommand.outcome(r, corpus));
    IndexCommand.printDocumentation(reader, corpus);
    for (CorpusIndexer.Failure f : r.failures().subList(0, Math.min(10, r.failures().size()))) {
      System.out.println("  failed: " + f.source() + ": " + f.reason());
    }
    if (r.failures().size() > 10) System.out.println("  … and " + (r.failures().size() - 10) + " more failures");
  }

  private static void shutdown(ApiServer server, Searcher searcher, Indexer indexer) {
    try {
      if (server != null) server.close();
    } catch (RuntimeException e) {
      System.err.println("verbatim serve: stopping the server: " + e.getMessage());
    }
    try {
      if (searcher != null) searcher.close();
    } catch (IOException | RuntimeException e) {
      System.err.println("verbatim serve: closing the searcher: " + e.getMessage());
    }
    try {
      indexer.close();
    } catch (IOException | RuntimeException e) {
      System.err.println("verbatim serve: closing the index: " + e.getMessage());
    }
  }

  /**
   * The admin endpoints' store: parses posted articles like corpus files (JSON Lines reader, plain-text parser),
   * finds their quotes, indexes them, commits and refreshes the searcher so they are searchable at once.
   */
  public static final class IndexStore implements ArticleStore, SnapshotEndpoint.Source {
    private static final String SOURCE = "api";
    private final ArticleWriter indexer;
    private final SearchBackend searcher;
    private final CorpusReader reader;
    private final Function<Article, List<Quote>> extractor;

    /** Admin writes through {@code writer} (the embedded index's or a SolrCloud collection's). */
    public IndexStore(ArticleWriter writer, SearchBackend searcher, CorpusReader reader,
        Function<Article, List<Quote>> extractor) {
      this.indexer = writer;
      this.searcher = searcher;
      this.reader = reader;
      this.extractor = extractor;
    }

    @Override
    public Result add(byte[] body, String contentType) throws IOException {
      List<Article> articles = new ArrayList<>();
      List<Failure> failures = new ArrayList<>();
      List<Warning> warnings = new ArrayList<>();
      switch (contentType) {
        case "text/plain" -> {
          String text = utf8(body);
          if (text.isBlank()) throw new IllegalArgumentException("the text is empty");
          articles.add(ArticleCompleter.complete(
              new PlainTextParser(reader.detector()).parse(IdGenerator.fromContent(text), SOURCE, text)));
        }
        case "application/json" -> readLines(JsonBody.asLines(body), articles, failures, warnings);
        case "application/x-ndjson" -> readLines(body, articles, failures, warnings);
        default -> throw new IllegalArgumentException("unsupported content type " + contentType);
      }
      long quotes = 0;
      List<String> ids = new ArrayList<>();
      synchronized (this) {
        for (Article a : articles) {
          List<Quote> found = extractor.apply(a);
          indexer.index(a, found);
          quotes += found.size();
          ids.add(a.id());
        }
        if (!ids.isEmpty()) {
          indexer.commit();
          searcher.refresh();
        }
      }
      return new Result(ids, quotes, failures, warnings);
    }

    @Override
    public long snapshotTo(Path target) throws IOException {
      return indexer.snapshotTo(target);
    }

    @Override
    public synchronized boolean delete(String articleId) throws IOException {
      if (searcher.article(articleId).isEmpty()) return false;
      indexer.delete(articleId);
      indexer.commit();
      searcher.refresh();
      return true;
    }

    private void readLines(byte[] lines, List<Article> articles, List<Failure> failures, List<Warning> warnings)
        throws IOException {
      new JsonLinesReader(reader.detector()).read(new ByteArrayInputStream(lines), SOURCE, new CorpusReader.Sink() {
        @Override public void article(Article article) {
          articles.add(ArticleCompleter.complete(article));
        }

        @Override public void failed(String source, String reason) {
          failures.add(new Failure(where(source), reason));
        }

        @Override public void skipped(String source, String reason) {
          failures.add(new Failure(where(source), "skipped: " + reason));
        }

        @Override public void warned(String source, String warning) {
          warnings.add(new Warning(where(source), warning));
        }
      });
    }

    private static String where(String source) {
      int hash = source.lastIndexOf('#');
      return hash < 0 ? "body" : "line " + source.substring(hash + 1);
    }

    private static String utf8(byte[] body) {
      try {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(body)).toString();
      } catch (CharacterCodingException e) {
        throw new IllegalArgumentException("the text is not valid UTF-8");
      }
    }
  }
}
