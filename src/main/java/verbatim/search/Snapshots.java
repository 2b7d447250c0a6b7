package verbatim.search;

import java.io.Closeable;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Hands out the current {@link Snapshot} and keeps it current: over a writer it reopens near-real-time (at
 * least once a second); over a reader it stays the snapshot of that commit. Facet values are read into heap
 * columns once per segment ({@link FacetCounter}), never per query.
 */
final class Snapshots implements Closeable {
  /** Heap-resident facet columns, built per segment once (before {@link #manager}: its first snapshot needs it). */
  private final FacetCounter facetCounter = new FacetCounter();
  private final CopyGroups copyGroups = new CopyGroups();
  private final SearcherManager manager;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

  /** Near-real-time snapshots of {@code writer}'s changes. */
  Snapshots(IndexWriter writer) throws IOException {
    this.manager = new SearcherManager(writer, new Snapshot.Factory(facetCounter, copyGroups));
    this.reopener = new ControlledRealTimeReopenThread<>(writer, manager, 1.0, 0.05);
    reopener.setName("verbatim-nrt-reopen");
    reopener.setDaemon(true);
    reopener.start();
  }

  /** The one snapshot of {@code reader}. */
  Snapshots(DirectoryReader reader) throws IOException {
    this.manager = new SearcherManager(reader, new Snapshot.Factory(facetCounter, copyGroups));
    this.reopener = null;
  }

  /** The current snapshot; give it back with {@link #release}. */
  Snapshot acquire() throws IOException {
    return (Snapshot) manager.acquire();
  }

  void release(Snapshot s) throws IOException {
    manager.release(s);
  }

  /** Makes every change made so far through the writer visible now. */
  void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  @Override
  public void close() throws IOException {
    if (reopener != null) reopener.close();
    manager.close();
  }
}
