package verbatim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import verbatim.extract.Quote;
import verbatim.ingest.Article;

/**
 * Where admin writes go (POST and DELETE /api/articles): the embedded {@link Indexer} or a SolrCloud collection.
 * Ingest and extraction stay in Verbatim; a writer only stores what they produced. It lives on the write side, beside
 * the indexer, so that the search side (and the web API that talks to it) never depends on articles or quotes.
 */
public interface ArticleWriter {
  /** Adds or replaces an article with its stubs and quotes. */
  void index(Article article, List<Quote> quotes) throws IOException;

  /** Deletes an article with every record of it. */
  void delete(String articleId) throws IOException;

  /** Makes the writes so far durable (and, for SolrCloud, visible). */
  void commit() throws IOException;

  /**
   * Copies the last commit into {@code target} while writes go on; returns the records copied. Only the embedded
   * index can: a SolrCloud collection is backed up with Solr's own collection backup.
   */
  default long snapshotTo(Path target) throws IOException {
    throw new UnsupportedOperationException("snapshots copy the embedded index; back up a SolrCloud collection "
        + "with Solr's collection BACKUP command");
  }
}
