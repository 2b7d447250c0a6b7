package verbatim.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import verbatim.index.Schema;

/**
 * What a quote search adds to the translated query: labels (kind {@link Schema#KIND_LABEL}: a name or slogan in quote
 * marks, no speech) are never hits; short quotes rank lower ({@link ShortQuotePenalty}); when the query names a
 * known speaker, that speaker's quotes are hits too and rank first, above every quote that merely has the words.
 * Article and stub searches are left as they are.
 */
final class QuoteRanking {
  static final String LABEL = Schema.KIND_LABEL;
  /** Added to the named speaker's quotes: more than any text score, so they come first (by their text score). */
  static final float SPEAKER_FIRST = 1000f;

  private QuoteRanking() {}

  static QueryTranslator.Translation apply(QueryTranslator.Translation t, SearchRequest r, KnownSpeakers.One named,
      boolean hasLabels) {
    if (r.type() != SearchRequest.DocType.QUOTE) return t;
    boolean rank = r.sort() == SearchRequest.Sort.RELEVANCE && !r.query().isBlank();
    if (!rank && named == null && !hasLabels) return t;
    Query query = t.query();
    Query base = t.base();
    Query bonus = t.bonus();
    Query matching = t.matching();
    List<Query> counting = t.counting();
    if (rank) {
      query = ShortQuotePenalty.apply(query);
      base = ShortQuotePenalty.apply(base);
      bonus = ShortQuotePenalty.apply(bonus);
    }
    if (named != null) {
      Query speaker = speakerFilter(named.keys());
      Query first = new BoostQuery(new ConstantScoreQuery(speaker), SPEAKER_FIRST);
      query = either(query, first);
      base = base == null ? null : either(base, first);
      matching = either(matching, speaker);
      counting = List.of(matching);
    }
    if (hasLabels) {
      query = noLabels(query);
      base = base == null ? null : noLabels(base);
      matching = noLabels(matching);
      List<Query> c = new ArrayList<>(counting.size());
      for (Query q : counting) c.add(noLabels(q));
      counting = c;
    }
    return new QueryTranslator.Translation(query, t.mentionsType(), t.words(), matching, t.typed(), counting, base,
        bonus);
  }

  /** Quotes by any of the speaker keys. */
  static Query speakerFilter(List<String> keys) {
    if (keys.size() == 1) return new TermQuery(new Term(Schema.SPEAKER_KEY, keys.get(0)));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String k : keys) b.add(new TermQuery(new Term(Schema.SPEAKER_KEY, k)), Occur.SHOULD);
    return b.build();
  }

  private static Query either(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.SHOULD).add(b, Occur.SHOULD).build();
  }

  private static Query noLabels(Query q) {
    return new BooleanQuery.Builder().add(q, Occur.MUST)
        .add(new TermQuery(new Term(Schema.KIND, LABEL)), Occur.MUST_NOT).build();
  }
}
