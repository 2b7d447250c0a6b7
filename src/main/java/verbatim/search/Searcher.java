package verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.Indexer;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;

/**
 * Searches the embedded index. Thread-safe; one instance per index, shared by all requests.
 * Built on an {@link Indexer} it sees the writer's changes within a second (near-real-time); opened on a
 * directory it is a read-only snapshot of the last commit. Each call takes one {@link Snapshot} from
 * {@link Snapshots} and hands the work to the part that does it: {@link QueryRunner} (a page of hits),
 * {@link Exporter}, {@link ArticleReader}, {@link Suggester}.
 */
public final class Searcher implements SearchBackend {
  /** Default per-query time budget; past it the hits found so far come back flagged {@code partial}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private final Snapshots snapshots;
  private final Directory ownedDirectory;
  private final BilingualAnalyzer analyzer = new BilingualAnalyzer();
  private final QueryTranslator translator = new QueryTranslator(analyzer);
  private final Highlighter highlighter = new Highlighter(analyzer);
  private final HitReader hitReader = new HitReader(highlighter);
  private final StemWords stemWords = new StemWords(highlighter);
  private final TimedSearchers searchers = new TimedSearchers();
  private final Exporter exporter = new Exporter(translator, hitReader);
  private final Suggester suggester = new Suggester(stemWords);
  private final QueryRunner runner;
  private volatile Duration timeout = DEFAULT_TIMEOUT;

  /** Near-real-time searcher over the indexer's writer; refreshes itself at least once a second. */
  public Searcher(Indexer indexer) throws IOException {
    String key = null;
    for (Map.Entry<String, String> e : indexer.writer().getLiveCommitData()) {
      if (e.getKey().equals(Indexer.CURSOR_KEY)) key = e.getValue();
    }
    this.ownedDirectory = null;
    this.runner = runner(key);
    this.snapshots = new Snapshots(indexer.writer());
  }

  private Searcher(Directory dir, DirectoryReader reader) throws IOException {
    this.ownedDirectory = dir;
    this.runner = runner(reader.getIndexCommit().getUserData().get(Indexer.CURSOR_KEY));
    this.snapshots = new Snapshots(reader);
  }

  /** The query runner, its cursors signed with the index's key ({@code cursorKey}, hex; null: none). */
  private QueryRunner runner(String cursorKey) {
    return new QueryRunner(translator, searchers, new CursorCodec(cursorKey), hitReader,
        new SpellingSuggester(translator, stemWords));
  }

  /** Read-only searcher over the last commit in {@code indexDir}; fails clearly when there is no index. */
  public static Searcher open(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir))
      throw new IOException("no index at " + indexDir + " (run ./verbatim index first)");
    Directory dir = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(dir))
        throw new IOException("no index at " + indexDir + " (run ./verbatim index first)");
      Indexer.checkLayout(dir, indexDir.toString());
      return new Searcher(dir, DirectoryReader.open(dir));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Sets the per-query time budget (guard against runaway queries). */
  public void setTimeout(Duration timeout) {
    if (timeout == null || timeout.isNegative()) throw new IllegalArgumentException("timeout must be >= 0");
    this.timeout = timeout;
  }

  /**
   * One page of hits with facets. Throws {@link SearchException} for bad requests: syntax errors (advanced
   * syntax, typed in either mode), ambiguous speaker filters.
   */
  public SearchResponse search(SearchRequest request) throws IOException {
    SearchRequest asked = request.validate();
    Snapshot snap = snapshots.acquire();
    boolean alone = searchers.enter();
    try {
      return runner.search(snap, asked, alone, timeout);
    } finally {
      searchers.leave();
      snapshots.release(snap);
    }
  }

  /**
   * Streams every hit of the request (ignoring size and cursor) from one snapshot, in the order and with the
   * copies left out that its pages show; returns how many.
   */
  public long export(SearchRequest request, Consumer<Hit> sink) throws IOException {
    SearchRequest asked = request.validate();
    Snapshot snap = snapshots.acquire();
    try {
      return exporter.export(snap, asked, sink);
    } finally {
      snapshots.release(snap);
    }
  }

  /** An article with its paragraphs, quotes and stubs; empty when no such article. */
  public Optional<ArticleView> article(String id) throws IOException {
    if (id == null || id.isBlank()) return Optional.empty();
    Snapshot snap = snapshots.acquire();
    try {
      return ArticleReader.article(snap, id);
    } finally {
      snapshots.release(snap);
    }
  }

  /** Speakers whose name has a word starting with {@code prefix} (accent-insensitive), most quoted first. */
  public List<FacetCount> speakers(String prefix, int limit) throws IOException {
    if (limit < 1) throw SearchException.badParameter("limit", "limit must be at least 1");
    Snapshot snap = snapshots.acquire();
    try {
      return Suggester.speakers(snap, prefix, limit);
    } finally {
      snapshots.release(snap);
    }
  }

  /** Autocomplete: speakers and completions of the query's last word, most frequent first. */
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    if (limit < 1) throw SearchException.badParameter("limit", "limit must be at least 1");
    String text = prefix == null ? "" : prefix.stripLeading();
    if (text.isBlank()) return List.of();
    Snapshot snap = snapshots.acquire();
    try {
      return suggester.suggest(snap, text, limit);
    } finally {
      snapshots.release(snap);
    }
  }

  /** Counts and versions of the snapshot searches currently see. */
  public IndexStats stats() throws IOException {
    Snapshot snap = snapshots.acquire();
    try {
      DirectoryReader reader = (DirectoryReader) snap.getIndexReader();
      long commitGen;
      try {
        commitGen = reader.getIndexCommit().getGeneration();
      } catch (IOException | UnsupportedOperationException e) {
        commitGen = -1;
      }
      return new IndexStats(reader.getVersion(), commitGen, count(snap, Schema.TYPE_ARTICLE),
          count(snap, Schema.TYPE_STUB), count(snap, Schema.TYPE_QUOTE), count(snap, Schema.TYPE_FILE),
          snap.speakerNames.size());
    } finally {
      snapshots.release(snap);
    }
  }

  private static long count(IndexSearcher s, String type) throws IOException {
    return s.count(new TermQuery(new Term(Schema.TYPE, type)));
  }

  /** Cheap: changes whenever the searchable content changes (ETags). */
  public long generation() {
    try {
      Snapshot snap = snapshots.acquire();
      try {
        return ((DirectoryReader) snap.getIndexReader()).getVersion();
      } finally {
        snapshots.release(snap);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every change made so far through the indexer visible now (tests; the web need not call it). */
  public void refresh() throws IOException {
    snapshots.refresh();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      snapshots.close();
    } finally {
      if (ownedDirectory != null) ownedDirectory.close();
      analyzer.close();
    }
  }
}
