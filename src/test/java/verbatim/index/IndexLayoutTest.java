package verbatim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.search.Searcher;

/** An index written with another field layout is refused with a message that says what to do. */
class IndexLayoutTest {
  @TempDir Path dir;

  @Test
  void aNewIndexIsStampedAndReopens() throws IOException {
    try (Indexer indexer = Indexer.open(dir)) {
      indexer.commit();
    }
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      assertEquals(Schema.LAYOUT, r.getIndexCommit().getUserData().get(Indexer.LAYOUT_KEY));
    }
    try (Indexer again = Indexer.open(dir); Searcher s = Searcher.open(dir)) {
      assertTrue(again != null && s != null);
    }
  }

  @Test
  void anIndexWithRecordsOfAnotherLayoutIsRefused() throws IOException {
    write(Map.of(Indexer.LAYOUT_KEY, "1"));
    IOException e = assertThrows(IOException.class, () -> Indexer.open(dir));
    assertTrue(e.getMessage().contains("another version of Verbatim"), e.getMessage());
    assertTrue(e.getMessage().contains("layout 1"), e.getMessage());
    assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    IOException s = assertThrows(IOException.class, () -> Searcher.open(dir));
    assertTrue(s.getMessage().contains("./verbatim index"), s.getMessage());
  }

  @Test
  void anIndexWithOneTextFieldForBothLanguagesIsRefused() throws IOException {
    write(Map.of(Indexer.LAYOUT_KEY, "2")); // layout 2: article_text etc. held both languages
    IOException e = assertThrows(IOException.class, () -> Indexer.open(dir));
    assertTrue(e.getMessage().contains("layout 2"), e.getMessage());
    IOException s = assertThrows(IOException.class, () -> Searcher.open(dir));
    assertTrue(s.getMessage().contains("./verbatim index"), s.getMessage());
  }

  @Test
  void anIndexWithoutAnyLayoutStampIsRefusedToo() throws IOException {
    write(Map.of());
    IOException e = assertThrows(IOException.class, () -> Indexer.open(dir));
    assertTrue(e.getMessage().contains("layout 1;"), e.getMessage());
  }

  private void write(Map<String, String> userData) throws IOException {
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(fs, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document d = new Document();
      d.add(new StringField(Schema.ID, "old", Field.Store.YES));
      w.addDocument(d);
      w.setLiveCommitData(userData.entrySet());
      w.commit();
    }
  }
}
