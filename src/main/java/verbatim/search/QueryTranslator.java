package verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
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

  private QueryBuilder chain(String lang) {
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
  private static List<String> titleFields(SearchRequest.DocType type, String lang) {
    List<String> out = new ArrayList<>(2);
    if (type != SearchRequest.DocType.STUB) out.add(Schema.inLanguage(Schema.ARTICLE_TITLE, lang));
    if (hasStubs(type)) out.add(Schema.inLanguage(Schema.STUB_TEXT, lang));
    return out;
  }

  private static void add(List<Query> alts, Query q, float boost) {
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
  private String stem(String word, String lang) {
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

  private static Query or(List<Query> alts) {
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

  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

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
      AdvancedParser parser = new AdvancedParser(analyzer, query, type, false, lang);
      scored[i] = parse(parser, query);
      if (first == null) first = parser;
      leaves += leaves(scored[i]);
      // the same query without title clauses (an article title is also in its text): same hits, cheaper count
      matching[i] = countable(parse(new AdvancedParser(analyzer, query, type, true, lang), query));
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

  private static Query parse(AdvancedParser parser, String query) {
    if (query.isBlank()) return new MatchAllDocsQuery();
    try {
      Query q = parser.parse(query);
      return q == null ? new MatchAllDocsQuery() : q;
    } catch (ParseException e) {
      throw syntaxError(query, e);
    }
  }

  private static SearchException syntaxError(String query, ParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next;
      if (next == null || next.kind == QueryParserConstants.EOF) {
        return SearchException.syntax("the query ends too early (an operator, a field or a bracket lacks what follows)",
            query.length());
      }
      return SearchException.syntax("unexpected '" + next.image + "' at position " + next.beginColumn, next.beginColumn);
    }
    if (cause instanceof TokenMgrError) {
      Matcher m = COLUMN.matcher(cause.getMessage());
      int pos = m.find() ? Math.min(query.length(), Integer.parseInt(m.group(1))) : query.length();
      return SearchException.syntax("unclosed quote or stray character near position " + pos, pos);
    }
    String msg = e.getMessage() == null ? "invalid query" : e.getMessage();
    if (msg.contains("too many boolean clauses") || msg.toLowerCase(Locale.ROOT).contains("too many"))
      return SearchException.badParameter("q", "the query has too many clauses");
    return SearchException.syntax("invalid query", 0);
  }

  /** Lucene's classic syntax with our fields; one instance per parse. */
  private final class AdvancedParser extends QueryParser {
    private static final String DEFAULT = "_text";
    private final String query;
    private final SearchRequest.DocType type;
    /** Words leave out title clauses (the counting query). */
    private final boolean minimal;
    /** The language whose reading this parse builds ("en" or "fr"). */
    private final String lang;
    boolean mentionsType;
    int clauses;
    int multiTerms;
    final List<String> words = new ArrayList<>();

    AdvancedParser(Analyzer analyzer, String query, SearchRequest.DocType type, boolean minimal, String lang) {
      super(DEFAULT, analyzer);
      this.query = query;
      this.type = type;
      this.minimal = minimal;
      this.lang = lang;
      setDefaultOperator(QueryParser.AND_OPERATOR);
      setAllowLeadingWildcard(false);
      setMultiTermRewriteMethod(new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_EXPANSIONS));
      setSplitOnWhitespace(true);
    }

    private int positionOf(String field) {
      int p = query.indexOf(field + ":");
      return Math.max(0, p);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      return route(field, text, quoted, 0);
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return route(field, text, true, slop);
    }

    private Query route(String field, String text, boolean quoted, int slop) {
      clauses++;
      String f = field == null ? DEFAULT : field.toLowerCase(Locale.ROOT);
      String lower = text.strip().toLowerCase(Locale.ROOT);
      switch (f) {
        case DEFAULT -> {
          if (!quoted) words.add(text);
          Text t = texts(text, slop, type, lang);
          return t == null ? null : minimal ? t.matching() : t.scored();
        }
        case "speaker" -> {
          return builder.createPhraseQuery(Schema.SPEAKER_TEXT, text, slop);
        }
        case "title" -> {
          List<Query> alts = new ArrayList<>(2);
          for (String tf : titleFields(type, lang)) QueryTranslator.add(alts, chain(lang).createPhraseQuery(tf, text, slop), 1f);
          return alts.isEmpty() ? null : alts.size() == 1 ? alts.get(0) : or(alts);
        }
        case "lang" -> {
          if (!lower.equals("en") && !lower.equals("fr"))
            throw SearchException.syntax("lang: takes 'en' or 'fr', not '" + text + "'", positionOf(f));
          return new TermQuery(new Term(Schema.LANG, lower));
        }
        case "kind" -> {
          if (!lower.equals("direct") && !lower.equals("partial") && !lower.equals("indirect"))
            throw SearchException.syntax("kind: takes direct, partial or indirect, not '" + text + "'", positionOf(f));
          return new TermQuery(new Term(Schema.KIND, lower));
        }
        case "type" -> {
          if (!lower.equals("quote") && !lower.equals("article") && !lower.equals("stub"))
            throw SearchException.syntax("type: takes quote, article or stub, not '" + text + "'", positionOf(f));
          mentionsType = true;
          return new TermQuery(new Term(Schema.TYPE, lower));
        }
        case "outlet" -> {
          return new TermQuery(new Term(Schema.OUTLET_KEY, Folding.key(text)));
        }
        case "date" -> {
          LocalDate[] range = dateRange(lower, f);
          return LongPoint.newRangeQuery(Schema.DATE, range[0].toEpochDay(), range[1].toEpochDay());
        }
        default -> throw unknownField(f);
      }
    }

    private SearchException unknownField(String f) {
      return SearchException.syntax("unknown field '" + f + ":' (known: " + String.join(", ", FIELDS) + ")",
          positionOf(f));
    }

    /** "2023", "2023-03" or "2023-03-05" as an inclusive day range. */
    private LocalDate[] dateRange(String value, String field) {
      try {
        if (value.matches("\\d{4}")) {
          int y = Integer.parseInt(value);
          return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        }
        if (value.matches("\\d{4}-\\d{2}")) {
          LocalDate d = LocalDate.parse(value + "-01");
          return new LocalDate[] {d, d.plusMonths(1).minusDays(1)};
        }
        LocalDate d = LocalDate.parse(value);
        return new LocalDate[] {d, d};
      } catch (java.time.DateTimeException e) {
        throw SearchException.syntax("date: takes yyyy, yyyy-MM, yyyy-MM-dd or [from TO to], not '" + value + "'",
            positionOf(field));
      }
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) {
      clauses++;
      if (field == null || !"date".equals(field.toLowerCase(Locale.ROOT))) {
        throw SearchException.syntax("ranges [a TO b] only work on date:", positionOf(field == null ? "[" : field));
      }
      long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE : dateRange(part1, field)[0].toEpochDay();
      long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : dateRange(part2, field)[1].toEpochDay();
      if (!startInclusive && from != Long.MIN_VALUE) from++;
      if (!endInclusive && to != Long.MAX_VALUE) to--;
      return LongPoint.newRangeQuery(Schema.DATE, from, to);
    }

    /** The fields a prefix, wildcard or fuzzy term searches (one per record type it may reach). */
    private List<String> multiTermFields(String field) {
      String f = field == null ? DEFAULT : field.toLowerCase(Locale.ROOT);
      if (++multiTerms > MAX_MULTI_TERMS)
        throw SearchException.badParameter("q", "at most " + MAX_MULTI_TERMS + " prefix, wildcard or fuzzy terms");
      clauses++;
      return switch (f) {
        case DEFAULT -> textFields(type, lang);
        case "speaker" -> List.of(Schema.SPEAKER_TEXT);
        case "title" -> titleFields(type, lang);
        default -> throw SearchException.syntax("wildcards and fuzzy terms only work on words, speaker: and title:",
            positionOf(f));
      };
    }

    private void checkPrefix(String term) {
      int first = 0;
      while (first < term.length() && term.charAt(first) != '*' && term.charAt(first) != '?') first++;
      if (first < MIN_PREFIX) {
        throw SearchException.syntax("wildcards need at least " + MIN_PREFIX + " letters before them ('" + term + "')",
            Math.max(0, query.indexOf(term)));
      }
    }

    /** One query per field, OR-ed when there are several. */
    private Query perField(List<String> fields, java.util.function.Function<String, Query> one) {
      List<Query> qs = new ArrayList<>(fields.size());
      for (String f : fields) qs.add(one.apply(f));
      return qs.size() == 1 ? qs.get(0) : or(qs);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) {
      List<String> fields = multiTermFields(field);
      checkPrefix(termStr + "*");
      return perField(fields, f -> new PrefixQuery(new Term(f, Folding.fold(termStr)),
          new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_EXPANSIONS)));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) {
      List<String> fields = multiTermFields(field);
      checkPrefix(termStr);
      return perField(fields, f -> new WildcardQuery(new Term(f, Folding.fold(termStr)), 10_000,
          new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_EXPANSIONS)));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) {
      List<String> fields = multiTermFields(field);
      int edits = Math.max(1, minSimilarity >= 1f ? Math.min(2, (int) minSimilarity) : 2);
      return perField(fields, f -> {
        // text fields hold stems: the word is stemmed by the field's language first ("goverment" → "gover",
        // 1 edit from "govern"); speaker names are folded only
        if (f.equals(Schema.SPEAKER_TEXT)) return new FuzzyQuery(new Term(f, Folding.fold(termStr)), edits, 1, 50, true);
        return new FuzzyQuery(new Term(f, stem(termStr, lang)), edits, 1, 50, true);
      });
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) {
      throw SearchException.syntax("regular expressions are not supported", Math.max(0, query.indexOf('/')));
    }
  }
}
