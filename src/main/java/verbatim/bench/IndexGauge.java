package verbatim.bench;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import verbatim.index.Indexer;
import verbatim.search.Searcher;

/** What the soaked index holds at a moment: read each minute beside the heap and the open files. */
@FunctionalInterface
public interface IndexGauge {
  /**
   * @param articles live articles searches see
   * @param records  live records (articles, stubs, quotes, file fingerprints) in the writer
   * @param deleted  deleted records not yet merged away
   * @param segments segments in the last commit
   */
  record Figures(long articles, long records, long deleted, int segments) {}

  Figures read() throws IOException;

  /** The gauge of an embedded index served by {@code searcher} over {@code indexer}'s writer. */
  static IndexGauge of(Indexer indexer, Searcher searcher) {
    return () -> {
      IndexWriter.DocStats d = indexer.writer().getDocStats();
      return new Figures(searcher.stats().articles(), d.numDocs, d.maxDoc - d.numDocs, indexer.committedSegments());
    };
  }
}
