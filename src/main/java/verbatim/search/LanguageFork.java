package verbatim.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import verbatim.index.Schema;
import verbatim.search.QueryTranslator.Translation;

/**
 * The English reading of a query OR its French reading. Each reading searches only its language's text
 * fields, so (unlike a fork per word) each is a plain single-language query: two words ANDed are
 * {@code (+a_en +b_en) (+a_fr +b_fr)}. A reading that may match without a term of its language's fields
 * (speaker names, dates, pure exclusions) is restricted to its language's records, so the readings' hits
 * are disjoint (a record has one language) and the total is the sum of their counts.
 */
final class LanguageFork {
  private LanguageFork() {}

  /**
   * The two readings as one translation; one query, unforked, when both readings are the same (no text field
   * in it). {@code scored} and {@code matching} hold a reading per language ([0] English, [1] French), null for
   * a reading that can match nothing; {@code base} the first-pass readings, or null when there is no first pass.
   */
  static Translation fork(Query[] scored, Query[] matching, Query[] base, boolean mentionsType,
      List<String> words, boolean typed) {
    if (scored[0] != null && scored[0].equals(scored[1]) && matching[0].equals(matching[1]))
      return new Translation(scored[0], mentionsType, words, matching[0], typed, List.of(matching[0]),
          base == null || base[0].equals(scored[0]) ? null : base[0], null);
    List<Query> s = new ArrayList<>(2);
    List<Query> m = new ArrayList<>(2);
    List<Query> f = new ArrayList<>(2);
    for (int i = 0; i < 2; i++) {
      if (scored[i] == null) continue;
      String lang = Schema.LANGUAGES.get(i);
      boolean bound = bound(matching[i], lang);
      s.add(bound ? scored[i] : Queries.restrict(scored[i], lang));
      m.add(bound ? matching[i] : Queries.restrict(matching[i], lang));
      if (base != null) f.add(bound ? base[i] : Queries.restrict(base[i], lang));
    }
    if (s.isEmpty()) {
      Query none = new MatchNoDocsQuery("no reading of the query can match");
      return new Translation(none, mentionsType, words, none, typed, List.of(none), null, null);
    }
    Query query = s.size() == 1 ? s.get(0) : Queries.or(s);
    Query first = f.isEmpty() ? null : f.size() == 1 ? f.get(0) : Queries.or(f);
    return new Translation(query, mentionsType, words, m.size() == 1 ? m.get(0) : Queries.or(m), typed, List.copyOf(m),
        first == null || first.equals(query) ? null : first, null);
  }

  /**
   * True when every record {@code q} matches is a record in language {@code lang}: it has a term in a text field
   * of that language, or it is the {@code lang:} term itself; for a boolean query, a required clause is so
   * bound, or, with no required clause, every optional one.
   */
  static boolean bound(Query q, String lang) {
    if (q instanceof TermQuery tq && tq.getTerm().field().equals(Schema.LANG)) return tq.getTerm().text().equals(lang);
    if (q instanceof BoostQuery bq) return bound(bq.getQuery(), lang);
    if (q instanceof ConstantScoreQuery cs) return bound(cs.getQuery(), lang);
    if (q instanceof BooleanQuery b) return boolBound(b, lang);
    return termsBound(q, lang);
  }

  private static boolean boolBound(BooleanQuery b, String lang) {
    boolean required = false;
    boolean optional = false;
    for (var c : b.clauses()) {
      if (c.isRequired()) {
        required = true;
        if (bound(c.query(), lang)) return true;
      }
    }
    if (required) return false;
    for (var c : b.clauses()) {
      if (c.occur() != Occur.SHOULD) continue;
      optional = true;
      if (!bound(c.query(), lang)) return false;
    }
    return optional;
  }

  /** Any other query: bound when it reads terms, all of them in {@code lang}'s fields (exclusions aside). */
  private static boolean termsBound(Query q, String lang) {
    String suffix = Schema.inLanguage("", lang);
    boolean[] seen = {false, true}; // [some field seen, every field is the language's]
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) field(t.field());
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        field(field);
      }

      @Override
      public void visitLeaf(Query query) {
        seen[1] = false; // no terms known (points, match-all): not bound
      }

      private void field(String f) {
        seen[0] = true;
        seen[1] &= f.endsWith(suffix) && !f.equals(Schema.LANG);
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return seen[0] && seen[1];
  }
}
