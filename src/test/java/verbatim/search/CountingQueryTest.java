package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
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
 * The counting query ({@link QueryTranslator.Translation#matching()}: no title clauses, no proximity boost)
 * finds exactly the records the scored query finds, and for one word it is one term query.
 */
class CountingQueryTest {
  private static final List<String> SIMPLE = List.of("ottawa", "Ottawa weighs", "bannit application", "options",
      "\"video app\"", "étudie la décision", "+ottawa -options", "québec OR ottawa", "the", "l'Assemblée nationale",
      "government phones", "décisions", "sécurité caire", "-ottawa", "");
  private static final List<String> ADVANCED = List.of("title:ottawa", "ottawa AND décision", "\"ottawa weighs\"",
      "prot*", "decison~", "type:stub québec", "speaker:caire AND lang:fr", "ottawa OR (video AND NOT app)",
      "title:\"video app\" OR caire", "bans");

  @Test
  @SuppressWarnings("unchecked")
  void countingQueryHasTheScoredQuerysHits() throws IOException {
    try (Indexer indexer = new Indexer(new ByteBuffersDirectory(), 16); BilingualAnalyzer analyzer = new BilingualAnalyzer()) {
      for (Object[] aq : Fixtures.bilingual()) indexer.index((Article) aq[0], (List<Quote>) aq[1]);
      indexer.commit();
      QueryTranslator translator = new QueryTranslator(analyzer);
      try (DirectoryReader reader = DirectoryReader.open(indexer.writer())) {
        IndexSearcher s = new IndexSearcher(reader);
        int compared = 0;
        int nonEmpty = 0;
        for (DocType type : new DocType[] {null, DocType.ARTICLE, DocType.QUOTE, DocType.STUB, DocType.ARTICLE_OR_STUB}) {
          for (String q : SIMPLE) {
            QueryTranslator.Translation t = translator.translate(q, Mode.SIMPLE, type);
            nonEmpty += same(s, t, q + " [" + type + "]") ? 1 : 0;
            compared++;
          }
          for (String q : ADVANCED) {
            QueryTranslator.Translation t = translator.translate(q, Mode.ADVANCED, type);
            nonEmpty += same(s, t, q + " [advanced " + type + "]") ? 1 : 0;
            compared++;
          }
        }
        assertTrue(nonEmpty > compared / 2, nonEmpty + " of " + compared + " queries found something");

        // a title word alone (both languages stem it alike): the title clause is left out of the count, which
        // is one term query
        QueryTranslator.Translation ottawa = translator.translate("options", Mode.SIMPLE, DocType.ARTICLE);
        Query minimal = s.rewrite(ottawa.matching());
        assertInstanceOf(TermQuery.class, minimal, minimal.toString());
        assertEquals(new Term(Schema.ARTICLE_TEXT, "option"), ((TermQuery) minimal).getTerm());
        assertTrue(ottawa.query().toString().contains(Schema.ARTICLE_TITLE), ottawa.query().toString());
        long articles = s.count(ottawa.matching());
        assertEquals(reader.docFreq(new Term(Schema.ARTICLE_TEXT, "option")), articles, "the count is the term's document frequency");
        assertEquals(1, articles, "en-2 has options in its title");
      }
    }
  }

  /** Asserts both queries match the same documents; true when they match any. */
  private static boolean same(IndexSearcher s, QueryTranslator.Translation t, String what) throws IOException {
    Set<Integer> scored = docs(s, t.query());
    Set<Integer> matching = docs(s, t.matching());
    assertEquals(scored, matching, what + ": " + t.query() + " vs " + t.matching());
    assertEquals(scored.size(), s.count(t.matching()), what);
    return !scored.isEmpty();
  }

  private static Set<Integer> docs(IndexSearcher s, Query q) throws IOException {
    Set<Integer> out = new HashSet<>();
    for (ScoreDoc sd : s.search(q, 10_000).scoreDocs) out.add(sd.doc);
    return out;
  }
}
