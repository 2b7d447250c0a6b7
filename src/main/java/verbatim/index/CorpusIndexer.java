package verbatim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import verbatim.extract.Quote;
import verbatim.ingest.Article;
import verbatim.ingest.CorpusReader;

/**
 * Incremental corpus indexing: files whose fingerprint (size, modification time, content hash) is stored and
 * unchanged are skipped; changed files have their records replaced; files gone from the corpus are deleted.
 * One bad file never stops the run.
 */
public final class CorpusIndexer {

  /** A source that could not be read, and why. */
  public record Failure(String source, String reason) {}

  /**
   * What a run did.
   *
   * @param files     corpus files seen
   * @param read      articles read from new or changed files
   * @param indexed   articles indexed
   * @param unchanged files skipped because their fingerprint is unchanged
   * @param removed   files gone from the corpus whose records were deleted
   * @param skipped   sources the reader deliberately left out
   * @param failed    sources that failed (listed in {@code failures})
   * @param seconds   wall time of the run
   */
  public record Report(long files, long read, long indexed, long unchanged, long removed, long skipped,
      long failed, List<Failure> failures, double seconds) {
    public double articlesPerSecond() {
      return seconds <= 0 ? 0 : indexed / seconds;
    }
  }

  /** Progress callback: articles indexed so far, bytes of changed files done out of total. */
  public interface Progress {
    void update(long articles, long bytesDone, long bytesTotal);
  }

  /**
   * @param indexer   where records go
   * @param reader    turns files into articles
   * @param extractor finds an article's quotes (called from several threads)
   */
  public CorpusIndexer(Indexer indexer, CorpusReader reader, Function<Article, List<Quote>> extractor) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Brings the index in line with {@code corpusDir} and commits. */
  public Report run(Path corpusDir, Progress progress) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Whether any corpus file is new, changed (size or mtime) or gone since the last run. */
  public boolean isStale(Path corpusDir) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
