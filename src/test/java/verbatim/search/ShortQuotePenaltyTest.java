package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import verbatim.index.Schema;

class ShortQuotePenaltyTest {
  private static final String[] WORDS = {"budget", "tax", "vote", "road", "school", "health", "said", "plan"};

  private static Document quote(String text) {
    Document d = new Document();
    d.add(new TextField("text", text, Field.Store.NO));
    d.add(new TextField("all", "x", Field.Store.NO));
    d.add(new NumericDocValuesField(Schema.QUOTE_WORDS, text.split(" ").length));
    return d;
  }

  @Test
  void shortQuotesScoreThreeTenthsAndTopKSkippingFindsTheExhaustiveTop() throws IOException {
    Random random = new Random(7);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (int i = 0; i < 3000; i++) {
        int n = 1 + random.nextInt(i % 3 == 0 ? 2 : 20); // a third are one- or two-word quotes
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < n; k++) text.append(k == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        w.addDocument(quote(text.toString()));
      }
      w.forceMerge(1);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        Query plain = new BooleanQuery.Builder().add(new TermQuery(new Term("text", "budget")), Occur.SHOULD)
            .add(new TermQuery(new Term("text", "tax")), Occur.SHOULD).build();
        Query lowered = ShortQuotePenalty.apply(plain);
        ScoreDoc[] all = s.search(plain, new TopScoreDocCollectorManager(r.maxDoc(), Integer.MAX_VALUE)).scoreDocs;
        ScoreDoc[] allLowered = exhaustive(s, lowered);
        float[] unlowered = new float[r.maxDoc()];
        for (ScoreDoc d : all) unlowered[d.doc] = d.score;
        assertTrue(assertLowered(r, all.length, allLowered, unlowered) > 0);
        // the same scores when the penalty is scored document at a time inside a conjunction, and when its bulk
        // scorer runs under an exclusion ("all:x" is in every quote, "none" in none)
        Query inConjunction = new BooleanQuery.Builder().add(lowered, Occur.MUST)
            .add(new TermQuery(new Term("all", "x")), Occur.FILTER).build();
        Query underExclusion = new BooleanQuery.Builder().add(lowered, Occur.MUST)
            .add(new TermQuery(new Term("text", "none")), Occur.MUST_NOT).build();
        assertLowered(r, all.length, exhaustive(s, inConjunction), unlowered);
        assertLowered(r, all.length, exhaustive(s, underExclusion), unlowered);
        // top 10 with skipping allowed (count threshold 10) equals the top 10 of scoring every hit
        ScoreDoc[] top = s.search(lowered, new TopScoreDocCollectorManager(10, 10)).scoreDocs;
        assertArrayEquals(docs(Arrays.copyOf(allLowered, 10)), docs(top));
        assertEquals(allLowered[0].score, top[0].score);
      }
    }
  }

  private static ScoreDoc[] exhaustive(IndexSearcher s, Query q) throws IOException {
    return s.search(q, new TopScoreDocCollectorManager(s.getIndexReader().maxDoc(), Integer.MAX_VALUE)).scoreDocs;
  }

  /** Every hit scores its unlowered score, times the factor for a short quote; returns how many were short. */
  private static int assertLowered(DirectoryReader r, int hits, ScoreDoc[] lowered, float[] unlowered)
      throws IOException {
    assertEquals(hits, lowered.length);
    int shortSeen = 0;
    for (ScoreDoc d : lowered) {
      // a fresh iterator per hit: hits come in score order, doc values only go forward
      var words = r.leaves().get(0).reader().getNumericDocValues(Schema.QUOTE_WORDS);
      words.advanceExact(d.doc);
      boolean isShort = words.longValue() <= ShortQuotePenalty.MAX_WORDS;
      if (isShort) shortSeen++;
      assertEquals(isShort ? unlowered[d.doc] * ShortQuotePenalty.FACTOR : unlowered[d.doc], d.score, 1e-6);
    }
    return shortSeen;
  }

  private static int[] docs(ScoreDoc[] hits) {
    return Arrays.stream(hits).mapToInt(h -> h.doc).toArray();
  }
}
