package verbatim.search;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.Schema;

/**
 * Turns the user's query text into a Lucene query over both languages. Simple mode ({@link SimpleQuery}) never
 * fails; advanced mode ({@link AdvancedParser}) reports syntax errors with their position. Each is read once per
 * language, the readings joined by {@link LanguageFork}; words and phrases become queries in {@link TextQueries}
 * over the fields {@link QueryFields} names. Thread-safe (a new parser per advanced query).
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
  private final TextQueries texts;
  private final SimpleQuery simple;

  QueryTranslator(BilingualAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.texts = new TextQueries(analyzer);
    this.simple = new SimpleQuery(texts);
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

  Translation simple(String query) {
    return simple(query, null);
  }

  /** Simple mode (see {@link SimpleQuery}). */
  Translation simple(String query, SearchRequest.DocType type) {
    return simple.translate(query, type);
  }

  Translation advanced(String query) {
    return advanced(query, null);
  }

  /**
   * Advanced syntax; plain words search the fields of records of {@code type} (null: any record). Parsed once
   * per language (each reading on its language's fields) and forked at the top ({@link LanguageFork}).
   */
  Translation advanced(String query, SearchRequest.DocType type) {
    Query[] scored = new Query[2];
    Query[] matching = new Query[2];
    AdvancedParser first = null;
    int leaves = 0;
    for (int i = 0; i < 2; i++) {
      String lang = Schema.LANGUAGES.get(i);
      AdvancedParser parser = new AdvancedParser(texts, analyzer, query, type, false, lang);
      scored[i] = AdvancedParser.parse(parser, query);
      if (first == null) first = parser;
      leaves += leaves(scored[i]);
      // the same query without title clauses (an article title is also in its text): same hits, cheaper count
      matching[i] = Queries.countable(AdvancedParser.parse(new AdvancedParser(texts, analyzer, query, type, true, lang), query));
    }
    if (leaves > MAX_CLAUSES * 5 * 2)
      throw SearchException.badParameter("q", "the query is too complex (more than " + MAX_CLAUSES + " clauses)");
    if (first.clauses > MAX_CLAUSES)
      throw SearchException.badParameter("q", "the query has more than " + MAX_CLAUSES + " clauses");
    return LanguageFork.fork(scored, matching, null, first.mentionsType, first.words, false);
  }

  /** The word's English and French stems (one when they agree; the folded word when both drop it). */
  List<String> stems(String word) {
    return texts.stems(word);
  }

  /**
   * About how many distinct words a query seeks: its distinct English terms (words, phrase words, and in
   * advanced mode field values too: an overcount only makes the highlighter read more paragraphs).
   */
  int wordCount(String query) {
    return texts.wordCount(query);
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
