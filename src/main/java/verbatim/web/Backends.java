package verbatim.web;

import verbatim.search.SearchBackend;

/**
 * The index and admin store the API serves now. {@code serve} swaps them while requests run ({@link ApiServer#attach},
 * {@link ApiServer#detach}), so a handler reads each once and works with that value to the end of its request.
 */
final class Backends {
  private volatile SearchBackend searcher;
  private volatile ArticleStore store;

  Backends(SearchBackend searcher, ArticleStore store) {
    this.searcher = searcher;
    this.store = store;
  }

  void attach(SearchBackend s, ArticleStore st) {
    this.searcher = s;
    this.store = st;
  }

  void detach() {
    this.searcher = null;
    this.store = null;
  }

  /** The open index; 503 while there is none. */
  SearchBackend searcher() {
    SearchBackend s = searcher;
    if (s == null) throw ApiException.unavailable("the index is not open yet; retry shortly");
    return s;
  }

  /** The open index, or null: for {@code /health}, which reports the absence instead of failing. */
  SearchBackend searcherOrNull() {
    return searcher;
  }

  /** The store writes go to; 503 unless both it and the index are open (a write must become searchable). */
  ArticleStore writableStore() {
    ArticleStore st = store;
    if (st == null || searcher == null) throw ApiException.unavailable("the index is not open for writing yet");
    return st;
  }

  /** The store as it is, or null: snapshots check for themselves what it can do. */
  ArticleStore store() {
    return store;
  }
}
