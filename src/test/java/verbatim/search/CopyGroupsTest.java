package verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import verbatim.index.Schema;

class CopyGroupsTest {
  private static void add(IndexWriter w, Long key) throws IOException {
    Document d = new Document();
    d.add(new StringField("x", "y", Field.Store.NO));
    if (key != null) d.add(new NumericDocValuesField(Schema.QUOTE_COPY_KEY, key));
    w.addDocument(d);
  }

  /** Marks every document of {@code reader} and returns the distinct count. */
  private static long distinctOfAll(CopyGroups.Table table, DirectoryReader reader) {
    CopyGroups.Marks marks = new CopyGroups.Marks(table);
    for (LeafReaderContext leaf : reader.leaves()) {
      int[] docs = new int[leaf.reader().maxDoc()];
      for (int i = 0; i < docs.length; i++) docs[i] = i;
      marks.mark(leaf.ord, docs, docs.length);
    }
    return CopyGroups.Marks.count(List.of(marks));
  }

  @Test
  void aGroupSpreadOverSegmentsCountsOnceAndKeylessRecordsEachCount() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      add(w, 7L);
      add(w, 7L);
      add(w, -3L);
      add(w, null);
      w.commit();
      add(w, 7L); // the same group in a second segment
      add(w, 11L);
      add(w, null);
      w.commit();
      CopyGroups groups = new CopyGroups();
      try (DirectoryReader r = DirectoryReader.open(w)) {
        assertEquals(2, r.leaves().size());
        CopyGroups.Table t = groups.table(r);
        assertEquals(4, t.size()); // ids 1..3 for keys 7, -3, 11
        // 3 groups (7, -3, 11) and 2 records without a key
        assertEquals(5, distinctOfAll(t, r));
        CopyGroups.Marks none = new CopyGroups.Marks(t);
        assertEquals(0, CopyGroups.Marks.count(List.of(none)));
      }
    }
  }

  @Test
  void unchangedSegmentsKeepTheirColumnAndIdsAcrossRefreshes() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      add(w, 5L);
      w.commit();
      CopyGroups groups = new CopyGroups();
      List<int[]> first = new ArrayList<>();
      try (DirectoryReader r = DirectoryReader.open(w)) {
        first.addAll(groups.table(r).leaves());
      }
      add(w, 5L);
      add(w, 9L);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(w)) {
        CopyGroups.Table t = groups.table(r);
        assertSame(first.get(0), t.leaves().get(0));
        assertEquals(t.leaves().get(0)[0], t.leaves().get(1)[0]); // key 5 has one id in both segments
        assertEquals(2, distinctOfAll(t, r));
      }
    }
  }

  @Test
  void aSegmentWithoutCopyKeysHasNoColumn() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      add(w, null);
      add(w, null);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(w)) {
        CopyGroups.Table t = new CopyGroups().table(r);
        assertNull(t.leaves().get(0));
        assertEquals(2, distinctOfAll(t, r));
      }
    }
  }

  @Test
  void churnDoesNotGrowTheDictionaryBeyondTwiceTheIndex() throws IOException {
    int live = 40;
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      CopyGroups groups = new CopyGroups();
      long key = 0;
      for (int round = 0; round < 100; round++) {
        // every round replaces all quotes by quotes of new groups, two copies each
        for (int i = 0; i < live; i++) {
          Document d = new Document();
          d.add(new StringField("slot", Integer.toString(i), Field.Store.NO));
          d.add(new NumericDocValuesField(Schema.QUOTE_COPY_KEY, key + i / 2));
          w.updateDocument(new Term("slot", Integer.toString(i)), d);
        }
        key += live;
        w.commit();
        try (DirectoryReader r = DirectoryReader.open(w)) {
          CopyGroups.Table t = groups.table(r);
          assertTrue(t.size() <= CopyGroups.MIN_IDS_BEFORE_REBUILD + 2 * r.maxDoc() + live + 1,
              "round " + round + ": " + t.size() + " ids for " + r.maxDoc() + " records");
          assertEquals(live / 2, distinctOfLive(t, r));
        }
      }
      assertTrue(key / 2 > CopyGroups.MIN_IDS_BEFORE_REBUILD + 2L * live); // enough churn to need a rebuild
    }
  }

  /** Marks the live documents of {@code reader} and returns the distinct count. */
  private static long distinctOfLive(CopyGroups.Table table, DirectoryReader reader) {
    CopyGroups.Marks marks = new CopyGroups.Marks(table);
    for (LeafReaderContext leaf : reader.leaves()) {
      var liveDocs = leaf.reader().getLiveDocs();
      int[] docs = new int[leaf.reader().maxDoc()];
      int n = 0;
      for (int i = 0; i < docs.length; i++) if (liveDocs == null || liveDocs.get(i)) docs[n++] = i;
      marks.mark(leaf.ord, docs, n);
    }
    return CopyGroups.Marks.count(List.of(marks));
  }
}
