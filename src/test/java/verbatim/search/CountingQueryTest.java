package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import verbatim.extract.Quote;
import verbatim.index.BilingualAnalyzer;
import verbatim.index.Indexer;
import verbatim.index.Schema;
import verbatim.ingest.Article;
import verbatim.search.SearchRequest.DocType;
import verbatim.search.SearchRequest.Mode;

/**
 * The counting queries ({@link QueryTranslator.Translation#matching()}: no title clauses, no proximity boost;
 * {@link QueryTranslator.Translation#counting()}: one per language reading) find exactly the records the
 * scored query finds: the readings' hits are disjoint and their counts add up to the brute-force total, over
 * many query shapes, in both modes, with and without deleted records. For one word a reading is one term
 * query.
 */
class CountingQueryTest {
  private static final List<String> SIMPLE = List.of("ottawa", "Ottawa weighs", "bannit application", "options",
      "\"video app\"", "étudie la décision", "+ottawa -options", "québec OR ottawa", "the", "l'Assemblée nationale",
      "government phones", "décisions", "sécurité caire", "-ottawa", "", "caire", "+caire +tremblay", "eric",
      "+\"the\" +\"le\"", "\"la sécurité\"", "-ottawa -décision", "ottawa -caire", "le the", "+ottawa décision",
      "security OR sécurité", "minister ministre", "the OR le", "+sécurité -caire", "tremblay -\"passe avant\"");
  private static final List<String> ADVANCED = List.of("title:ottawa", "ottawa AND décision", "\"ottawa weighs\"",
      "prot*", "decison~", "type:stub québec", "speaker:caire AND lang:fr", "ottawa OR (video AND NOT app)",
      "title:\"video app\" OR caire", "bans", "speaker:caire", "date:2023", "lang:en", "caire OR speaker:tremblay",
      "-ottawa", "ottawa AND NOT décision", "speaker:tremblay OR ottawa", "date:[2023-03-01 TO 2024-12-31] AND sécurité",
      "the AND ottawa", "kind:indirect", "prot* AND lang:fr", "\"la sécurité\"~2", "type:article");

  @Test
  @SuppressWarnings("unchecked")
  void countingQueriesHaveTheScoredQuerysHits() throws IOException {
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16); BilingualAnalyzer analyzer = new BilingualAnalyzer()) {
      for (Object[] aq : Fixtures.bilingual()) indexer.index((Article) aq[0], (List<Quote>) aq[1]);
      indexer.commit();
      QueryTranslator translator = new QueryTranslator(analyzer);
      try (DirectoryReader reader = DirectoryReader.open(indexer.writer())) {
        compareAll(translator, new IndexSearcher(reader));
        IndexSearcher s = new IndexSearcher(reader);

        // a title word alone (both languages stem it alike): the title clause is left out of the count, and
        // each reading is one term query counted from its document frequency
        QueryTranslator.Translation options = translator.translate("options", Mode.SIMPLE, DocType.ARTICLE);
        assertEquals(2, options.counting().size(), options.counting().toString());
        long total = 0;
        for (int i = 0; i < 2; i++) {
          Query minimal = s.rewrite(options.counting().get(i));
          assertInstanceOf(TermQuery.class, minimal, minimal.toString());
          Term term = ((TermQuery) minimal).getTerm();
          assertEquals(Schema.inLanguage(Schema.ARTICLE_TEXT, Schema.LANGUAGES.get(i)), term.field());
          assertEquals(reader.docFreq(term), s.count(options.counting().get(i)), "the count is the term's document frequency");
          total += s.count(options.counting().get(i));
        }
        assertTrue(options.query().toString().contains(Schema.inLanguage(Schema.ARTICLE_TITLE, "en")), options.query().toString());
        assertEquals(1, total, "en-2 has options in its title");
      }

      // deleted records: counts skip them too
      indexer.writer().deleteDocuments(new Term(Schema.ARTICLE_ID, "en-1"), new Term(Schema.ID, "fr-2#q-0"));
      indexer.commit();
      try (DirectoryReader reader = DirectoryReader.open(indexer.writer())) {
        assertTrue(reader.hasDeletions() || reader.numDocs() < reader.maxDoc() || reader.leaves().size() > 0);
        compareAll(translator, new IndexSearcher(reader));
      }
    }
  }

  /**
   * A simple quote search's readings are bound to their language by their text fields: only the speaker-name
   * clause (a field of no language) carries the language filter, so a match on the quote's words never steps
   * through the lang: postings (the same hits: {@link #countingQueriesHaveTheScoredQuerysHits}).
   */
  @Test
  void onlyTheSpeakerClauseIsFilteredByLanguage() {
    try (BilingualAnalyzer analyzer = new BilingualAnalyzer()) {
      QueryTranslator translator = new QueryTranslator(analyzer);
      for (String q : List.of("ottawa", "sécurité caire", "\"video app\"", "+caire +tremblay")) {
        for (DocType type : new DocType[] {DocType.QUOTE, null}) {
          QueryTranslator.Translation t = translator.translate(q, Mode.SIMPLE, type);
          for (Query query : List.of(t.query(), t.matching())) {
            List<String> filtered = new java.util.ArrayList<>();
            langFiltered(query, filtered);
            assertFalse(filtered.isEmpty(), q + ": the speaker clause is filtered: " + query);
            for (String f : filtered) assertEquals(Schema.SPEAKER_TEXT, f, q + " / " + type + ": " + query);
          }
        }
      }
    }
  }

  /** Adds the fields of the clauses that sit next to a lang: filter anywhere in {@code q}. */
  private static void langFiltered(Query q, List<String> out) {
    if (q instanceof org.apache.lucene.search.BoostQuery b) {
      langFiltered(b.getQuery(), out);
    } else if (q instanceof BooleanQuery b) {
      boolean filter = b.clauses().stream().anyMatch(c -> c.isRequired() && c.query() instanceof TermQuery tq
          && tq.getTerm().field().equals(Schema.LANG));
      for (var c : b.clauses()) {
        if (filter && c.isRequired() && !(c.query() instanceof TermQuery tq && tq.getTerm().field().equals(Schema.LANG))) {
          Set<String> fields = new HashSet<>();
          c.query().visit(new org.apache.lucene.search.QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
              for (Term term : terms) fields.add(term.field());
            }
          });
          out.addAll(fields);
        } else {
          langFiltered(c.query(), out);
        }
      }
    }
  }

  private static void compareAll(QueryTranslator translator, IndexSearcher s) throws IOException {
    int compared = 0;
    int nonEmpty = 0;
    for (DocType type : new DocType[] {null, DocType.ARTICLE, DocType.QUOTE, DocType.STUB, DocType.ARTICLE_OR_STUB}) {
      for (String q : SIMPLE) {
        nonEmpty += same(s, translator.translate(q, Mode.SIMPLE, type), type, q + " [" + type + "]") ? 1 : 0;
        compared++;
      }
      for (String q : ADVANCED) {
        nonEmpty += same(s, translator.translate(q, Mode.ADVANCED, type), type, q + " [advanced " + type + "]") ? 1 : 0;
        compared++;
      }
    }
    assertTrue(nonEmpty > compared / 2, nonEmpty + " of " + compared + " queries found something");
  }

  /**
   * Asserts the scored query, the matching query and the counting queries (disjoint, summed) find the same
   * records as a brute-force walk of every hit, within the requested type as the searcher filters it; true
   * when they find any.
   */
  private static boolean same(IndexSearcher s, QueryTranslator.Translation t, DocType type, String what)
      throws IOException {
    Set<Integer> scored = docs(s, typed(t.query(), t, type));
    Set<Integer> matching = docs(s, typed(t.matching(), t, type));
    assertEquals(scored, matching, what + ": " + t.query() + " vs " + t.matching());
    assertEquals(t.base() == null, t.bonus() == null, what);
    if (t.base() != null) {
      // the first pass of a rescored search: the same records, none scored above the whole query's score
      Map<Integer, Float> full = scores(s, typed(t.query(), t, type));
      Map<Integer, Float> base = scores(s, typed(t.base(), t, type));
      assertEquals(full.keySet(), base.keySet(), what + ": " + t.query() + " vs base " + t.base());
      // and the bonus clauses add what the whole query has more: base + bonus = the whole query's score
      Map<Integer, Float> bonus = scores(s, t.bonus());
      for (var e : base.entrySet()) {
        float sum = e.getValue() + bonus.getOrDefault(e.getKey(), 0f);
        assertEquals(full.get(e.getKey()), sum, 1e-4f * sum, what + ": base + bonus for record " + e.getKey());
      }
    }
    Set<Integer> union = new HashSet<>();
    long sum = 0;
    for (Query part : t.counting()) {
      Set<Integer> hits = docs(s, typed(part, t, type));
      for (Integer d : hits) assertTrue(union.add(d), what + ": record " + d + " counted by two readings " + t.counting());
      sum += s.count(typed(part, t, type));
    }
    assertEquals(scored, union, what + ": readings " + t.counting());
    assertEquals(scored.size(), sum, what);
    assertEquals(scored.size(), s.count(typed(t.matching(), t, type)), what);
    if (t.typed() && type != null) {
      for (Integer d : scored) assertTrue(typeOf(type).contains(s.storedFields().document(d).get(Schema.TYPE)), what + " typed");
    }
    return !scored.isEmpty();
  }

  /** The query as the searcher runs it: with a type filter unless the translation is typed already. */
  private static Query typed(Query q, QueryTranslator.Translation t, DocType type) {
    if (type == null || t.typed() || t.mentionsType()) return q;
    BooleanQuery.Builder types = new BooleanQuery.Builder();
    for (String ty : typeOf(type)) types.add(new TermQuery(new Term(Schema.TYPE, ty)), Occur.SHOULD);
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(types.build(), Occur.FILTER).build();
  }

  private static Set<String> typeOf(DocType type) {
    return switch (type) {
      case ARTICLE -> Set.of(Schema.TYPE_ARTICLE);
      case STUB -> Set.of(Schema.TYPE_STUB);
      case QUOTE -> Set.of(Schema.TYPE_QUOTE);
      case ARTICLE_OR_STUB -> Set.of(Schema.TYPE_ARTICLE, Schema.TYPE_STUB);
    };
  }

  /** Brute force: every hit of the query, collected one by one. */
  private static Set<Integer> docs(IndexSearcher s, Query q) throws IOException {
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc sd : s.search(q, 10_000).scoreDocs) out.add(sd.doc);
    return out;
  }

  private static Map<Integer, Float> scores(IndexSearcher s, Query q) throws IOException {
    Map<Integer, Float> out = new HashMap<>();
    for (ScoreDoc sd : s.search(q, 10_000).scoreDocs) out.put(sd.doc, sd.score);
    return out;
  }
}
