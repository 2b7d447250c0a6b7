package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
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

  private static final Sort BY_KEY = new Sort(new SortField(Schema.ID_KEY, SortField.Type.LONG));

  private final IndexSearcher searcher;
  private final Query hits;
  /** Copy key → the copies that are hits, lowest id key first. */
  private final Map<Long, ScoreDoc[]> groups = new HashMap<>();

  /** @param hits the search's query with all its filters (the copies counted are hits of it) */
  CopyCollapser(IndexSearcher searcher, Query hits) {
    this.searcher = searcher;
    this.hits = hits;
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
    StoredFields stored = reader.storedFields();
    List<String> articles = new ArrayList<>();
    for (int i = 1; i < copies.length && articles.size() < AlsoIn.MAX_LISTED; i++) {
      articles.add(stored.document(copies[i].doc, java.util.Set.of(Schema.ARTICLE_ID)).get(Schema.ARTICLE_ID));
    }
    return new Decision(true, new AlsoIn(copies.length - 1, articles));
  }

  private ScoreDoc[] copies(Term term, int n) throws IOException {
    Query q = new BooleanQuery.Builder().add(new TermQuery(term), Occur.FILTER).add(hits, Occur.FILTER).build();
    return searcher.search(q, new TopFieldCollectorManager(BY_KEY, n, null, 1)).scoreDocs;
  }
}
