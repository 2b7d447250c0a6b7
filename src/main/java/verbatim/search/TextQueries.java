package verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.ExactFormFilter;
import verbatim.index.Schema;
import verbatim.text.Folding;

/**
 * A word or phrase as queries in one language: analysed by that language's chain (stems, stop words, exact
 * forms) over the text and title fields, and folded but unstemmed over speaker names. Both query modes build
 * their words and phrases here. Thread-safe.
 */
final class TextQueries {
  // Clauses are summed, not max-ed: Lucene's disjunction-max cannot skip non-competitive documents when it
  // has a tie-breaker (every match was scored), a sum can (block-max WAND). The stems count fully; titles,
  // exact forms and speaker names add a little (0.24 and 0.15: what the former folded field and title field
  // added, measured again on CACM and PIAF, see docs/RELEVANCE.md).
  private static final float TITLE = 0.15f;
  private static final float SPEAKER = 0.24f;
  /** Weight of a word's exact (unstemmed) form: records with the very word rank above other forms of it. */
  private static final float EXACT = 0.24f;

  private final BilingualAnalyzer analyzer;
  /** Folded, unstemmed analysis: speaker names. */
  private final QueryBuilder builder;
  /** The two analyses of the language text fields. */
  private final QueryBuilder english;
  private final QueryBuilder french;

  TextQueries(BilingualAnalyzer analyzer) {
    this.analyzer = analyzer;
    this.builder = new QueryBuilder(analyzer);
    this.english = new QueryBuilder(analyzer.english());
    this.french = new QueryBuilder(analyzer.french());
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
      return new Text(Queries.or(List.of(scored, other.scored)), Queries.or(List.of(matching, other.matching)),
          Queries.or(List.of(base, other.base)), both);
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
    for (String field : QueryFields.textFields(type, lang)) {
      Query q = chain.createPhraseQuery(field, text, slop);
      if (q == null) continue;
      Queries.add(scored, q, 1f);
      Queries.add(matching, q, 1f);
      Queries.add(base, q, 1f);
      if (field.equals(Schema.inLanguage(Schema.ARTICLE_TEXT, lang)))
        addBoth(scored, bonus, chain.createPhraseQuery(Schema.inLanguage(Schema.ARTICLE_TITLE, lang), text, slop), TITLE);
      if (exact != null) addBoth(scored, bonus, new TermQuery(new Term(field, exact)), EXACT);
    }
    if (type == null || type == SearchRequest.DocType.QUOTE) {
      // Speaker names are in no language's field: this clause alone is held to the language's records, so the
      // reading stays bound and needs no language filter over all of it. That filter made every match, a speaker
      // name or not, step through the long lang: postings (400k quote search, same answers: 17% less CPU)
      Query name = builder.createPhraseQuery(Schema.SPEAKER_TEXT, text, slop);
      Query speaker = name == null ? null : Queries.restrict(name, lang);
      Queries.add(scored, speaker, SPEAKER);
      Queries.add(matching, speaker, 1f);
      Queries.add(base, speaker, SPEAKER);
    }
    if (scored.isEmpty()) return null;
    return new Text(scored.size() == 1 ? scored.get(0) : Queries.or(scored),
        matching.size() == 1 ? matching.get(0) : Queries.or(matching), base.size() == 1 ? base.get(0) : Queries.or(base),
        bonus);
  }

  /** The phrase of {@code text} in speaker names. */
  Query speakerPhrase(String text, int slop) {
    return builder.createPhraseQuery(Schema.SPEAKER_TEXT, text, slop);
  }

  QueryBuilder chain(String lang) {
    return "fr".equals(lang) ? french : english;
  }

  /** A stop word in either language (or no word at all): never required. */
  boolean isStopWord(String word) {
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

  /** The distinct English terms of {@code query} (see {@link QueryTranslator#wordCount}). */
  int wordCount(String query) {
    return new HashSet<>(BilingualAnalyzer.terms(analyzer.english(), Schema.ARTICLE_TEXT, query)).size();
  }

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

  /** A bonus clause: part of the whole query and of the bonus that rescores the first pass's best hits. */
  private static void addBoth(List<Query> scored, List<Query> bonus, Query q, float boost) {
    Queries.add(scored, q, boost);
    Queries.add(bonus, q, boost);
  }
}
