package verbatim.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import verbatim.index.Schema;

/** The small query shapes every part of the translator builds: OR lists, boosted clauses, counting forms. */
final class Queries {
  private Queries() {}

  static Query or(List<Query> alts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : alts) b.add(q, Occur.SHOULD);
    return b.build();
  }

  /** Adds {@code q} (when there is one) with {@code boost}; a boost of 1 adds no wrapper. */
  static void add(List<Query> alts, Query q, float boost) {
    if (q != null) alts.add(boost == 1f ? q : new BoostQuery(q, boost));
  }

  /** The query for records in {@code lang} only. */
  static Query restrict(Query q, String lang) {
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(new TermQuery(new Term(Schema.LANG, lang)), Occur.FILTER)
        .build();
  }

  /**
   * The same matches without scores: every {@link DisjunctionMaxQuery} becomes a plain OR and boosts go.
   * Lucene counts an OR of terms a window of documents at a time into a bit set, several times faster than
   * the max-heap a disjunction-max needs to combine scores.
   */
  static Query countable(Query q) {
    if (q instanceof BoostQuery bq) return countable(bq.getQuery());
    if (q instanceof DisjunctionMaxQuery dm) {
      if (dm.getDisjuncts().size() == 1) return countable(dm.getDisjuncts().iterator().next());
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Query d : dm.getDisjuncts()) b.add(countable(d), Occur.SHOULD);
      return b.build();
    }
    if (q instanceof BooleanQuery bool) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (var c : bool.clauses()) {
        Occur o = c.occur() == Occur.MUST ? Occur.FILTER : c.occur();
        b.add(o == Occur.MUST_NOT ? c.query() : countable(c.query()), o);
      }
      return b.build();
    }
    return q;
  }
}
