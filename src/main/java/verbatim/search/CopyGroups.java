package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;
import verbatim.index.Schema;

/**
 * Each quote's copy group ({@link Schema#QUOTE_COPY_KEY}) as a small dense id, read into a heap column once per
 * segment, so that counting the distinct quotes of a search ({@link Marks}) marks a bit per hit instead of reading doc values
 * and hashing a 64-bit key (that hash set outgrew the CPU caches on searches with many hits). Ids are shared by
 * all segments, so a group spread over segments counts once. Same life cycle as {@link FacetCounter}: one
 * instance per index, segments a previous table held are not reread; the dictionary starts afresh when keys of
 * deleted quotes make it more than twice the index's size.
 *
 * <p>Thread-safe: {@link #table} is synchronized; tables are immutable.
 */
final class CopyGroups {
  /** Fewest ids before the dictionary may be rebuilt: a small index never pays for a rebuild. */
  static final int MIN_IDS_BEFORE_REBUILD = 1024;
  /** Copy key → id (from 1; 0 in a column: no key). Guarded by this. */
  private LongIntHashMap ids = new LongIntHashMap();
  /** Columns of the segments the last table held, by segment core (deletions do not change them). */
  private Map<Object, int[]> segments = new HashMap<>();

  /** The copy-group columns of one point-in-time reader; reads only the segments no earlier table held. */
  synchronized Table table(IndexReader reader) throws IOException {
    // Keys of deleted quotes keep their ids (ids are shared by segments, so none can be dropped one by one): once
    // they outnumber what the index can hold, start a fresh dictionary and reread every segment, so churn cannot
    // grow the map and each search's bit set without bound. Tables handed out before keep their own ids.
    if (ids.size() > MIN_IDS_BEFORE_REBUILD && ids.size() > 2L * reader.maxDoc()) {
      ids = new LongIntHashMap();
      segments = new HashMap<>();
    }
    Map<Object, int[]> next = new HashMap<>();
    List<int[]> leaves = new ArrayList<>(reader.leaves().size());
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
      Object key = helper == null ? null : helper.getKey();
      int[] column = key == null ? null : segments.get(key);
      if (column == null) column = read(leaf);
      if (key != null && column != null) next.put(key, column);
      leaves.add(column);
    }
    segments = next;
    return new Table(leaves, ids.size() + 1);
  }

  /** One segment's group ids by document, or null when it has no copy keys. */
  private int[] read(LeafReader leaf) throws IOException {
    NumericDocValues keys = leaf.getNumericDocValues(Schema.QUOTE_COPY_KEY);
    if (keys == null) return null;
    int[] column = new int[leaf.maxDoc()];
    for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
      long k = keys.longValue();
      int id = ids.getOrDefault(k, 0);
      if (id == 0) {
        id = ids.size() + 1;
        ids.put(k, id);
      }
      column[doc] = id;
    }
    return column;
  }

  /**
   * The group ids of one snapshot's segments.
   *
   * @param leaves per segment (by leaf ord) the id of each document, null for a segment without copy keys
   * @param size   one more than the largest id
   */
  record Table(List<int[]> leaves, int size) {}

  /**
   * One slice's distinct-quote count: the group of every hit marked in a bit set (one array read and one bit
   * per hit, in the counting pass's buffered loop). Hits without a key (records of an index that has none)
   * each count as distinct.
   */
  static final class Marks {
    private final Table table;
    private final FixedBitSet seen;
    private long unkeyed;

    Marks(Table table) {
      this.table = table;
      this.seen = new FixedBitSet(table.size());
    }

    /** Marks the groups of the first {@code n} of {@code docs}, documents of segment {@code leafOrd}. */
    void mark(int leafOrd, int[] docs, int n) {
      int[] column = table.leaves().get(leafOrd);
      if (column == null) {
        unkeyed += n;
        return;
      }
      for (int i = 0; i < n; i++) {
        int id = column[docs[i]];
        if (id == 0) unkeyed++;
        else seen.set(id);
      }
    }

    /** The distinct quotes all slices marked. */
    static long count(Collection<Marks> slices) {
      FixedBitSet all = null;
      long unkeyed = 0;
      for (Marks m : slices) {
        unkeyed += m.unkeyed;
        if (all == null) all = m.seen;
        else all.or(m.seen);
      }
      return unkeyed + (all == null ? 0 : all.cardinality());
    }
  }
}
