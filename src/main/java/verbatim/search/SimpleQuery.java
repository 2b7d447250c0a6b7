package verbatim.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import verbatim.index.Schema;
import verbatim.search.QueryTranslator.Translation;
import verbatim.search.SimpleClauses.Clause;
import verbatim.search.TextQueries.Text;

/**
 * Simple mode, the default: words, "phrases", -exclusions, +required words and OR; never throws. Words are
 * optional and BM25 ranks records with more of them first (queries are often questions; plain AND would drop
 * good answers); stop words of either language are dropped when the query has other words; two to four plain
 * words also score a little more when they stand side by side (an exact phrase: a sloppy one doubled query
 * time). Read once per language, then forked ({@link LanguageFork}). Thread-safe.
 */
final class SimpleQuery {
  /** Boost of the exact phrase of two to four plain words (only reorders: a sloppy one doubled query time). */
  private static final float NEAR = 0.5f;

  private final TextQueries texts;

  SimpleQuery(TextQueries texts) {
    this.texts = texts;
  }

  Translation translate(String query, SearchRequest.DocType type) {
    List<List<Clause>> groups = new ArrayList<>();
    List<Clause> negatives = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Clause c : SimpleClauses.of(query)) {
      if (c.negated()) {
        negatives.add(c);
        continue;
      }
      if (!c.phrase()) words.add(c.text());
      if (c.orWithPrevious() && !groups.isEmpty()) groups.get(groups.size() - 1).add(c);
      else groups.add(new ArrayList<>(List.of(c)));
    }
    Groups g = readGroups(groups, type);
    Query[] scored = new Query[2];
    Query[] matching = new Query[2];
    Query[] base = new Query[2];
    List<Query> bonus = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Reading r = reading(g, negatives, type, i);
      if (r == null) continue;
      scored[i] = r.scored();
      matching[i] = r.matching();
      base[i] = r.base();
      bonus.addAll(r.bonus());
    }
    // with a word or phrase to match, only records of the type can match (their fields are the type's own)
    boolean typed = type != null && !g.matchAll();
    Translation t = LanguageFork.fork(scored, matching, base, false, words, typed);
    if (t.base() == null || bonus.isEmpty()) return t;
    return new Translation(t.query(), t.mentionsType(), t.words(), t.matching(), t.typed(), t.counting(), t.base(),
        bonus.size() == 1 ? bonus.get(0) : Queries.or(bonus));
  }

  /**
   * A simple query's OR groups, each read per language ([0] English, [1] French; null where the language drops
   * it) and sorted into required and optional the same way for both languages; {@code plain} are the plain
   * words standing alone (not stop words), {@code matchAll} whether nothing is left to match.
   */
  private record Groups(List<Text[]> required, List<Text[]> optional, List<String> plain, boolean matchAll) {}

  private Groups readGroups(List<List<Clause>> groups, SearchRequest.DocType type) {
    List<Text[]> required = new ArrayList<>();
    List<Text[]> optional = new ArrayList<>();
    List<Text[]> stops = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (List<Clause> group : groups) {
      Text[] readings = new Text[2];
      boolean any = false;
      boolean stop = false;
      boolean must = group.size() == 1 && group.get(0).required();
      for (Clause c : group) {
        boolean found = false;
        for (int i = 0; i < 2; i++) {
          Text q = texts.texts(c.text(), 0, type, Schema.LANGUAGES.get(i));
          if (q == null) continue;
          found = true;
          Text r = readings[i];
          readings[i] = r == null ? q : r.or(q);
        }
        if (!found) continue;
        any = true;
        if (!c.phrase() && texts.isStopWord(c.text())) stop = true;
        else if (!c.phrase() && group.size() == 1) plain.add(c.text());
      }
      if (!any) continue;
      // a stop word is never required: the records of the language that drops it do not index it
      if (must && !stop) required.add(readings);
      else if (stop && group.size() == 1) stops.add(readings);
      else optional.add(readings);
    }
    if (required.isEmpty() && optional.isEmpty()) optional.addAll(stops);
    return new Groups(required, optional, plain, required.isEmpty() && optional.isEmpty());
  }

  /** A simple query's reading in one language: its scored, counting and first-pass queries, its bonus clauses. */
  private record Reading(Query scored, Query matching, Query base, List<Query> bonus) {}

  /** The reading of {@code g} in language {@code i}; null when that language cannot match it. */
  private Reading reading(Groups g, List<Clause> negatives, SearchRequest.DocType type, int i) {
    String lang = Schema.LANGUAGES.get(i);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    BooleanQuery.Builder m = new BooleanQuery.Builder();
    BooleanQuery.Builder f = new BooleanQuery.Builder();
    List<Query> extra = new ArrayList<>();
    int positive = 0;
    for (Text[] q : g.required()) {
      if (q[i] == null) return null; // a required word or phrase this language cannot match
      b.add(q[i].scored(), Occur.MUST);
      m.add(q[i].matching(), Occur.FILTER);
      f.add(q[i].base(), Occur.MUST);
      extra.addAll(q[i].bonus());
      positive++;
    }
    for (Text[] q : g.optional()) {
      if (q[i] == null) continue;
      b.add(q[i].scored(), Occur.SHOULD);
      m.add(q[i].matching(), Occur.SHOULD);
      f.add(q[i].base(), Occur.SHOULD);
      extra.addAll(q[i].bonus());
      positive++;
    }
    if (g.matchAll()) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
      m.add(new MatchAllDocsQuery(), Occur.MUST);
      f.add(new MatchAllDocsQuery(), Occur.MUST);
    } else if (positive == 0) {
      return null;
    }
    for (Clause c : negatives) {
      Text q = texts.texts(c.text(), 0, type, lang);
      if (q != null) {
        b.add(q.matching(), Occur.MUST_NOT);
        m.add(q.matching(), Occur.MUST_NOT);
        f.add(q.matching(), Occur.MUST_NOT);
      }
    }
    // counting uses the smallest query with the same hits: no title clauses, no proximity boost (which only
    // reorders), no scores; one word is then one term query, counted from its document frequency
    Query matching = Queries.countable(m.build());
    Query near = near(g.plain(), type, lang);
    if (near != null) {
      b.add(near, Occur.SHOULD);
      extra.add(near);
    }
    return new Reading(b.build(), matching, f.build(), extra);
  }

  /**
   * The proximity boost of two to {@link QueryTranslator#MAX_REQUIRED_WORDS} plain words side by side in
   * {@code lang}, or null.
   */
  private Query near(List<String> plain, SearchRequest.DocType type, String lang) {
    if (plain.size() < 2 || plain.size() > QueryTranslator.MAX_REQUIRED_WORDS) return null;
    List<Query> nears = new ArrayList<>(3);
    for (String field : QueryFields.textFields(type, lang))
      Queries.add(nears, texts.chain(lang).createPhraseQuery(field, String.join(" ", plain), 0), 1f);
    if (nears.isEmpty()) return null;
    return new BoostQuery(nears.size() == 1 ? nears.get(0) : Queries.or(nears), NEAR);
  }
}
