package verbatim.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.Hit;

/** Runs one page of a quote, article or stub search on a snapshot: first pass, counts, rescoring, the page. */
final class QueryRunner {
  /** Counting stops here unless the request asks for an exact total. */
  static final int COUNT_THRESHOLD = 1000;

  private final QueryTranslator translator;
  private final TimedSearchers searchers;
  private final CursorCodec cursors;
  private final HitReader hitReader;
  private final SpellingSuggester spelling;

  QueryRunner(QueryTranslator translator, TimedSearchers searchers, CursorCodec cursors, HitReader hitReader,
      SpellingSuggester spelling) {
    this.translator = translator;
    this.searchers = searchers;
    this.cursors = cursors;
    this.hitReader = hitReader;
    this.spelling = spelling;
  }

  /**
   * What the first pass found: its top hits, the facet tallies (null without a facet pass; one sideways tally
   * per filtered dimension), the distinct quotes (null unless counted), the total and whether it is exact.
   */
  private record FirstPass(TopFieldDocs top, FacetCounter.Tally facets, Map<String, FacetCounter.Tally> sideways,
      Long distinct, long total, boolean exact) {}

  /** One page of {@code asked} (validated) on {@code snap}; {@code alone}: no other search is running. */
  SearchResponse search(Snapshot snap, SearchRequest asked, boolean alone, Duration timeout) throws IOException {
    QueryPlan p = QueryPlan.of(snap, asked, translator);
    SearchRequest r = p.request();
    Sort sort = RequestFilters.sort(r.sort());
    CursorCodec.Cursor after = r.cursor() == null || r.cursor().isEmpty() ? null : cursors.decode(r.cursor(), asked);
    IndexSearcher s = searchers.timed(snap, alone, timeout);
    // Two passes when the query has bonus clauses (titles, exact forms, words side by side) and hits are
    // ranked by score: the first, with the fewest clauses per word, finds the best WINDOW hits (and
    // counts); the bonus clauses then score those again, added to their first-pass scores. Sorted by date, the
    // first pass alone finds the same hits. A cursor says whether its page ended inside the window (redo the
    // window) or past it (first-pass order from there on: no window hit scores below its first-pass score).
    boolean window = p.rescores() && (after == null || after.rescored());
    int want = r.size() + 1;
    // the same window whatever the page size, so the order never depends on it (a bigger page continues past it)
    int n = window ? WindowRescorer.WINDOW : want;
    CopyCollapser collapser = p.collapser(s);
    if (collapser != null && after == null && r.sort() == SearchRequest.Sort.RELEVANCE && facetPass(snap, r)) {
      Page page = distinctPage(snap, s, p, sort, window, collapser, want);
      return respond(snap, s, p, page.first(), page.shown(), s.timedOut());
    }
    // a page of distinct quotes reaches as deep into the first pass as a quote has wire copies: fetch that
    // depth in the pass that walks the postings anyway rather than walk them again
    if (collapser != null) n = CopyCollapser.firstFetch(s.getIndexReader(), Math.max(n, want));
    DrillDownQuery query = p.firstPass();
    FirstPass first = firstPass(snap, s, p, query, sort, n, window || after == null ? null : after.last());
    RankedPages.Ranked ranked =
        RankedPages.ranked(s, query, p.ranked().bonus(), sort, first.top(), window, after, n, want);
    RankedPages.Shown shown = collapser == null ? RankedPages.Shown.all(ranked)
        : RankedPages.collapse(s, query, sort, ranked, collapser, want);
    boolean partial = s.timedOut();
    return respond(snap, s, p, first, shown, partial);
  }

  /** A first pass and the page it gives. */
  private record Page(FirstPass first, RankedPages.Shown shown) {}

  /**
   * The first page of distinct quotes ranked by relevance: the counting pass also keeps each copy group's best
   * hit ({@link DistinctTop}) and the first pass's best {@link WindowRescorer#WINDOW} hits, so the page needs no
   * first-pass fetch as deep as a quote has wire copies; when the groups cannot give the page that fetch gives
   * ({@link RankedPages#distinct}), it is collapsed from the first-pass order as any other page.
   */
  private static Page distinctPage(Snapshot snap, IndexSearcher s, QueryPlan p, Sort sort, boolean window,
      CopyCollapser collapser, int want) throws IOException {
    int n = WindowRescorer.WINDOW;
    DrillDownQuery query = p.firstPass();
    List<String> selected = RequestFilters.selectedDims(p.request());
    // want groups are enough: copies scoring alike, the window's quotes are the first groups and the page's
    // quotes the first want (RankedPages.distinct falls back when they are not)
    DistinctTop.Result<FacetCounter.Tally> pass =
        s.search(query, new DistinctTop<>(counting(snap, p, selected), snap.copies, n, want));
    ScoreDoc[] raw = pass.hits();
    TopFieldDocs top = new TopFieldDocs(new TotalHits(pass.counts().hits(), TotalHits.Relation.EQUAL_TO), raw,
        sort.getSort());
    FirstPass first = counted(s, p, snap, selected, top, pass.counts());
    ScoreDoc[] rescored = window ? WindowRescorer.rescore(s, p.ranked().bonus(), raw) : new ScoreDoc[0];
    RankedPages.Shown shown = RankedPages.distinct(raw, rescored, pass, collapser, want);
    if (shown == null) {
      RankedPages.Ranked ranked = RankedPages.ranked(s, query, p.ranked().bonus(), sort, top, window, null, n, want);
      shown = RankedPages.collapse(s, query, sort, ranked, collapser, want);
    }
    return new Page(first, shown);
  }

  private static boolean facetPass(Snapshot snap, SearchRequest r) {
    return !snap.facets.isEmpty() && r.facets();
  }

  /**
   * The first pass. The top hits never count past the threshold, so block-max WAND can skip non-competitive
   * documents; an exact total, when asked for, comes from count() (O(1) for one term) or from the facet pass,
   * which sees every match anyway. Words that must all match (or a phrase) are the exception: counting them
   * walks the same postings as scoring every match, so one pass that scores and counts them all is cheaper
   * than skipping plus counting.
   */
  private static FirstPass firstPass(Snapshot snap, IndexSearcher s, QueryPlan p, DrillDownQuery query, Sort sort,
      int n, FieldDoc after) throws IOException {
    SearchRequest r = p.request();
    boolean facetPass = facetPass(snap, r);
    boolean countAll = r.exact() && !facetPass && p.ranked().counting().stream().allMatch(QueryRunner::conjunctive);
    TopFieldCollectorManager hits =
        new TopFieldCollectorManager(sort, n, after, countAll ? Integer.MAX_VALUE : COUNT_THRESHOLD);
    return facetPass ? withFacets(snap, s, p, query, hits) : topOnly(s, p, query, hits);
  }

  /**
   * One pass collects the top hits and counts every match from the heap-resident facet columns (which also
   * gives the exact total): cheaper than a block-max WAND pass for the top hits plus a non-scoring counting
   * pass, since both walk the postings. Drill-sideways by hand (one counting pass per selected dimension):
   * unlike DrillSideways' own scorer this works with the per-query timeout. Quote searches also count the
   * distinct quotes (wire copies once) in that pass.
   */
  private static FirstPass withFacets(Snapshot snap, IndexSearcher s, QueryPlan p, DrillDownQuery query,
      TopFieldCollectorManager hits) throws IOException {
    List<String> selected = RequestFilters.selectedDims(p.request());
    Object[] both = s.search(query, new MultiCollectorManager(hits, counting(snap, p, selected)));
    return counted(s, p, snap, selected, (TopFieldDocs) both[0], (FacetCounter.Tally) both[1]);
  }

  /** Counts the facets but for the {@code selected} dimensions and, in a quote search, the distinct quotes. */
  private static CollectorManager<FacetCounter.Table.Counting, FacetCounter.Tally> counting(Snapshot snap,
      QueryPlan p, List<String> selected) {
    SearchRequest r = p.request();
    boolean quotes = r.type() == SearchRequest.DocType.QUOTE;
    return snap.facets.counting(FacetCounter.dimsExcept(selected), quotes && r.collapse() ? snap.copies : null);
  }

  /** The first pass from its top hits and tallies, with one sideways tally per selected dimension. */
  private static FirstPass counted(IndexSearcher s, QueryPlan p, Snapshot snap, List<String> selected,
      TopFieldDocs top, FacetCounter.Tally facets) throws IOException {
    Long distinct = facets.distinct() == FacetCounter.Tally.NOT_COUNTED ? null : facets.distinct();
    Map<String, FacetCounter.Tally> sideways = new HashMap<>();
    for (String dim : selected) sideways.put(dim, s.search(p.matching(dim), snap.facets.counting(List.of(dim))));
    return new FirstPass(top, facets, sideways, distinct, facets.hits(), true);
  }

  private static FirstPass topOnly(IndexSearcher s, QueryPlan p, DrillDownQuery query,
      TopFieldCollectorManager hits) throws IOException {
    TopFieldDocs top = s.search(query, hits);
    long total = top.totalHits.value();
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    if (!exact && p.request().exact()) {
      // the language readings' hits are disjoint: the total is the sum of their counts (one word: the
      // sum of two document frequencies)
      total = 0;
      for (Query part : p.ranked().counting()) total += s.count(RequestFilters.drillDown(part, p.ranked(), p.request(), null));
      exact = true;
    }
    return new FirstPass(top, null, Map.of(), null, total, exact);
  }

  /** The response for the page {@code shown} holds (one doc more when there is a next page). */
  private SearchResponse respond(Snapshot snap, IndexSearcher s, QueryPlan p, FirstPass first,
      RankedPages.Shown shown, boolean partial) throws IOException {
    SearchRequest r = p.request();
    boolean more = shown.docs().length > r.size();
    ScoreDoc[] page = more ? Arrays.copyOf(shown.docs(), r.size()) : shown.docs();
    Highlighter.Terms terms =
        r.highlight() ? Highlighter.terms(p.plain().query(), translator.wordCount(r.query())) : null;
    List<Hit> hits = hitReader.hits(snap, page, terms, r.highlight());
    for (int i = 0; i < hits.size(); i++) {
      if (shown.alsoIn()[i] != null) hits.set(i, hits.get(i).withAlsoIn(shown.alsoIn()[i]));
    }
    String cursor = more
        ? cursors.encode((FieldDoc) page[page.length - 1], page.length <= shown.rescored(), p.asked()) : null;
    boolean exact = first.exact() && !partial;
    String didYouMean = first.total() == 0 && r.cursor() == null && p.mode() == SearchRequest.Mode.SIMPLE
        ? spelling.didYouMean(snap, p.plain(), r) : null;
    SearchResponse.SpeakerMatch match = p.named() == null ? null
        : new SearchResponse.SpeakerMatch(p.named().name(), speakerHits(s, p));
    return new SearchResponse(first.total(), exact, hits, FacetLists.facets(snap, first.facets(), first.sideways()),
        cursor, didYouMean, partial, first.distinct(), match, p.mode().name().toLowerCase(Locale.ROOT), p.notices());
  }

  /** How many of the hits are quotes by the speaker the query names. */
  private static long speakerHits(IndexSearcher s, QueryPlan p) throws IOException {
    return s.count(new BooleanQuery.Builder().add(p.matching(null), Occur.FILTER)
        .add(QuoteRanking.speakerFilter(p.named().keys()), Occur.FILTER).build());
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
}
