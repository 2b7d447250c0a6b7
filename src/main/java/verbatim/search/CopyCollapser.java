package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.internal.hppc.IntHashSet;
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
  /** Marks a hit without a copy key (a record of an index written without them). */
  private static final long NO_KEY = Long.MIN_VALUE;

  /** Copy key of each hit looked up so far ({@link #NO_KEY}: none). */
  private final Map<Integer, Long> docKeys = new HashMap<>();
  /** Docs the first pass returned: hits, so a copy among them needs no check against the query. */
  private final IntHashSet known = new IntHashSet();
  /** The hit query, rewritten and weighted at the first copy that needs checking. */
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

  /** Notes that {@code docs}, returned by a pass of the search's query, are hits. */
  void knownHits(ScoreDoc[] docs) {
    for (ScoreDoc d : docs) known.add(d.doc);
  }

  /** Notes that {@code docs}, seen by a pass of the search's query, are hits. */
  void knownHits(int[] docs) {
    for (int d : docs) known.add(d);
  }

  Decision decide(int doc) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    Long known = docKeys.get(doc);
    long key = known != null ? known : keyOf(leaves, doc);
    if (key == NO_KEY) return Decision.ALONE;
    ScoreDoc[] copies = groups.get(key);
    if (copies == null) {
      lookUp(new ScoreDoc[] {new ScoreDoc(doc, Float.NaN)});
      copies = groups.get(key);
    }
    if (copies.length <= 1) return Decision.ALONE;
    if (copies[0].doc != doc) return Decision.DROP;
    int listed = Math.min(copies.length - 1, AlsoIn.MAX_LISTED);
    int[] docs = new int[listed];
    for (int i = 0; i < listed; i++) docs[i] = copies[i + 1].doc;
    return new Decision(true, new AlsoIn(copies.length - 1, articlesOf(reader, leaves, docs)));
  }

  /**
   * Looks up the copy groups of {@code docs} not known yet, all at once: each group's copies from its term's
   * postings, then one scorer of the hit query per segment asked about all of them in document order (a scorer
   * per group would look up every query word's terms again for each group).
   */
  void lookUp(ScoreDoc[] docs) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    Map<Long, List<long[]>> found = new HashMap<>();
    List<List<long[]>> candidates = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) candidates.add(new ArrayList<>());
    for (ScoreDoc hit : readKeys(leaves, docs)) {
      long key = docKeys.get(hit.doc);
      if (key == NO_KEY || groups.containsKey(key) || found.containsKey(key)) continue;
      Term term = new Term(Schema.QUOTE_COPY, Schema.copyTerm(key));
      if (reader.docFreq(term) <= 1) {
        groups.put(key, new ScoreDoc[0]);
        continue;
      }
      found.put(key, new ArrayList<>());
      for (LeafReaderContext leaf : leaves) {
        PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
        if (postings == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
          if (live == null || live.get(d)) candidates.get(leaf.ord).add(new long[] {d, key});
        }
      }
    }
    if (found.isEmpty()) return;
    for (LeafReaderContext leaf : leaves) keepHits(leaf, candidates.get(leaf.ord), found);
    for (Map.Entry<Long, List<long[]>> e : found.entrySet()) {
      List<long[]> copies = e.getValue();
      copies.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
      ScoreDoc[] out = new ScoreDoc[copies.size()];
      for (int i = 0; i < out.length; i++) out[i] = new ScoreDoc((int) copies.get(i)[1], Float.NaN);
      groups.put(e.getKey(), out);
    }
  }

  /**
   * Adds to {@code found} (id key, doc) for each of {@code leaf}'s candidates (doc, copy key) that is a hit: a
   * known hit at once, any other checked against the query (its scorer made only when one needs checking).
   */
  private void keepHits(LeafReaderContext leaf, List<long[]> candidates, Map<Long, List<long[]>> found)
      throws IOException {
    if (candidates.isEmpty()) return;
    candidates.sort(Comparator.comparingLong(c -> c[0]));
    NumericDocValues ids = leaf.reader().getNumericDocValues(Schema.ID_KEY);
    Scorer scorer = null;
    boolean noScorer = false;
    for (long[] c : candidates) {
      int d = (int) c[0];
      if (!known.contains(leaf.docBase + d)) {
        if (scorer == null && !noScorer) {
          if (weight == null) weight = searcher.createWeight(searcher.rewrite(hits), ScoreMode.COMPLETE_NO_SCORES, 1f);
          scorer = weight.scorer(leaf);
          noScorer = scorer == null;
        }
        if (noScorer || !matches(scorer, d)) continue;
      }
      long id = ids != null && ids.advanceExact(d) ? ids.longValue() : Long.MAX_VALUE;
      found.get(c[1]).add(new long[] {id, leaf.docBase + d});
    }
  }

  /**
   * Reads the copy keys of {@code docs} into {@link #docKeys}, one doc-values iterator per segment in document
   * order; returns {@code docs} in their given order.
   */
  private ScoreDoc[] readKeys(List<LeafReaderContext> leaves, ScoreDoc[] docs) throws IOException {
    int[] sorted = new int[docs.length];
    for (int i = 0; i < docs.length; i++) sorted[i] = docs[i].doc;
    Arrays.sort(sorted);
    LeafReaderContext leaf = null;
    NumericDocValues keys = null;
    for (int doc : sorted) {
      if (docKeys.containsKey(doc)) continue;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        keys = leaf.reader().getNumericDocValues(Schema.QUOTE_COPY_KEY);
      }
      docKeys.put(doc, keys != null && keys.advanceExact(doc - leaf.docBase) ? keys.longValue() : NO_KEY);
    }
    return docs;
  }

  private static long keyOf(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues keys = leaf.reader().getNumericDocValues(Schema.QUOTE_COPY_KEY);
    return keys != null && keys.advanceExact(doc - leaf.docBase) ? keys.longValue() : NO_KEY;
  }

  /**
   * The article ids of quotes {@code docs}, in their order: from doc values read in document order with one
   * iterator per segment (an iterator cannot go back, and opening one per quote costs more than the read), or
   * from stored fields in an index written without them.
   */
  private static List<String> articlesOf(IndexReader reader, List<LeafReaderContext> leaves, int[] docs)
      throws IOException {
    Integer[] order = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    String[] ids = new String[docs.length];
    LeafReaderContext leaf = null;
    SortedDocValues values = null;
    for (int i : order) {
      int doc = docs[i];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = leaf.reader().getSortedDocValues(Schema.QUOTE_ARTICLE);
      }
      ids[i] = values != null && values.advanceExact(doc - leaf.docBase)
          ? values.lookupOrd(values.ordValue()).utf8ToString()
          : reader.storedFields().document(doc, Set.of(Schema.ARTICLE_ID)).get(Schema.ARTICLE_ID);
    }
    return Arrays.asList(ids);
  }

  /** Whether the hit query matches {@code doc}; docs are asked in increasing order within a leaf. */
  private static boolean matches(Scorer scorer, int doc) throws IOException {
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
    return at == doc && (twoPhase == null || twoPhase.matches());
  }
}
