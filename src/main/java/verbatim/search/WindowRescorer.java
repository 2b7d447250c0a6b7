package verbatim.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * Scores the top of the first pass again with the query's bonus clauses (titles, exact forms, the words side by
 * side), so that those clauses reorder the best hits without every match paying for them.
 */
final class WindowRescorer {
  /**
   * Best first-pass hits (fewest clauses per word) that the whole query scores again: titles, exact forms and
   * the words side by side only reorder these; deeper hits keep their first-pass order.
   */
  static final int WINDOW = 20;

  private WindowRescorer() {}

  /**
   * The hits with {@code bonus}'s score added to their first-pass score (so none drops), best first, equal
   * scores by id key. Reads only the segments that hold a hit, each once, in document order.
   */
  static FieldDoc[] rescore(IndexSearcher s, Query bonus, ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    Weight weight = s.createWeight(s.rewrite(bonus), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    FieldDoc[] out = new FieldDoc[hits.length];
    LeafReaderContext ctx = null;
    Scorer scorer = null;
    DocIdSetIterator it = null;
    for (int i : order) {
      FieldDoc h = (FieldDoc) hits[i];
      if (ctx == null || h.doc >= ctx.docBase + ctx.reader().maxDoc()) {
        ctx = leaves.get(ReaderUtil.subIndex(h.doc, leaves));
        ScorerSupplier supplier = weight.scorerSupplier(ctx);
        scorer = supplier == null ? null : supplier.get(Long.MAX_VALUE);
        it = scorer == null ? null : scorer.iterator();
      }
      float score = (Float) h.fields[0];
      int doc = h.doc - ctx.docBase;
      if (it != null && it.docID() < doc) it.advance(doc);
      if (it != null && it.docID() == doc) score += scorer.score();
      out[i] = new FieldDoc(h.doc, score, new Object[] {score, h.fields[1]});
    }
    Arrays.sort(out, WindowRescorer::byScoreThenKey);
    return out;
  }

  /** The index of the first hit that comes after {@code after} in relevance order (hits.length: none). */
  static int firstAfter(FieldDoc[] hits, FieldDoc after) {
    int i = 0;
    while (i < hits.length && byScoreThenKey(hits[i], after) <= 0) i++;
    return i;
  }

  /** Relevance order: higher score first, then the lower id key. */
  private static int byScoreThenKey(FieldDoc a, FieldDoc b) {
    int c = Float.compare((Float) b.fields[0], (Float) a.fields[0]);
    return c != 0 ? c : Long.compare((Long) a.fields[1], (Long) b.fields[1]);
  }
}
