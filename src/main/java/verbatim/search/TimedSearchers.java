package verbatim.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.search.IndexSearcher;

/**
 * Gives each query a searcher of its own on a snapshot, carrying that query's timeout, and decides whether the
 * query may search slices of the index in parallel: only when it is the only search running, since under
 * concurrent load each query is better off on its own thread (no hand-off cost).
 */
final class TimedSearchers {
  /**
   * Below this many cores a lone search stays on its own thread: on 2 cores the helper thread shares the second
   * core with the JIT compiler and the garbage collector, and waiting for it cost more than it saved.
   */
  static final int MIN_CORES_FOR_PARALLEL_SEARCH = 4;

  /** Smallest slice a lone search hands to a helper thread (a smaller one costs more to hand off than to search). */
  static final int MIN_DOCS_PER_SLICE = 50_000;

  private final ExecutorService pool = newPool();
  /** Searches running now: parallelism within a query only pays when it is alone. */
  private final AtomicInteger running = new AtomicInteger();

  /** Counts a search in; true when it is the only one running. Pair with {@link #leave()}. */
  boolean enter() {
    return running.incrementAndGet() == 1;
  }

  void leave() {
    running.decrementAndGet();
  }

  /**
   * A per-query searcher on the snapshot's reader carrying {@code timeout}. When the search is {@code alone} and
   * there is a {@link #pool}, it also searches slices of the index in parallel (the calling thread plus the
   * pool): a lone client gets every core. The slices may cut a segment in parts: a bulk build leaves one
   * segment ({@code CorpusIndexer}), which would otherwise be searched on one thread.
   */
  IndexSearcher timed(Snapshot snap, boolean alone, Duration timeout) {
    IndexSearcher s = alone && pool != null ? new IndexSearcher(snap.getIndexReader(), pool) {
      @Override
      protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        int maxDoc = getIndexReader().maxDoc();
        int parts = Runtime.getRuntime().availableProcessors();
        return IndexSearcher.slices(leaves, Math.max(MIN_DOCS_PER_SLICE, (maxDoc + parts - 1) / parts), parts, true);
      }
    } : new IndexSearcher(snap.getIndexReader());
    s.setTimeout(new QueryTimeoutImpl(timeout.toMillis()));
    return s;
  }

  void close() {
    if (pool != null) pool.shutdown();
  }

  /**
   * Helper threads for intra-query parallelism: one fewer than the cores (the caller works too); null below
   * {@link #MIN_CORES_FOR_PARALLEL_SEARCH} cores.
   */
  private static ExecutorService newPool() {
    int cores = Runtime.getRuntime().availableProcessors();
    if (cores < MIN_CORES_FOR_PARALLEL_SEARCH) return null;
    int n = cores - 1;
    AtomicInteger seq = new AtomicInteger();
    return Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "verbatim-search-" + seq.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }
}
