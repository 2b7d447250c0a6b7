package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.AlsoIn;

/**
 * Shows a quote that wire copy repeats word for word, by the same speaker, in several articles once. Of the
 * copies that are hits of one search, the one with the lowest id key stands for them all; the others are left
 * out wherever they rank. The rule depends on the hit set only, never on the page, so paging and export show
 * each quote once whatever the page size (copies score alike, and equal scores are ordered by id key, so the
 * one kept is also the first of them in relevance order). One instance per search (it remembers the groups it
 * has looked up).
 */
final class CopyCollapser {
  /** What to do with one hit: leave it out, or show it with the articles of its other copies (null: none). */
  record Decision(boolean keep, AlsoIn alsoIn) {
    static final Decision ALONE = new Decision(true, null);
    static final Decision DROP = new Decision(false, null);
  }

  private final IndexSearcher searcher;
  private final Query hits;
  /** Copy key → the copies that are hits, lowest id key first. */
  private final Map<Long, ScoreDoc[]> groups = new HashMap<>();
  /** The hit query, rewritten and weighted at the first group looked up. */
  private Weight weight;

  /** @param hits the search's query with all its filters (the copies counted are hits of it) */
  CopyCollapser(IndexSearcher searcher, Query hits) {
    this.searcher = searcher;
    this.hits = hits;
  }

  /** Most first-pass hits fetched up front for a page of distinct quotes. */
  static final int MAX_FIRST_FETCH = 1000;

  /**
   * How many first-pass hits to fetch so that {@code shown} distinct quotes are likely among them: {@code shown}
   * times the index's quotes per copy group (records with a copy term over the segments' distinct copy terms;
   * groups spread over segments make it an underestimate, which a further fetch makes up for).
   */
  static int firstFetch(IndexReader reader, int shown) throws IOException {
    long quotes = 0;
    long groups = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Schema.QUOTE_COPY);
      if (terms == null || terms.size() <= 0) continue;
      quotes += terms.getDocCount();
      groups += terms.size();
    }
    long perGroup = groups == 0 ? 1 : Math.max(1, (quotes + groups - 1) / groups);
    return (int) Math.min(MAX_FIRST_FETCH, Math.max(shown, shown * perGroup));
  }

  Decision decide(int doc) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues keys = leaf.reader().getNumericDocValues(Schema.QUOTE_COPY_KEY);
    if (keys == null || !keys.advanceExact(doc - leaf.docBase)) return Decision.ALONE;
    long key = keys.longValue();
    ScoreDoc[] copies = groups.get(key);
    if (copies == null) {
      Term term = new Term(Schema.QUOTE_COPY, Schema.copyTerm(key));
      int n = reader.docFreq(term);
      copies = n <= 1 ? new ScoreDoc[0] : copies(term, n);
      groups.put(key, copies);
    }
    if (copies.length <= 1) return Decision.ALONE;
    if (copies[0].doc != doc) return Decision.DROP;
    List<String> articles = new ArrayList<>();
    for (int i = 1; i < copies.length && articles.size() < AlsoIn.MAX_LISTED; i++) {
      articles.add(articleOf(reader, leaves, copies[i].doc));
    }
    return new Decision(true, new AlsoIn(copies.length - 1, articles));
  }

  /** The article id of quote {@code doc}: from doc values, or stored fields in an index written without them. */
  private static String articleOf(IndexReader reader, List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues ids = leaf.reader().getSortedDocValues(Schema.QUOTE_ARTICLE);
    if (ids != null && ids.advanceExact(doc - leaf.docBase)) return ids.lookupOrd(ids.ordValue()).utf8ToString();
    return reader.storedFields().document(doc, Set.of(Schema.ARTICLE_ID)).get(Schema.ARTICLE_ID);
  }

  /**
   * The copies in {@code term}'s postings that are live hits, lowest id key first. The hit query is rewritten
   * and weighted once per search and only asked about the few copies of each group (advancing its iterator to
   * them), instead of a whole search per group: with many copies per quote a page looks up a group per hit.
   */
  private ScoreDoc[] copies(Term term, int n) throws IOException {
    if (weight == null) weight = searcher.createWeight(searcher.rewrite(hits), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<long[]> found = new ArrayList<>(n);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
      if (postings == null) continue;
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues ids = leaf.reader().getNumericDocValues(Schema.ID_KEY);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if ((live == null || live.get(d)) && matches(scorer, d)) {
          long id = ids != null && ids.advanceExact(d) ? ids.longValue() : Long.MAX_VALUE;
          found.add(new long[] {id, leaf.docBase + d});
        }
      }
    }
    found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
    ScoreDoc[] out = new ScoreDoc[found.size()];
    for (int i = 0; i < out.length; i++) out[i] = new ScoreDoc((int) found.get(i)[1], Float.NaN);
    return out;
  }

  /** Whether the hit query matches {@code doc}; docs are asked in increasing order within a leaf. */
  private static boolean matches(Scorer scorer, int doc) throws IOException {
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
    return at == doc && (twoPhase == null || twoPhase.matches());
  }
}
