package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.internal.hppc.IntIntHashMap;
import org.apache.lucene.internal.hppc.IntObjectHashMap;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import verbatim.index.Schema;

/**
 * The counting pass of a first page of distinct quotes ranked by relevance: besides the facet counts (a
 * {@link FacetCounter} collector it feeds), it keeps the first pass's best hits and each copy group's best hit
 * ({@link CopyGroups}), higher score first, equal scores by the lower id key (the first-pass order). The pass
 * scores every match anyway, so a page of distinct quotes needs no first-pass fetch as deep as a quote has wire
 * copies. One collector rather than a {@code MultiCollector} of three: each hit is scored once and handed on
 * without score caching between collectors. A group's best hit is the copy {@link CopyCollapser} keeps when its
 * copies score alike; {@link RankedPages#distinct} checks that for every group it shows.
 */
final class DistinctTop<C extends Collector, T> implements CollectorManager<DistinctTop.Slice<C>, DistinctTop.Result<T>> {
  private final CollectorManager<C, T> counting;
  private final CopyGroups.Table table;
  private final int hits;
  private final int groups;

  /**
   * @param counting the facet counting this pass feeds
   * @param hits     how many best hits to keep
   * @param groups   how many groups to keep
   */
  DistinctTop(CollectorManager<C, T> counting, CopyGroups.Table table, int hits, int groups) {
    this.counting = counting;
    this.table = table;
    this.hits = hits;
    this.groups = groups;
  }

  /**
   * What the pass found: the counts, the best hits and the kept groups' best hits in first-pass order (fields:
   * score, id key, as the first pass's sort gives them); {@code full}: more groups may have hits;
   * {@code unkeyed}: some hit has no copy group (an index written without them), so the groups do not stand for
   * every hit.
   */
  record Result<T>(T counts, FieldDoc[] hits, FieldDoc[] groups, boolean full, boolean unkeyed, int[] known) {}

  @Override
  public Slice<C> newCollector() throws IOException {
    return new Slice<>(counting.newCollector(), table, hits, groups);
  }

  @Override
  public Result<T> reduce(Collection<Slice<C>> slices) throws IOException {
    List<C> counts = new ArrayList<>(slices.size());
    List<FieldDoc> best = new ArrayList<>();
    IntObjectHashMap<FieldDoc> byGroup = new IntObjectHashMap<>();
    boolean full = false;
    boolean unkeyed = false;
    for (Slice<C> s : slices) {
      counts.add(s.counts);
      for (int i = 0; i < s.hits.count; i++) best.add(s.hits.fieldDoc(i));
      full |= s.groups.count == groups;
      unkeyed |= s.unkeyed;
      // a group's best over the slices; a group a slice dropped ranked below that slice's whole top
      for (int i = 0; i < s.groups.count; i++) {
        FieldDoc d = s.groups.fieldDoc(i);
        FieldDoc had = byGroup.get(s.groups.group[i]);
        if (had == null || before(d, had)) byGroup.put(s.groups.group[i], d);
      }
    }
    List<FieldDoc> all = new ArrayList<>(byGroup.size());
    for (var c : byGroup) all.add(c.value);
    full |= all.size() > groups;
    return new Result<>(counting.reduce(counts), firstOf(best, hits), firstOf(all, groups), full, unkeyed,
        known(slices));
  }

  /** The hits the slices saw of the groups they kept: copies the collapser need not check against the query. */
  private static int[] known(Collection<? extends Slice<?>> slices) {
    int n = 0;
    for (Slice<?> s : slices) for (int i = 0; i < s.groups.count; i++) n += s.groups.copies[i];
    int[] out = new int[n];
    n = 0;
    for (Slice<?> s : slices) {
      for (int i = 0; i < s.groups.count; i++) {
        System.arraycopy(s.groups.hitsOf[i], 0, out, n, s.groups.copies[i]);
        n += s.groups.copies[i];
      }
    }
    return out;
  }

  private static FieldDoc[] firstOf(List<FieldDoc> docs, int n) {
    docs.sort((a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
    return docs.subList(0, Math.min(n, docs.size())).toArray(new FieldDoc[0]);
  }

  /** First-pass order: higher score, then lower id key, then lower doc. */
  private static boolean before(FieldDoc a, FieldDoc b) {
    int c = Float.compare((Float) a.fields[0], (Float) b.fields[0]);
    if (c != 0) return c > 0;
    int k = Long.compare((Long) a.fields[1], (Long) b.fields[1]);
    return k != 0 ? k < 0 : a.doc < b.doc;
  }

  /** One slice: the counting collector it feeds, its best hits and its best groups. */
  static final class Slice<C extends Collector> implements Collector {
    private final C counts;
    private final CopyGroups.Table table;
    private final Heap hits;
    private final Heap groups;
    private boolean unkeyed;

    private Slice(C counts, CopyGroups.Table table, int hits, int groups) {
      this.counts = counts;
      this.table = table;
      this.hits = new Heap(hits, false);
      this.groups = new Heap(groups, true);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector counted = counts.getLeafCollector(context);
      int[] column = table.leaves().get(context.ord);
      return new LeafCollector() {
        private Scorable scorer;
        private NumericDocValues ids = context.reader().getNumericDocValues(Schema.ID_KEY);
        private int last = -1;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          this.scorer = scorer;
          counted.setScorer(scorer);
        }

        @Override
        public void collect(int d) throws IOException {
          counted.collect(d);
          int g = column == null ? 0 : column[d];
          if (g == 0) unkeyed = true;
          float s = scorer.score();
          boolean hit = hits.mayTake(s);
          boolean group = g != 0 && groups.mayTake(s);
          if (!hit && !group) return;
          long k = idKey(d);
          int doc = context.docBase + d;
          if (hit) hits.offer(0, s, k, doc);
          if (group) groups.offer(g, s, k, doc);
        }

        @Override
        public void finish() throws IOException {
          counted.finish();
        }

        /** The id key as the first pass's sort reads it (0 when missing, its default for a long field). */
        private long idKey(int d) throws IOException {
          if (d < last) ids = context.reader().getNumericDocValues(Schema.ID_KEY);
          last = d;
          return ids != null && ids.advanceExact(d) ? ids.longValue() : 0L;
        }
      };
    }
  }

  /**
   * At most {@code size} entries, the weakest at the root. By group: a kept group's place is known; a hit of a
   * kept group replaces the group's entry when better, any other competitive hit the root's group.
   */
  private static final class Heap {
    private final int size;
    private final float[] score;
    private final long[] key;
    private final int[] doc;
    private final int[] group;
    /** Group id → its place in the heap; null when not by group. */
    private final IntIntHashMap place;
    /** By group: the hits of each entry's group seen while it was kept (the first {@link #copies} of each). */
    private final int[][] hitsOf;
    private final int[] copies;
    private int count;

    Heap(int size, boolean byGroup) {
      this.size = size;
      this.score = new float[size];
      this.key = new long[size];
      this.doc = new int[size];
      this.group = new int[size];
      this.place = byGroup ? new IntIntHashMap() : null;
      this.hitsOf = new int[size][];
      this.copies = new int[size];
    }

    /** False when a hit scoring {@code s} cannot enter, whatever its id key. */
    boolean mayTake(float s) {
      return count < size || Float.compare(s, score[0]) >= 0;
    }

    void offer(int g, float s, long k, int d) {
      int at = place == null ? -1 : place.getOrDefault(g, -1);
      if (at >= 0) {
        note(at, d);
        if (!weaker(at, s, k, d)) return;
        set(at, g, s, k, d);
        down(at);
      } else if (count < size) {
        copies[count] = 0;
        set(count, g, s, k, d);
        note(count, d);
        up(count++);
      } else if (weaker(0, s, k, d)) {
        if (place != null) place.remove(group[0]);
        copies[0] = 0;
        set(0, g, s, k, d);
        note(0, d);
        down(0);
      }
    }

    /** Notes hit {@code d} of entry {@code i}'s group (by group only). */
    private void note(int i, int d) {
      if (place == null) return;
      int[] l = hitsOf[i];
      if (l == null || copies[i] == l.length) hitsOf[i] = l = l == null ? new int[8] : Arrays.copyOf(l, 2 * l.length);
      l[copies[i]++] = d;
    }

    /** True when entry {@code i} comes after a hit ({@code s}, {@code k}, {@code d}) in first-pass order. */
    private boolean weaker(int i, float s, long k, int d) {
      int c = Float.compare(score[i], s);
      if (c != 0) return c < 0;
      return key[i] != k ? key[i] > k : doc[i] > d;
    }

    private boolean weaker(int i, int j) {
      return weaker(i, score[j], key[j], doc[j]);
    }

    private void set(int i, int g, float s, long k, int d) {
      score[i] = s;
      key[i] = k;
      doc[i] = d;
      group[i] = g;
      if (place != null) place.put(g, i);
    }

    private void up(int i) {
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        if (!weaker(i, parent)) return;
        swap(i, parent);
        i = parent;
      }
    }

    private void down(int i) {
      while (true) {
        int child = 2 * i + 1;
        if (child >= count) return;
        if (child + 1 < count && weaker(child + 1, child)) child++;
        if (!weaker(child, i)) return;
        swap(i, child);
        i = child;
      }
    }

    private void swap(int i, int j) {
      float s = score[i];
      long k = key[i];
      int d = doc[i];
      int g = group[i];
      set(i, group[j], score[j], key[j], doc[j]);
      set(j, g, s, k, d);
      int[] l = hitsOf[i];
      hitsOf[i] = hitsOf[j];
      hitsOf[j] = l;
      int c = copies[i];
      copies[i] = copies[j];
      copies[j] = c;
    }

    FieldDoc fieldDoc(int i) {
      return new FieldDoc(doc[i], score[i], new Object[] {score[i], key[i]});
    }
  }
}
