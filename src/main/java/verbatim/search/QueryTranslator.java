package verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.ExactFormFilter;
import verbatim.index.Schema;
import verbatim.text.Folding;

/**
 * Turns the user's query text into a Lucene query over both languages. Simple mode never fails; advanced mode
 * reports syntax errors with their position. Thread-safe (a new parser per advanced query).
 */
final class QueryTranslator {
  /** Most words a simple query uses (the rest are ignored). */
  static final int MAX_SIMPLE_CLAUSES = 32;
  /** Most leaf clauses an advanced query may have. */
  static final int MAX_CLAUSES = 64;
  /** Most prefix, wildcard or fuzzy terms in one advanced query. */
  static final int MAX_MULTI_TERMS = 5;
  /** Each prefix/wildcard/fuzzy term expands to at most this many index terms (the best scoring). */
  static final int MAX_EXPANSIONS = 128;
  /** Literal characters a prefix or wildcard term needs before its first wildcard. */
  static final int MIN_PREFIX = 2;
  /** Simple queries of two to this many plain words get a proximity boost. */
  static final int MAX_REQUIRED_WORDS = 4;

  static final List<String> FIELDS = List.of("speaker", "lang", "outlet", "kind", "type", "date", "title");

  /**
   * The translated query; {@code mentionsType} when an advanced query chose record types itself; {@code typed}
   * when every match is necessarily a record of the requested type (it searched only that type's fields), so
   * no type filter is needed; {@code matching} the query without its proximity boost (same hits, for counting);
   * {@code counting} queries whose hit sets are disjoint and together are {@code matching}'s (one per language
   * reading), so the total is the sum of their counts; {@code base} (null: none) the query without the clauses
   * that only add to the score of records it already matches (titles, exact forms, the words side by side): the
   * same hits, fewer clauses per word, for a first pass whose best hits {@code bonus} (those clauses alone: a
   * record's {@code query} score is its {@code base} score plus its {@code bonus} score) then scores again;
   * both null when the query has no such clause.
   */
  record Translation(Query query, boolean mentionsType, List<String> words, Query matching, boolean typed,
      List<Query> counting, Query base, Query bonus) {
    Translation(Query query, boolean mentionsType, List<String> words) {
      this(query, mentionsType, words, query, false, List.of(query), null, null);
    }
  }

  private final BilingualAnalyzer analyzer;
  /** Folded, unstemmed analysis: speaker names. */
  private final QueryBuilder builder;
  /** The two analyses of the language text fields. */
  private final QueryBuilder english;
  private final QueryBuilder french;

  QueryTranslator(BilingualAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
    this.english = new QueryBuilder(analyzer.english());
    this.french = new QueryBuilder(analyzer.french());
  }

  Translation translate(String query, SearchRequest.Mode mode) {
    return translate(query, mode, null);
  }

  /**
   * As {@link #translate(String, SearchRequest.Mode)} for records of {@code type} (null: any): a simple query
   * then leaves out the fields such records never have (speaker names on articles, titles on quotes), which
   * changes no score and saves term lookups.
   */
  Translation translate(String query, SearchRequest.Mode mode, SearchRequest.DocType type) {
    if (mode == SearchRequest.Mode.ADVANCED) {
      Translation t = advanced(query, type);
      // type: in the query itself: its words must reach every record type's fields
      return t.mentionsType() && type != null ? advanced(query, null) : t;
    }
    return simple(query, type);
  }

  /**
   * A word or phrase's query in one language ({@code scored}) and the smallest query with the same hits
   * ({@code matching}): an article's title is also in its text field, analysed the same way, so a title match
   * is always a text match and {@code matching} leaves the title clause out (one term query for one word).
   */
  record Text(Query scored, Query matching, Query base, List<Query> bonus) {
    Text or(Text other) {
      List<Query> both = new ArrayList<>(bonus);
      both.addAll(other.bonus);
      return new Text(QueryTranslator.or(List.of(scored, other.scored)), QueryTranslator.or(List.of(matching, other.matching)),
          QueryTranslator.or(List.of(base, other.base)), both);
    }
  }

  /**
   * A word or phrase read in {@code lang} ("en" or "fr"): that language's text fields of records of
   * {@code type} (null: any record), their titles and exact forms, and speaker names (not translated). Null
   * when the language drops every word and no speaker field is searched.
   */
  Text texts(String text, int slop, SearchRequest.DocType type, String lang) {
    List<Query> scored = new ArrayList<>(5);
    List<Query> matching = new ArrayList<>(4);
    // what the scored query has less its bonus clauses (titles, exact forms), which only add to the score of
    // records the other clauses match: a title is in its article's text, an exact form at its stem's position
    List<Query> base = new ArrayList<>(4);
    List<Query> bonus = new ArrayList<>(3);
    QueryBuilder chain = chain(lang);
    String exact = exactForm(text, lang);
    for (String field : textFields(type, lang)) {
      Query q = chain.createPhraseQuery(field, text, slop);
      if (q == null) continue;
      add(scored, q, 1f);
      add(matching, q, 1f);
      add(base, q, 1f);
      if (field.equals(Schema.inLanguage(Schema.ARTICLE_TEXT, lang)))
        addBoth(scored, bonus, chain.createPhraseQuery(Schema.inLanguage(Schema.ARTICLE_TITLE, lang), text, slop), TITLE);
      if (exact != null) addBoth(scored, bonus, new TermQuery(new Term(field, exact)), EXACT);
    }
    if (type == null || type == SearchRequest.DocType.QUOTE) {
      // Speaker names are in no language's field: this clause alone is held to the language's records, so the
      // reading stays bound and needs no language filter over all of it. That filter made every match, a speaker
      // name or not, step through the long lang: postings (400k quote search, same answers: 17% less CPU)
      Query name = builder.createPhraseQuery(Schema.SPEAKER_TEXT, text, slop);
      Query speaker = name == null ? null : restrict(name, lang);
      add(scored, speaker, SPEAKER);
      add(matching, speaker, 1f);
      add(base, speaker, SPEAKER);
    }
    if (scored.isEmpty()) return null;
    return new Text(scored.size() == 1 ? scored.get(0) : or(scored),
        matching.size() == 1 ? matching.get(0) : or(matching), base.size() == 1 ? base.get(0) : or(base), bonus);
  }

  /** The phrase of {@code text} in speaker names. */
  Query speakerPhrase(String text, int slop) {
    return builder.createPhraseQuery(Schema.SPEAKER_TEXT, text, slop);
  }

  QueryBuilder chain(String lang) {
    return "fr".equals(lang) ? french : english;
  }

  // Clauses are summed, not max-ed: Lucene's disjunction-max cannot skip non-competitive documents when it
  // has a tie-breaker (every match was scored), a sum can (block-max WAND). The stems count fully; titles,
  // exact forms and speaker names add a little (0.24 and 0.15: what the former folded field and title field
  // added, measured again on CACM and PIAF, see docs/RELEVANCE.md).
  private static final float TITLE = 0.15f;
  /** Boost of the exact phrase of two to four plain words (only reorders: a sloppy one doubled query time). */
  private static final float NEAR = 0.5f;
  private static final float SPEAKER = 0.24f;
  /** Weight of a word's exact (unstemmed) form: records with the very word rank above other forms of it. */
  private static final float EXACT = 0.24f;

  /**
   * The exact-form term ({@link ExactFormFilter}) a one-word text has in {@code lang}'s index analysis: null
   * when the word is its own stem or the text is several words.
   */
  private String exactForm(String text, String lang) {
    try (TokenStream ts = analyzer.tokenStream(Schema.inLanguage(Schema.ARTICLE_TEXT, lang), text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int positions = 0;
      String found = null;
      while (ts.incrementToken()) {
        positions += inc.getPositionIncrement() > 0 ? 1 : 0;
        if (term.length() > 0 && term.charAt(0) == ExactFormFilter.MARK) found = term.toString();
      }
      ts.end();
      return positions == 1 ? found : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasArticles(SearchRequest.DocType type) {
    return type == null || type == SearchRequest.DocType.ARTICLE || type == SearchRequest.DocType.ARTICLE_OR_STUB;
  }

  private static boolean hasStubs(SearchRequest.DocType type) {
    return type == null || type == SearchRequest.DocType.STUB || type == SearchRequest.DocType.ARTICLE_OR_STUB;
  }

  /** The text fields in {@code lang} of records of {@code type} (null: any record). */
  static List<String> textFields(SearchRequest.DocType type, String lang) {
    List<String> out = new ArrayList<>(3);
    if (hasArticles(type)) out.add(Schema.inLanguage(Schema.ARTICLE_TEXT, lang));
    if (hasStubs(type)) out.add(Schema.inLanguage(Schema.STUB_TEXT, lang));
    if (type == null || type == SearchRequest.DocType.QUOTE) out.add(Schema.inLanguage(Schema.QUOTE_TEXT, lang));
    return out;
  }

  /** The fields in {@code lang} title: searches: article titles and stubs (which are titles). */
  static List<String> titleFields(SearchRequest.DocType type, String lang) {
    List<String> out = new ArrayList<>(2);
    if (type != SearchRequest.DocType.STUB) out.add(Schema.inLanguage(Schema.ARTICLE_TITLE, lang));
    if (hasStubs(type)) out.add(Schema.inLanguage(Schema.STUB_TEXT, lang));
    return out;
  }

  static void add(List<Query> alts, Query q, float boost) {
    if (q != null) alts.add(boost == 1f ? q : new BoostQuery(q, boost));
  }

  /** A bonus clause: part of the whole query and of the bonus that rescores the first pass's best hits. */
  private static void addBoth(List<Query> scored, List<Query> bonus, Query q, float boost) {
    add(scored, q, boost);
    add(bonus, q, boost);
  }

  /** A stop word in either language (or no word at all): never required. */
  private boolean isStopWord(String word) {
    return english.createPhraseQuery(Schema.ARTICLE_TEXT, word, 0) == null
        || french.createPhraseQuery(Schema.ARTICLE_TEXT, word, 0) == null;
  }

  /** The word's English and French stems (one when they agree; the folded word when both drop it). */
  List<String> stems(String word) {
    List<String> out = new ArrayList<>(2);
    for (QueryBuilder b : List.of(english, french)) {
      if (b.createPhraseQuery(Schema.ARTICLE_TEXT, word, 0) instanceof TermQuery tq && !out.contains(tq.getTerm().text()))
        out.add(tq.getTerm().text());
    }
    if (out.isEmpty()) out.add(Folding.fold(word));
    return out;
  }

  /** The word's stem in {@code lang} (the folded word when that language drops it). */
  String stem(String word, String lang) {
    return chain(lang).createPhraseQuery(Schema.ARTICLE_TEXT, word, 0) instanceof TermQuery tq ? tq.getTerm().text()
        : Folding.fold(word);
  }

  // ---------------------------------------------------------------- one reading per language

  /**
   * The English reading of a query OR its French reading. Each reading searches only its language's text
   * fields, so (unlike a fork per word) each is a plain single-language query: two words ANDed are
   * {@code (+a_en +b_en) (+a_fr +b_fr)}. A reading that may match without a term of its language's fields
   * (speaker names, dates, pure exclusions) is restricted to its language's records, so the readings' hits
   * are disjoint (a record has one language) and the total is the sum of their counts. One query, unforked,
   * when both readings are the same (no text field in it). {@code scored} and {@code matching} hold a
   * reading per language, null for a reading that can match nothing.
   */
  private static Translation fork(Query[] scored, Query[] matching, Query[] base, boolean mentionsType,
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
      s.add(bound ? scored[i] : restrict(scored[i], lang));
      m.add(bound ? matching[i] : restrict(matching[i], lang));
      if (base != null) f.add(bound ? base[i] : restrict(base[i], lang));
    }
    if (s.isEmpty()) {
      Query none = new MatchNoDocsQuery("no reading of the query can match");
      return new Translation(none, mentionsType, words, none, typed, List.of(none), null, null);
    }
    Query query = s.size() == 1 ? s.get(0) : or(s);
    Query first = f.isEmpty() ? null : f.size() == 1 ? f.get(0) : or(f);
    return new Translation(query, mentionsType, words, m.size() == 1 ? m.get(0) : or(m), typed, List.copyOf(m),
        first == null || first.equals(query) ? null : first, null);
  }

  /** The query for records in {@code lang} only. */
  private static Query restrict(Query q, String lang) {
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(new TermQuery(new Term(Schema.LANG, lang)), Occur.FILTER)
        .build();
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
    if (q instanceof BooleanQuery b) {
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

  /**
   * About how many distinct words a query seeks: its distinct English terms (words, phrase words, and in
   * advanced mode field values too: an overcount only makes the highlighter read more paragraphs).
   */
  int wordCount(String query) {
    return new HashSet<>(BilingualAnalyzer.terms(analyzer.english(), Schema.ARTICLE_TEXT, query)).size();
  }

  // ---------------------------------------------------------------- simple mode

  private record Clause(String text, boolean phrase, boolean negated, boolean required, boolean orWithPrevious) {}

  /**
   * Words, "phrases", -exclusions, +required words and OR; never throws. Words are optional and BM25 ranks
   * records with more of them first (queries are often questions; plain AND would drop good answers);
   * stop words of either language are dropped when the query has other words; two to four plain words also
   * score a little more when they stand side by side (an exact phrase: a sloppy one doubled query time).
   */
  Translation simple(String query) {
    return simple(query, null);
  }

  Translation simple(String query, SearchRequest.DocType type) {
    List<Clause> clauses = tokenize(query);
    List<List<Clause>> groups = new ArrayList<>();
    List<Clause> negatives = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (Clause c : clauses) {
      if (c.negated) {
        negatives.add(c);
        continue;
      }
      if (!c.phrase) words.add(c.text);
      if (c.orWithPrevious && !groups.isEmpty()) groups.get(groups.size() - 1).add(c);
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
    Translation t = fork(scored, matching, base, false, words, typed);
    if (t.base() == null || bonus.isEmpty()) return t;
    return new Translation(t.query(), t.mentionsType(), t.words(), t.matching(), t.typed(), t.counting(), t.base(),
        bonus.size() == 1 ? bonus.get(0) : or(bonus));
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
      boolean must = group.size() == 1 && group.get(0).required;
      for (Clause c : group) {
        boolean found = false;
        for (int i = 0; i < 2; i++) {
          Text q = texts(c.text, 0, type, Schema.LANGUAGES.get(i));
          if (q == null) continue;
          found = true;
          Text r = readings[i];
          readings[i] = r == null ? q : r.or(q);
        }
        if (!found) continue;
        any = true;
        if (!c.phrase && isStopWord(c.text)) stop = true;
        else if (!c.phrase && group.size() == 1) plain.add(c.text);
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
      Text q = texts(c.text, 0, type, lang);
      if (q != null) {
        b.add(q.matching(), Occur.MUST_NOT);
        m.add(q.matching(), Occur.MUST_NOT);
        f.add(q.matching(), Occur.MUST_NOT);
      }
    }
    // counting uses the smallest query with the same hits: no title clauses, no proximity boost (which only
    // reorders), no scores; one word is then one term query, counted from its document frequency
    Query matching = countable(m.build());
    Query near = near(g.plain(), type, lang);
    if (near != null) {
      b.add(near, Occur.SHOULD);
      extra.add(near);
    }
    return new Reading(b.build(), matching, f.build(), extra);
  }

  /** The proximity boost of two to {@link #MAX_REQUIRED_WORDS} plain words side by side in {@code lang}, or null. */
  private Query near(List<String> plain, SearchRequest.DocType type, String lang) {
    if (plain.size() < 2 || plain.size() > MAX_REQUIRED_WORDS) return null;
    List<Query> nears = new ArrayList<>(3);
    for (String field : textFields(type, lang)) add(nears, chain(lang).createPhraseQuery(field, String.join(" ", plain), 0), 1f);
    if (nears.isEmpty()) return null;
    return new BoostQuery(nears.size() == 1 ? nears.get(0) : or(nears), NEAR);
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

  static Query or(List<Query> alts) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : alts) b.add(q, Occur.SHOULD);
    return b.build();
  }

  private static List<Clause> tokenize(String s) {
    List<Clause> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    boolean pendingOr = false;
    while (i < n && out.size() < MAX_SIMPLE_CLAUSES) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean negated = false;
      boolean required = false;
      if ((c == '-' || c == '+') && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
        negated = c == '-';
        required = c == '+';
        i++;
        c = s.charAt(i);
      }
      String text;
      boolean phrase;
      if (c == '"' || c == '“' || c == '«') {
        int j = i + 1;
        while (j < n && s.charAt(j) != '"' && s.charAt(j) != '”' && s.charAt(j) != '»') j++;
        text = s.substring(i + 1, j);
        phrase = true;
        i = Math.min(n, j + 1);
      } else {
        int j = i;
        while (j < n && !Character.isWhitespace(s.charAt(j))) j++;
        text = s.substring(i, j);
        phrase = false;
        i = j;
        if (text.equals("OR") && !negated) {
          pendingOr = !out.isEmpty();
          continue;
        }
      }
      if (text.isBlank()) continue;
      out.add(new Clause(text, phrase, negated, required, pendingOr && !negated));
      pendingOr = false;
    }
    return out;
  }

  // ---------------------------------------------------------------- advanced mode

  Translation advanced(String query) {
    return advanced(query, null);
  }

  /**
   * Advanced syntax; plain words search the fields of records of {@code type} (null: any record). Parsed once
   * per language (each reading on its language's fields) and forked at the top ({@link #fork}).
   */
  Translation advanced(String query, SearchRequest.DocType type) {
    Query[] scored = new Query[2];
    Query[] matching = new Query[2];
    AdvancedParser first = null;
    int leaves = 0;
    for (int i = 0; i < 2; i++) {
      String lang = Schema.LANGUAGES.get(i);
      AdvancedParser parser = new AdvancedParser(this, analyzer, query, type, false, lang);
      scored[i] = AdvancedParser.parse(parser, query);
      if (first == null) first = parser;
      leaves += leaves(scored[i]);
      // the same query without title clauses (an article title is also in its text): same hits, cheaper count
      matching[i] = countable(AdvancedParser.parse(new AdvancedParser(this, analyzer, query, type, true, lang), query));
    }
    if (leaves > MAX_CLAUSES * 5 * 2)
      throw SearchException.badParameter("q", "the query is too complex (more than " + MAX_CLAUSES + " clauses)");
    if (first.clauses > MAX_CLAUSES)
      throw SearchException.badParameter("q", "the query has more than " + MAX_CLAUSES + " clauses");
    return fork(scored, matching, null, first.mentionsType, first.words, false);
  }

  private static int leaves(Query q) {
    int[] leaves = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void visitLeaf(Query query) {
        leaves[0]++;
      }

      @Override
      public void consumeTerms(Query query, Term... terms) {
        leaves[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return leaves[0];
  }

}
