package verbatim.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import verbatim.search.SearchResponse.FacetCount;
import verbatim.search.SearchResponse.Hit;

/**
 * What the web and the command line ask of an index: ranked search, export, article lookup, speaker type-ahead,
 * counts. Two implementations, chosen at start-up: the embedded Lucene index ({@link Searcher}, the default) and
 * a SolrCloud collection ({@code verbatim.solr.SolrBackend}). {@link SearchRequest} and {@link SearchResponse}
 * are the contract both keep.
 */
public interface SearchBackend extends Closeable {

  /** One page of hits with facets; {@link SearchException} for a bad request. */
  SearchResponse search(SearchRequest request) throws IOException;

  /** Streams every hit of the request (size and cursor ignored) to {@code sink}; returns how many. */
  long export(SearchRequest request, Consumer<Hit> sink) throws IOException;

  /** An article with its paragraphs, quotes and stubs; empty when there is none with that id. */
  Optional<ArticleView> article(String id) throws IOException;

  /** Speakers with a name word starting with {@code prefix} (accent-insensitive), most quoted first. */
  List<FacetCount> speakers(String prefix, int limit) throws IOException;

  /** Autocomplete proposals for what the user has typed so far. */
  List<Suggestion> suggest(String prefix, int limit) throws IOException;

  /** Counts of what searches currently see. */
  IndexStats stats() throws IOException;

  /** Changes whenever searchable content changes (ETags); cheap. */
  long generation();

  /** Makes every acknowledged write visible to the next search. */
  void refresh() throws IOException;
}
