package verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.extract.Quote;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;
import verbatim.search.Fixtures;
import verbatim.search.SearchRequest;
import verbatim.search.Searcher;

/** How records are written: the codec (small stored-field chunks) and a norm in every scored text field. */
class IndexFormatTest {
  @TempDir Path dir;

  private static final List<String> SCORED = List.of("article_text_en", "article_text_fr", "stub_text_en",
      "stub_text_fr", "quote_text_en", "quote_text_fr", "speaker_text");

  private void indexTwoArticles() throws IOException {
    Article en = Fixtures.article("en1", "en", "Ban on the app", "2023-03-01", "Gazette", List.of("A related story"),
        "The minister said the ban starts today.", "\"We acted fast,\" said Eric Caire.");
    Article fr = Fixtures.article("fr1", "fr", "Interdiction de l'application", "2023-03-02", "Le Devoir", List.of(),
        "« Nous avons agi vite », a dit Éric Caire.");
    try (Indexer indexer = Indexer.open(dir)) {
      indexer.index(en, List.of(Fixtures.quote(en, "We acted fast,", "Eric Caire", "minister", Quote.Kind.DIRECT)));
      indexer.index(fr, List.of(Fixtures.quote(fr, "Nous avons agi vite", "Éric Caire", null, Quote.Kind.DIRECT)));
      indexer.commit();
    }
  }

  @Test
  void segmentsAreWrittenWithTheVerbatimCodecAndReadBack() throws IOException {
    indexTwoArticles();
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(fs)) {
        assertEquals(VerbatimCodec.NAME, info.info.getCodec().getName());
      }
      // the name resolves through the service loader, as when Lucene opens a segment it did not write
      assertEquals(VerbatimCodec.class, Codec.forName(VerbatimCodec.NAME).getClass());
      StoredFields stored = r.storedFields();
      int articles = 0;
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        var d = stored.document(doc);
        if (Schema.TYPE_ARTICLE.equals(d.get(Schema.TYPE))) {
          articles++;
          assertTrue(d.get(Schema.TEXT).startsWith(d.get(Schema.TITLE)), d.get(Schema.TEXT));
        }
      }
      assertEquals(2, articles);
    }
  }

  @Test
  void anIndexWrittenWithLucenesOwnCodecStillOpensAndTakesNewRecords() throws IOException {
    // an index of an earlier version: the same layout, segments written with Lucene's default codec
    Article old = Fixtures.article("old1", "en", "Old ferry story", "2022-05-01", "Gazette", List.of(),
        "The old ferry ran until spring.");
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(new BilingualAnalyzer()))) {
      w.addDocuments(Schema.documents(old, List.of(), "old.txt"));
      w.setLiveCommitData(Map.of(Indexer.LAYOUT_KEY, Schema.LAYOUT).entrySet());
      w.commit();
    }
    indexTwoArticles();
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      List<String> codecs = new ArrayList<>();
      for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(fs)) codecs.add(info.info.getCodec().getName());
      assertTrue(codecs.contains(Codec.getDefault().getName()) && codecs.contains(VerbatimCodec.NAME), codecs.toString());
    }
    try (Searcher s = Searcher.open(dir)) {
      SearchRequest ferry = new SearchRequest("ferry", SearchRequest.Mode.SIMPLE, SearchRequest.DocType.ARTICLE, null,
          null, null, null, null, null, 10, null, SearchRequest.Sort.RELEVANCE, true);
      assertEquals(1, s.search(ferry).total());
      assertEquals("Old ferry story", s.search(ferry).hits().get(0).article().title());
      assertEquals(2, s.search(new SearchRequest("ban OR interdiction", SearchRequest.Mode.SIMPLE,
          SearchRequest.DocType.ARTICLE, null, null, null, null, null, null, 10, null, SearchRequest.Sort.RELEVANCE,
          true)).total());
    }
  }

  @Test
  void aCorpusRunMergedIntoOneSegmentKeepsANormForEveryRecordItsFileRecordsToo() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path index = dir.resolve("index");
    for (int f = 0; f < 3; f++) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        lines.append("{\"id\":\"f").append(f).append('-').append(i).append("\",\"title\":\"Story ").append(i)
            .append("\",\"text\":\"The council voted on item ").append(i).append(".\",\"language\":\"en\"}\n");
      }
      Files.writeString(corpus.resolve("part-" + f + ".jsonl"), lines);
    }
    try (Indexer indexer = new Indexer(FSDirectory.open(index), 0.05)) {
      CorpusIndexer.Report r = new CorpusIndexer(indexer, new CorpusReader(), new QuoteExtractor(), 2).run(corpus, null);
      assertTrue(r.mergedSegments() > 1, "merged: " + r.mergedSegments());
    }
    try (FSDirectory fs = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(fs)) {
      assertEquals(1, r.leaves().size());
      assertEquals(3, r.docFreq(new Term(Schema.TYPE, Schema.TYPE_FILE)));
      LeafReader leaf = r.leaves().get(0).reader();
      for (String field : SCORED) {
        NumericDocValues norms = leaf.getNormValues(field);
        for (int doc = 0; doc < leaf.maxDoc(); doc++) assertTrue(norms.advanceExact(doc), field + " doc " + doc);
      }
    }
  }

  @Test
  void everyRecordHasANormInEveryScoredTextFieldAndEmptyOnesAddNoDocument() throws IOException {
    indexTwoArticles();
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      for (LeafReaderContext c : r.leaves()) {
        LeafReader leaf = c.reader();
        for (String field : SCORED) {
          NumericDocValues norms = leaf.getNormValues(field);
          assertNotNull(norms, field);
          for (int doc = 0; doc < leaf.maxDoc(); doc++) assertTrue(norms.advanceExact(doc), field + " doc " + doc);
        }
      }
      // the document counts BM25 divides by are those of the records holding the text: one English article
      assertEquals(1, r.getDocCount("article_text_en"));
      assertEquals(1, r.getDocCount("article_text_fr"));
      assertEquals(1, r.getDocCount("quote_text_en"));
      assertEquals(1, r.getDocCount("stub_text_en"));
      assertEquals(0, r.getDocCount("stub_text_fr"));
      assertEquals(2, r.getDocCount("speaker_text"));
    }
  }
}
