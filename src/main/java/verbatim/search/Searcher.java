package verbatim.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import verbatim.index.Indexer;

/**
 * Searches the index. Thread-safe; one instance per index, shared by all requests.
 * Built on an {@link Indexer} it sees the writer's changes within a second (near-real-time); opened on a
 * directory it is a read-only snapshot of the last commit.
 */
public final class Searcher implements Closeable {

  /** Near-real-time searcher over the indexer's writer; refreshes itself at least once a second. */
  public Searcher(Indexer indexer) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Read-only searcher over the last commit in {@code indexDir}; fails clearly when there is no index. */
  public static Searcher open(Path indexDir) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** One page of hits with facets. Throws {@link SearchException} for bad requests (never for simple queries). */
  public SearchResponse search(SearchRequest request) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Streams every hit of the request (ignoring size and cursor) from one snapshot; returns how many. */
  public long export(SearchRequest request, Consumer<SearchResponse.Hit> sink) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** An article with its paragraphs, quotes and stubs; empty when no such article. */
  public Optional<ArticleView> article(String id) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Speakers whose name has a word starting with {@code prefix} (accent-insensitive), most quoted first. */
  public List<SearchResponse.FacetCount> speakers(String prefix, int limit) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Autocomplete: speakers and completions of the query's last word, most frequent first. */
  public List<Suggestion> suggest(String prefix, int limit) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Counts and versions of the snapshot searches currently see. */
  public IndexStats stats() throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Cheap: changes whenever the searchable content changes (ETags). */
  public long generation() {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /** Makes every change made so far through the indexer visible now (tests; the web need not call it). */
  public void refresh() throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public void close() throws IOException {}
}
