package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DocIdStream;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import verbatim.index.Schema;
import verbatim.search.SearchResponse.FacetCount;

/**
 * Counts facet values of matching records from columns kept on the heap, instead of reading the mmapped
 * sorted-set doc values once per match. Each segment's columns (per dimension, one small id per document:
 * a byte, a char or an int, whichever holds the segment's largest id) are built once from the {@code $facets}
 * doc values the first time a snapshot holds that segment, and shared by every later snapshot that still holds
 * it, so a near-real-time refresh only reads the new segments. Ids come from an append-only dictionary per
 * dimension (0 means "no value"), so a segment's ids never change. Every dimension of {@link Schema} is flat
 * and single-valued ({@link FacetsConfig} rejects a second value), so one id per document and dimension is the
 * whole facet state.
 *
 * <p>Counts and ordering match Lucene's {@code SortedSetDocValuesFacetCounts}: the top values by count, ties
 * by label in UTF-8 byte order, values with no hit left out.
 *
 * <p>Thread-safe: {@link #table} is synchronized; tables are immutable.
 */
final class FacetCounter {
  /** Documents buffered per leaf before they are counted column by column. */
  private static final int BUFFER = 512;

  private final List<String> dims;
  /** Per dimension: labels by id (index 0 unused: "no value"). Guarded by this. */
  private final List<List<String>> labels = new ArrayList<>();
  /** Per dimension: ids by label. Guarded by this. */
  private final List<Map<String, Integer>> ids = new ArrayList<>();
  /** Columns of the segments the last table held, by segment core (deletions do not change them). */
  private Map<Object, Column[]> segments = new HashMap<>();

  FacetCounter() {
    this(Schema.FACET_DIMS);
  }

  FacetCounter(List<String> dims) {
    this.dims = List.copyOf(dims);
    for (String dim : dims) {
      FacetsConfig.DimConfig c = Schema.facetsConfig().getDimConfig(dim);
      // one id per document and dimension holds a flat single-valued dimension only
      if (c.multiValued || c.hierarchical)
        throw new IllegalStateException("facet dimension " + dim + " is multi-valued or hierarchical: not countable here");
    }
    for (int i = 0; i < dims.size(); i++) {
      List<String> l = new ArrayList<>();
      l.add(null);
      labels.add(l);
      ids.add(new HashMap<>());
    }
  }

  /** The facet table of one point-in-time reader; reads only the segments no earlier table held. */
  synchronized Table table(IndexReader reader) throws IOException {
    Map<Object, Column[]> next = new HashMap<>();
    List<Column[]> leaves = new ArrayList<>(reader.leaves().size());
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
      Object key = helper == null ? null : helper.getKey();
      Column[] columns = key == null ? null : segments.get(key);
      if (columns == null) columns = read(leaf);
      if (key != null) next.put(key, columns);
      leaves.add(columns);
    }
    segments = next;
    String[][] snapshotLabels = new String[dims.size()][];
    for (int d = 0; d < dims.size(); d++) snapshotLabels[d] = labels.get(d).toArray(new String[0]);
    return new Table(dims, leaves, snapshotLabels);
  }

  /** Builds one segment's columns from its doc values, registering labels it is the first to hold. */
  private Column[] read(LeafReader leaf) throws IOException {
    Column[] columns = new Column[dims.size()];
    Map<String, List<Integer>> byField = new LinkedHashMap<>();
    FacetsConfig config = Schema.facetsConfig();
    for (int d = 0; d < dims.size(); d++) {
      byField.computeIfAbsent(config.getDimConfig(dims.get(d)).indexFieldName, k -> new ArrayList<>()).add(d);
    }
    for (Map.Entry<String, List<Integer>> e : byField.entrySet()) {
      if (leaf.getFieldInfos().fieldInfo(e.getKey()) == null) continue;
      readField(leaf, e.getKey(), e.getValue(), columns);
    }
    return columns;
  }

  private void readField(LeafReader leaf, String field, List<Integer> fieldDims, Column[] columns) throws IOException {
    SortedSetDocValues values = DocValues.getSortedSet(leaf, field);
    long count = values.getValueCount();
    if (count == 0) return;
    if (count > Integer.MAX_VALUE) throw new IOException("too many facet values in " + field);
    // segment ordinal → (dimension, dictionary id); -1: a dimension this counter does not count
    int[] ordDim = new int[(int) count];
    int[] ordId = new int[(int) count];
    int[] maxId = new int[dims.size()];
    Map<String, Integer> dimIndex = new HashMap<>();
    for (int d : fieldDims) dimIndex.put(dims.get(d), d);
    TermsEnum te = values.termsEnum();
    int ord = 0;
    for (BytesRef term = te.next(); term != null; term = te.next(), ord++) {
      String path = term.utf8ToString();
      int sep = path.indexOf(FacetsConfig.DELIM_CHAR);
      Integer d = sep < 0 ? null : dimIndex.get(path.substring(0, sep));
      if (d == null) {
        ordDim[ord] = -1;
        continue;
      }
      String label = path.substring(sep + 1);
      Integer id = ids.get(d).get(label);
      if (id == null) {
        id = labels.get(d).size();
        labels.get(d).add(label);
        ids.get(d).put(label, id);
      }
      ordDim[ord] = d;
      ordId[ord] = id;
      maxId[d] = Math.max(maxId[d], id);
    }
    int maxDoc = leaf.maxDoc();
    for (int d : fieldDims) if (maxId[d] > 0) columns[d] = Column.of(maxId[d], maxDoc);
    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
      for (int i = values.docValueCount(); i > 0; i--) {
        int o = (int) values.nextOrd();
        int d = ordDim[o];
        if (d >= 0) columns[d].set(doc, ordId[o]);
      }
    }
  }

  // ------------------------------------------------------------------ columns

  /** One dimension's ids by document within one segment (0: the document has no value). */
  sealed interface Column {
    static Column of(int maxId, int maxDoc) {
      if (maxId <= 0xFF) return new Bytes(new byte[maxDoc]);
      if (maxId <= 0xFFFF) return new Chars(new char[maxDoc]);
      return new Ints(new int[maxDoc]);
    }

    void set(int doc, int id);

    /** Adds one to {@code counts[id]} for each of the first {@code n} documents of {@code docs}. */
    void count(int[] docs, int n, int[] counts);

    long bytes();
  }

  record Bytes(byte[] ids) implements Column {
    public void set(int doc, int id) {
      ids[doc] = (byte) id;
    }

    public void count(int[] docs, int n, int[] counts) {
      byte[] a = ids;
      for (int i = 0; i < n; i++) counts[a[docs[i]] & 0xFF]++;
    }

    public long bytes() {
      return ids.length;
    }
  }

  record Chars(char[] ids) implements Column {
    public void set(int doc, int id) {
      ids[doc] = (char) id;
    }

    public void count(int[] docs, int n, int[] counts) {
      char[] a = ids;
      for (int i = 0; i < n; i++) counts[a[docs[i]]]++;
    }

    public long bytes() {
      return 2L * ids.length;
    }
  }

  record Ints(int[] ids) implements Column {
    public void set(int doc, int id) {
      ids[doc] = id;
    }

    public void count(int[] docs, int n, int[] counts) {
      int[] a = ids;
      for (int i = 0; i < n; i++) counts[a[docs[i]]]++;
    }

    public long bytes() {
      return 4L * ids.length;
    }
  }

  // ------------------------------------------------------------------ tables

  /**
   * What one search counted: matching documents, and per dimension (null when not asked for) the hits per
   * label id.
   */
  record Tally(long hits, int[][] counts, long distinct) {
    /** No distinct count asked for. */
    static final long NOT_COUNTED = -1;

    Tally(long hits, int[][] counts) {
      this(hits, counts, NOT_COUNTED);
    }
  }

  /** The facet columns of one snapshot's segments and the labels their ids stand for. Immutable. */
  static final class Table {
    private final List<String> dims;
    private final List<Column[]> leaves;
    private final String[][] labels;

    private Table(List<String> dims, List<Column[]> leaves, String[][] labels) {
      this.dims = dims;
      this.leaves = leaves;
      this.labels = labels;
    }

    /** True when no segment holds a facet value. */
    boolean isEmpty() {
      for (Column[] columns : leaves) for (Column c : columns) if (c != null) return false;
      return true;
    }

    /** Heap held by the columns (labels left out: one string per distinct value). */
    long heapBytes() {
      long b = 0;
      for (Column[] columns : leaves) for (Column c : columns) if (c != null) b += c.bytes();
      return b;
    }

    /** Counts matches and, for each of {@code wanted}, their values; scores nothing. */
    CollectorManager<Counting, Tally> counting(Collection<String> wanted) {
      return counting(wanted, null);
    }

    /**
     * Counts matches, the values of each of {@code wanted} and, unless {@code copies} is null, the distinct
     * quotes (wire copies once); scores nothing.
     */
    CollectorManager<Counting, Tally> counting(Collection<String> wanted, CopyGroups.Table copies) {
      boolean[] on = new boolean[dims.size()];
      for (String dim : wanted) {
        int d = dims.indexOf(dim);
        if (d < 0) throw new IllegalArgumentException("not a facet dimension: " + dim);
        on[d] = true;
      }
      return new CollectorManager<>() {
        @Override
        public Counting newCollector() {
          return new Counting(on, copies == null ? null : new CopyGroups.Marks(copies));
        }

        @Override
        public Tally reduce(Collection<Counting> collectors) {
          long distinct = copies == null ? Tally.NOT_COUNTED
              : CopyGroups.Marks.count(collectors.stream().map(c -> c.marks).toList());
          if (collectors.size() == 1) {
            Counting only = collectors.iterator().next();
            return new Tally(only.hits, only.counts, distinct);
          }
          long hits = 0;
          int[][] sum = new int[dims.size()][];
          for (Counting c : collectors) {
            hits += c.hits;
            for (int d = 0; d < sum.length; d++) {
              if (c.counts[d] == null) continue;
              if (sum[d] == null) {
                sum[d] = c.counts[d].clone();
              } else {
                int[] s = sum[d];
                int[] a = c.counts[d];
                for (int i = 0; i < a.length; i++) s[i] += a[i];
              }
            }
          }
          return new Tally(hits, sum, distinct);
        }
      };
    }

    /**
     * The {@code n} values of {@code dim} with the most hits, most first, ties by label (UTF-8 byte order, as
     * Lucene orders them); values without hits left out. Empty when the tally did not count {@code dim}.
     */
    List<FacetCount> top(Tally tally, String dim, int n) {
      int d = dims.indexOf(dim);
      int[] counts = d < 0 ? null : tally.counts()[d];
      if (counts == null || n < 1) return List.of();
      String[] names = labels[d];
      // a min-heap of ids: the weakest of the best n at the root
      int[] heap = new int[n];
      int size = 0;
      for (int id = 1; id < counts.length; id++) {
        if (counts[id] == 0) continue;
        if (size < n) {
          heap[size] = id;
          up(heap, size++, counts, names);
        } else if (weaker(heap[0], id, counts, names)) {
          heap[0] = id;
          down(heap, size, counts, names);
        }
      }
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) order[i] = heap[i];
      Arrays.sort(order, (a, b) -> weaker(a, b, counts, names) ? 1 : weaker(b, a, counts, names) ? -1 : 0);
      List<FacetCount> out = new ArrayList<>(size);
      for (int id : order) out.add(new FacetCount(names[id], counts[id]));
      return out;
    }

    /** Every value of {@code dim} with hits, in label order (UTF-8 byte order). */
    List<FacetCount> all(Tally tally, String dim) {
      int d = dims.indexOf(dim);
      int[] counts = d < 0 ? null : tally.counts()[d];
      if (counts == null) return List.of();
      String[] names = labels[d];
      List<Integer> hit = new ArrayList<>();
      for (int id = 1; id < counts.length; id++) if (counts[id] > 0) hit.add(id);
      hit.sort((a, b) -> compareUtf8(names[a], names[b]));
      List<FacetCount> out = new ArrayList<>(hit.size());
      for (int id : hit) out.add(new FacetCount(names[id], counts[id]));
      return out;
    }

    /** True when {@code a} ranks below {@code b}: fewer hits, or as many and a later label. */
    private static boolean weaker(int a, int b, int[] counts, String[] names) {
      if (counts[a] != counts[b]) return counts[a] < counts[b];
      return compareUtf8(names[a], names[b]) > 0;
    }

    private static void up(int[] heap, int i, int[] counts, String[] names) {
      int id = heap[i];
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!weaker(id, heap[parent], counts, names)) break;
        heap[i] = heap[parent];
        i = parent;
      }
      heap[i] = id;
    }

    private static void down(int[] heap, int size, int[] counts, String[] names) {
      int i = 0;
      int id = heap[0];
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) break;
        if (child + 1 < size && weaker(heap[child + 1], heap[child], counts, names)) child++;
        if (!weaker(heap[child], id, counts, names)) break;
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = id;
    }

    /** One slice's counting: documents are buffered, then counted one column at a time. */
    final class Counting implements Collector {
      private final boolean[] on;
      private final int[][] counts;
      /** Null when distinct quotes are not counted. */
      private final CopyGroups.Marks marks;
      private long hits;

      private Counting(boolean[] on, CopyGroups.Marks marks) {
        this.on = on;
        this.marks = marks;
        this.counts = new int[dims.size()][];
        for (int d = 0; d < on.length; d++) if (on[d]) counts[d] = new int[labels[d].length];
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) {
        Column[] columns = leaves.get(context.ord);
        return new LeafCollector() {
          private final int[] docs = new int[BUFFER];
          private int n;

          @Override
          public void setScorer(Scorable scorer) {}

          @Override
          public void collect(int doc) {
            docs[n++] = doc;
            if (n == BUFFER) flush();
          }

          @Override
          public void collect(DocIdStream stream) throws IOException {
            flush();
            while (stream.mayHaveRemaining()) {
              n = stream.intoArray(docs);
              if (n == 0) break;
              flush();
            }
          }

          @Override
          public void finish() {
            flush();
          }

          private void flush() {
            if (n == 0) return;
            hits += n;
            for (int d = 0; d < on.length; d++) {
              if (on[d] && columns[d] != null) columns[d].count(docs, n, counts[d]);
            }
            if (marks != null) marks.mark(context.ord, docs, n);
            n = 0;
          }
        };
      }
    }
  }

  /** Compares by code point, which is the UTF-8 byte order Lucene sorts terms in. */
  static int compareUtf8(String a, String b) {
    int len = Math.min(a.length(), b.length());
    for (int i = 0; i < len; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x == y) continue;
      if (x >= 0xD800 && y >= 0xD800) {
        // surrogates (supplementary code points) sort after every other BMP char in UTF-8
        x = x >= 0xE000 ? (char) (x - 0x800) : (char) (x + 0x2000);
        y = y >= 0xE000 ? (char) (y - 0x800) : (char) (y + 0x2000);
      }
      return Integer.compare(x, y);
    }
    return Integer.compare(a.length(), b.length());
  }

  /** Dimensions of {@link Schema#FACET_DIMS} except {@code skip}. */
  static Set<String> dimsExcept(Collection<String> skip) {
    Set<String> out = new HashSet<>(Schema.FACET_DIMS);
    out.removeAll(skip);
    return out;
  }
}
