package verbatim.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import verbatim.index.Schema;
import verbatim.text.Folding;

/**
 * Lucene's classic syntax with our fields, read in one language ({@link QueryTranslator#advanced}); one
 * instance per parse. What the parse met (type filters, clause and multi-term counts, plain words) is read
 * from it afterwards: the classic parser reports only through the methods it calls.
 */
final class AdvancedParser extends QueryParser {
  private static final String DEFAULT = "_text";
  private final TextQueries texts;
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


  /** The query {@code parser} reads in {@code query}; a {@link SearchException} with its position when it fails. */
  static Query parse(AdvancedParser parser, String query) {
    if (query.isBlank()) return new MatchAllDocsQuery();
    try {
      Query q = parser.parse(query);
      return q == null ? new MatchAllDocsQuery() : q;
    } catch (ParseException e) {
      throw SyntaxErrors.of(query, e);
    }
  }


  AdvancedParser(TextQueries texts, Analyzer analyzer, String query, SearchRequest.DocType type, boolean minimal, String lang) {
    super(DEFAULT, analyzer);
    this.texts = texts;
    this.query = query;
    this.type = type;
    this.minimal = minimal;
    this.lang = lang;
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setAllowLeadingWildcard(false);
    setMultiTermRewriteMethod(new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(QueryTranslator.MAX_EXPANSIONS));
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
        TextQueries.Text t = texts.texts(text, slop, type, lang);
        return t == null ? null : minimal ? t.matching() : t.scored();
      }
      case "speaker" -> {
        return texts.speakerPhrase(text, slop);
      }
      case "title" -> {
        List<Query> alts = new ArrayList<>(2);
        for (String tf : QueryFields.titleFields(type, lang)) Queries.add(alts, texts.chain(lang).createPhraseQuery(tf, text, slop), 1f);
        return alts.isEmpty() ? null : alts.size() == 1 ? alts.get(0) : Queries.or(alts);
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
    return SearchException.syntax("unknown field '" + f + ":' (known: " + String.join(", ", QueryFields.FIELDS) + ")",
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
    if (++multiTerms > QueryTranslator.MAX_MULTI_TERMS)
      throw SearchException.badParameter("q", "at most " + QueryTranslator.MAX_MULTI_TERMS + " prefix, wildcard or fuzzy terms");
    clauses++;
    return switch (f) {
      case DEFAULT -> QueryFields.textFields(type, lang);
      case "speaker" -> List.of(Schema.SPEAKER_TEXT);
      case "title" -> QueryFields.titleFields(type, lang);
      default -> throw SearchException.syntax("wildcards and fuzzy terms only work on words, speaker: and title:",
          positionOf(f));
    };
  }

  private void checkPrefix(String term) {
    int first = 0;
    while (first < term.length() && term.charAt(first) != '*' && term.charAt(first) != '?') first++;
    if (first < QueryTranslator.MIN_PREFIX) {
      throw SearchException.syntax("wildcards need at least " + QueryTranslator.MIN_PREFIX + " letters before them ('" + term + "')",
          Math.max(0, query.indexOf(term)));
    }
  }

  /** One query per field, OR-ed when there are several. */
  private Query perField(List<String> fields, Function<String, Query> one) {
    List<Query> qs = new ArrayList<>(fields.size());
    for (String f : fields) qs.add(one.apply(f));
    return qs.size() == 1 ? qs.get(0) : Queries.or(qs);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) {
    List<String> fields = multiTermFields(field);
    checkPrefix(termStr + "*");
    return perField(fields, f -> new PrefixQuery(new Term(f, Folding.fold(termStr)),
        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(QueryTranslator.MAX_EXPANSIONS)));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) {
    List<String> fields = multiTermFields(field);
    checkPrefix(termStr);
    return perField(fields, f -> new WildcardQuery(new Term(f, Folding.fold(termStr)), 10_000,
        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(QueryTranslator.MAX_EXPANSIONS)));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) {
    List<String> fields = multiTermFields(field);
    int edits = Math.max(1, minSimilarity >= 1f ? Math.min(2, (int) minSimilarity) : 2);
    return perField(fields, f -> {
      // text fields hold stems: the word is stemmed by the field's language first ("goverment" → "gover",
      // 1 edit from "govern"); speaker names are folded only
      if (f.equals(Schema.SPEAKER_TEXT)) return new FuzzyQuery(new Term(f, Folding.fold(termStr)), edits, 1, 50, true);
      return new FuzzyQuery(new Term(f, texts.stem(termStr, lang)), edits, 1, 50, true);
    });
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) {
    throw SearchException.syntax("regular expressions are not supported", Math.max(0, query.indexOf('/')));
  }
}
