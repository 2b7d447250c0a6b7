package verbatim.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.ExactFormFilter;
import verbatim.index.Indexer;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.ArticleRef;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;
import verbatim.search.SearchResponse.SpeakerRef;
import verbatim.search.SearchResponse.Span;
import verbatim.text.Folding;

/**
 * Searches the index. Thread-safe; one instance per index, shared by all requests.
 * Built on an {@link Indexer} it sees the writer's changes within a second (near-real-time); opened on a
 * directory it is a read-only snapshot of the last commit; {@link Snapshots} keeps the snapshots.
 */
public final class Searcher implements SearchBackend {
  /** Default per-query time budget; past it the hits found so far come back flagged {@code partial}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
  /** Hits fetched per page while exporting. */
  static final int EXPORT_PAGE = 1000;
  /** Counting stops here unless the request asks for an exact total. */
  static final int COUNT_THRESHOLD = 1000;

  private final Snapshots snapshots;
  private final Directory ownedDirectory;
  private final BilingualAnalyzer analyzer = new BilingualAnalyzer();
  private final QueryTranslator translator = new QueryTranslator(analyzer);
  private final Highlighter highlighter = new Highlighter(analyzer);
  private final HitReader hitReader = new HitReader(highlighter);
  private final StemWords stemWords = new StemWords(highlighter);
  private final SpellingSuggester spelling = new SpellingSuggester(translator, stemWords);
  private final Suggester suggester = new Suggester(stemWords);
  private final CursorCodec cursors;
  private volatile Duration timeout = DEFAULT_TIMEOUT;
  private final TimedSearchers searchers = new TimedSearchers();

  /** Near-real-time searcher over the indexer's writer; refreshes itself at least once a second. */
  public Searcher(Indexer indexer) throws IOException {
    this.ownedDirectory = null;
    String key = null;
    for (Map.Entry<String, String> e : indexer.writer().getLiveCommitData()) {
      if (e.getKey().equals(Indexer.CURSOR_KEY)) key = e.getValue();
    }
    this.cursors = new CursorCodec(key);
    this.snapshots = new Snapshots(indexer.writer());
  }

  private Searcher(Directory dir, DirectoryReader reader) throws IOException {
    this.ownedDirectory = dir;
    this.cursors = new CursorCodec(reader.getIndexCommit().getUserData().get(Indexer.CURSOR_KEY));
    this.snapshots = new Snapshots(reader);
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

  // ------------------------------------------------------------------ search

  /**
   * One page of hits with facets. Throws {@link SearchException} for bad requests: syntax errors (advanced
   * syntax, typed in either mode), ambiguous speaker filters.
   */
  public SearchResponse search(SearchRequest request) throws IOException {
    SearchRequest asked = request.validate();
    Snapshot snap = snapshots.acquire();
    boolean alone = searchers.enter();
    try {
      List<String> notices = new ArrayList<>();
      SearchRequest r = SpeakerMatcher.resolveSpeakers(snap, asked, notices);
      SearchRequest.Mode mode = QuerySyntax.mode(r, notices);
      QueryTranslator.Translation plain = translator.translate(QuerySyntax.text(r.query(), r.mode(), mode), mode, r.type());
      KnownSpeakers.One named = SpeakerMatcher.speakerMatch(snap, r, mode, notices);
      QueryTranslator.Translation t = QuoteRanking.apply(plain, r, named, snap.hasLabels);
      Sort sort = RequestFilters.sort(r.sort());
      CursorCodec.Cursor after = r.cursor() == null || r.cursor().isEmpty() ? null : cursors.decode(r.cursor(), asked);
      IndexSearcher s = searchers.timed(snap, alone, timeout);
      // Two passes when the query has bonus clauses (titles, exact forms, words side by side) and hits are
      // ranked by score: the first, with the fewest clauses per word, finds the best WindowRescorer.WINDOW hits (and
      // counts); the bonus clauses then score those again, added to their first-pass scores. Sorted by date, the
      // first pass alone finds the same hits. A cursor says whether its page ended inside the window (redo the
      // window) or past it (first-pass order from there on: no window hit scores below its first-pass score).
      boolean rescore = t.bonus() != null && r.sort() == SearchRequest.Sort.RELEVANCE;
      boolean window = rescore && (after == null || after.rescored());
      int want = r.size() + 1;
      // the same window whatever the page size, so the order never depends on it (a bigger page continues past it)
      int n = window ? WindowRescorer.WINDOW : want;
      // The top hits never count past the threshold, so block-max WAND can skip non-competitive documents;
      // an exact total, when asked for, comes from count() (O(1) for one term) or from the facet pass, which
      // sees every match anyway. Words that must all match (or a phrase) are the exception: counting them
      // walks the same postings as scoring every match, so one pass that scores and counts them all is
      // cheaper than skipping plus counting (400k benchmark: 0.35 against 0.45 ms for two words).
      boolean facetPass = !snap.facets.isEmpty() && r.facets();
      boolean countAll = r.exact() && !facetPass && t.counting().stream().allMatch(Searcher::conjunctive);
      TopFieldCollectorManager hitsManager = new TopFieldCollectorManager(sort, n,
          window || after == null ? null : after.last(), countAll ? Integer.MAX_VALUE : COUNT_THRESHOLD);
      DrillDownQuery query = RequestFilters.drillDown(t.base() != null ? t.base() : t.query(), t, r, null);
      TopFieldDocs top;
      FacetCounter.Tally facets = null;
      Map<String, FacetCounter.Tally> sideways = new HashMap<>();
      Long distinct = null;
      long total;
      boolean exactTotal;
      if (facetPass) {
        // One pass collects the top hits and counts every match from the heap-resident facet columns (which
        // also gives the exact total). A block-max WAND pass for the top hits plus a non-scoring counting pass
        // cost more CPU on the 400k benchmark (both walk the postings; measured again with the two-pass ranking:
        // quote search mean 1.53-1.78 ms against 1.43-1.48 in one pass). Drill-sideways by hand (one counting
        // pass per selected dimension): unlike DrillSideways' own scorer this works with the per-query timeout.
        // Quote searches also count the distinct quotes (wire copies once) in that pass.
        List<String> selected = RequestFilters.selectedDims(r);
        boolean quotes = r.type() == SearchRequest.DocType.QUOTE;
        Object[] both = quotes
            ? s.search(query, new MultiCollectorManager(hitsManager,
                snap.facets.counting(FacetCounter.dimsExcept(selected)), new DistinctCopies()))
            : s.search(query,
                new MultiCollectorManager(hitsManager, snap.facets.counting(FacetCounter.dimsExcept(selected))));
        top = (TopFieldDocs) both[0];
        facets = (FacetCounter.Tally) both[1];
        if (quotes) distinct = r.collapse() ? (Long) both[2] : null;
        total = facets.hits();
        exactTotal = true;
        for (String dim : selected) {
          sideways.put(dim, s.search(RequestFilters.drillDown(t.matching(), t, r, dim), snap.facets.counting(List.of(dim))));
        }
      } else {
        top = s.search(query, hitsManager);
        total = top.totalHits.value();
        exactTotal = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        if (!exactTotal && r.exact()) {
          // the language readings' hits are disjoint: the total is the sum of their counts (one word: the
          // sum of two document frequencies)
          total = 0;
          for (Query part : t.counting()) total += s.count(RequestFilters.drillDown(part, t, r, null));
          exactTotal = true;
        }
      }
      RankedPages.Ranked ranked = RankedPages.ranked(s, query, t.bonus(), sort, top, window, after, n, want);
      CopyCollapser collapser = r.collapse() && r.type() == SearchRequest.DocType.QUOTE
          ? new CopyCollapser(s, RequestFilters.drillDown(t.matching(), t, r, null)) : null;
      RankedPages.Shown shown = collapser == null ? RankedPages.Shown.all(ranked)
          : RankedPages.collapse(s, query, sort, ranked, collapser, want);
      boolean partial = s.timedOut();
      boolean more = shown.docs().length > r.size();
      ScoreDoc[] page = more ? Arrays.copyOf(shown.docs(), r.size()) : shown.docs();
      Highlighter.Terms terms = r.highlight() ? Highlighter.terms(plain.query(), translator.wordCount(r.query())) : null;
      List<Hit> hits = hitReader.hits(snap, page, terms, r.highlight());
      for (int i = 0; i < hits.size(); i++) {
        if (shown.alsoIn()[i] != null) hits.set(i, hits.get(i).withAlsoIn(shown.alsoIn()[i]));
      }
      String cursor = more ? cursors.encode((FieldDoc) page[page.length - 1], page.length <= shown.rescored(), asked) : null;
      boolean exact = exactTotal && !partial;
      String didYouMean = total == 0 && r.cursor() == null && mode == SearchRequest.Mode.SIMPLE
          ? spelling.didYouMean(snap, plain, r) : null;
      SearchResponse.SpeakerMatch match = named == null ? null
          : new SearchResponse.SpeakerMatch(named.name(), speakerHits(s, snap, t, r, named));
      return new SearchResponse(total, exact, hits, FacetLists.facets(snap, facets, sideways), cursor, didYouMean, partial,
          distinct, match, mode.name().toLowerCase(java.util.Locale.ROOT), notices);
    } finally {
      searchers.leave();
      snapshots.release(snap);
    }
  }

  /** How many of the hits are quotes by {@code named}. */
  private long speakerHits(IndexSearcher s, Snapshot snap, QueryTranslator.Translation t, SearchRequest r,
      KnownSpeakers.One named) throws IOException {
    return s.count(new BooleanQuery.Builder().add(RequestFilters.drillDown(t.matching(), t, r, null), Occur.FILTER)
        .add(QuoteRanking.speakerFilter(named.keys()), Occur.FILTER).build());
  }

  /**
   * Streams every hit of the request (ignoring size and cursor) from one snapshot, in the order and with the
   * copies left out that its pages show; returns how many.
   */
  public long export(SearchRequest request, Consumer<Hit> sink) throws IOException {
    SearchRequest asked = request.validate();
    Snapshot snap = snapshots.acquire();
    try {
      List<String> notices = new ArrayList<>();
      SearchRequest r = SpeakerMatcher.resolveSpeakers(snap, asked, notices);
      SearchRequest.Mode mode = QuerySyntax.mode(r, notices);
      QueryTranslator.Translation plain = translator.translate(QuerySyntax.text(r.query(), r.mode(), mode), mode, r.type());
      QueryTranslator.Translation t = QuoteRanking.apply(plain, r, SpeakerMatcher.speakerMatch(snap, r, mode, notices), snap.hasLabels);
      // the order search pages show: the first pass, its best WindowRescorer.WINDOW hits scored again
      DrillDownQuery ddq = RequestFilters.drillDown(t.base() != null ? t.base() : t.query(), t, r, null);
      boolean rescore = t.bonus() != null && r.sort() == SearchRequest.Sort.RELEVANCE;
      CopyCollapser collapser = r.collapse() && r.type() == SearchRequest.DocType.QUOTE
          ? new CopyCollapser(snap, RequestFilters.drillDown(t.matching(), t, r, null)) : null;
      Sort sort = RequestFilters.sort(r.sort());
      Highlighter.Terms terms = Highlighter.terms(plain.query());
      FieldDoc after = null;
      long n = 0;
      while (true) {
        TopFieldDocs top = snap.search(ddq, new TopFieldCollectorManager(sort, EXPORT_PAGE, after, 1));
        ScoreDoc[] docs = top.scoreDocs;
        if (rescore && after == null) {
          docs = docs.clone();
          int window = Math.min(WindowRescorer.WINDOW, docs.length);
          System.arraycopy(WindowRescorer.rescore(snap, t.bonus(), Arrays.copyOf(docs, window)), 0, docs, 0, window);
        }
        List<ScoreDoc> kept = new ArrayList<>(docs.length);
        List<SearchResponse.AlsoIn> copies = new ArrayList<>(docs.length);
        for (ScoreDoc d : docs) {
          CopyCollapser.Decision decision = collapser == null ? CopyCollapser.Decision.ALONE : collapser.decide(d.doc);
          if (!decision.keep()) continue;
          kept.add(d);
          copies.add(decision.alsoIn());
        }
        List<Hit> hits = hitReader.hits(snap, kept.toArray(new ScoreDoc[0]), terms, false);
        for (int i = 0; i < hits.size(); i++) {
          sink.accept(copies.get(i) == null ? hits.get(i) : hits.get(i).withAlsoIn(copies.get(i)));
          n++;
        }
        if (top.scoreDocs.length < EXPORT_PAGE) return n;
        after = (FieldDoc) top.scoreDocs[top.scoreDocs.length - 1];
      }
    } finally {
      snapshots.release(snap);
    }
  }

  /**
   * True when counting {@code q} walks as many postings as scoring every match: words or phrases that must
   * all match, or one phrase; false for one word (a document frequency) and for optional words (a count
   * is far cheaper than scoring every record that has one of them).
   */
  static boolean conjunctive(Query q) {
    if (q instanceof BooleanQuery b) {
      List<BooleanClause> positive = new ArrayList<>();
      for (BooleanClause c : b.clauses()) if (c.occur() != Occur.MUST_NOT) positive.add(c);
      if (positive.size() == 1) return conjunctive(positive.get(0).query());
      boolean required = false;
      for (BooleanClause c : positive) {
        if (c.occur() == Occur.SHOULD) return false;
        if (!(c.query() instanceof TermQuery t && t.getTerm().field().equals(Schema.LANG))) required = true;
      }
      return required && positive.size() > 1;
    }
    return q instanceof PhraseQuery || q instanceof MultiPhraseQuery;
  }

  // ------------------------------------------------------------------ article page

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

  // ------------------------------------------------------------------ speakers and suggestions

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

  // ------------------------------------------------------------------ housekeeping

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
      throw new java.io.UncheckedIOException(e);
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
