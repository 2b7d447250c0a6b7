package verbatim.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A small index under steady churn (records replaced by id) keeps its deleted records near the policy's share. */
class MergePolicyTest {
  private static Document doc(int id, int version) {
    Document d = new Document();
    d.add(new StringField("id", Integer.toString(id), Field.Store.NO));
    d.add(new TextField("text", "version " + version + " of record " + id + " with a few more words", Field.Store.NO));
    return d;
  }

  /** The highest share of deleted records seen after each commit of a churn over {@code records} records. */
  static double worstDeletedShare(IndexWriterConfig config, int records, int rounds, int perRound) throws IOException {
    Random random = new Random(42);
    double worst = 0;
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, config.setMergeScheduler(new SerialMergeScheduler()))) {
      for (int i = 0; i < records; i++) w.addDocument(doc(i, 0));
      w.commit();
      for (int r = 1; r <= rounds; r++) {
        for (int k = 0; k < perRound; k++) {
          int id = random.nextInt(records);
          w.updateDocument(new Term("id", Integer.toString(id)), doc(id, r));
        }
        w.commit();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          worst = Math.max(worst, reader.numDeletedDocs() / (double) reader.maxDoc());
        }
      }
    }
    return worst;
  }

  @Test
  void deletedRecordsStayNearTheAllowedShare() throws IOException {
    // 100 rounds of 100 replacements in 2,000 records: Lucene's default policy let deletes reach 20% here
    double worst = worstDeletedShare(new IndexWriterConfig().setMergePolicy(Indexer.mergePolicy()), 2000, 100, 100);
    // the policy aims at its share; a round's fresh deletes may sit a little above it until the next merge
    assertTrue(worst <= Indexer.DELETES_PCT_ALLOWED * 1.2 / 100, "worst deleted share " + worst);
  }
}
