package verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.internal.hppc.IntHashSet;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Puts a page's hits in their shown order: the rescored window first (from where a cursor left it), then
 * first-pass order, fetching further first-pass hits when the page reaches past what was fetched or when
 * copies are left out.
 */
final class RankedPages {
  private RankedPages() {}

  /**
   * The hits in ranked order as far as the first pass fetched them: the rescored window (its first
   * {@code rescored} docs) then first-pass order; {@code tail} is the last first-pass hit fetched (where a
   * further fetch continues), {@code exhausted} whether the first pass has no hit after it.
   */
  record Ranked(ScoreDoc[] docs, int rescored, FieldDoc tail, boolean exhausted) {}

  /** The docs a page shows (and one more, if any): ranked docs, those that came from the window, copies' articles. */
  record Shown(ScoreDoc[] docs, int rescored, SearchResponse.AlsoIn[] alsoIn) {
    static Shown all(Ranked r) {
      return new Shown(r.docs(), r.rescored(), new SearchResponse.AlsoIn[r.docs().length]);
    }
  }

  /**
   * {@code top} (the first pass, {@code n} asked) in ranked order: with {@code window}, its best
   * {@link WindowRescorer#WINDOW} hits scored again with {@code bonus} and those after {@code after} kept, then
   * the rest of the first pass, fetching further first-pass hits up to {@code want}.
   */
  static Ranked ranked(IndexSearcher s, Query query, Query bonus, Sort sort, TopFieldDocs top, boolean window,
      CursorCodec.Cursor after, int n, int want) throws IOException {
    ScoreDoc[] fetched = top.scoreDocs;
    FieldDoc tail = fetched.length == 0 ? null : (FieldDoc) fetched[fetched.length - 1];
    boolean exhausted = fetched.length < n;
    if (!window) return new Ranked(fetched, 0, tail, exhausted);
    int w = Math.min(WindowRescorer.WINDOW, fetched.length);
    FieldDoc[] best = WindowRescorer.rescore(s, bonus, Arrays.copyOf(fetched, w));
    int from = after == null ? 0 : WindowRescorer.firstAfter(best, after.last());
    int rescored = best.length - from;
    ScoreDoc[] docs = new ScoreDoc[rescored + fetched.length - w];
    System.arraycopy(best, from, docs, 0, rescored);
    System.arraycopy(fetched, w, docs, rescored, fetched.length - w);
    if (docs.length < want && !exhausted) {
      // the page reaches past what the first pass fetched: first-pass order after its last hit
      int ask = want - docs.length;
      ScoreDoc[] next = s.search(query, new TopFieldCollectorManager(sort, ask, tail, 1)).scoreDocs;
      ScoreDoc[] joined = Arrays.copyOf(docs, docs.length + next.length);
      System.arraycopy(next, 0, joined, docs.length, next.length);
      docs = joined;
      exhausted = next.length < ask;
      if (next.length > 0) tail = (FieldDoc) next[next.length - 1];
    }
    return new Ranked(docs, rescored, tail, exhausted);
  }

  /**
   * The ranked docs less the copies {@code collapser} leaves out, fetching further first-pass hits until
   * {@code want} are kept or none are left.
   */
  static Shown collapse(IndexSearcher s, Query query, Sort sort, Ranked ranked, CopyCollapser collapser, int want)
      throws IOException {
    List<ScoreDoc> kept = new ArrayList<>(want);
    List<SearchResponse.AlsoIn> alsoIn = new ArrayList<>(want);
    int rescored = 0;
    ScoreDoc[] docs = ranked.docs();
    FieldDoc tail = ranked.tail();
    boolean exhausted = ranked.exhausted();
    long seen = 0;
    for (int pass = 0; ; pass++) {
      collapser.knownHits(docs);
      for (int i = 0; i < docs.length && kept.size() < want; i++, seen++) {
        // groups looked up a batch at a time: a fetch may hold far more hits than the page ends up reading
        if (i % LOOKUP_BATCH == 0) {
          collapser.lookUp(Arrays.copyOfRange(docs, i, Math.min(docs.length, i + LOOKUP_BATCH)));
        }
        CopyCollapser.Decision d = collapser.decide(docs[i].doc);
        if (!d.keep()) continue;
        kept.add(docs[i]);
        alsoIn.add(d.alsoIn());
        if (pass == 0 && i < ranked.rescored()) rescored++;
      }
      if (kept.size() >= want || exhausted || tail == null) break;
      int ask = nextFetch(want - kept.size(), seen, kept.size());
      docs = s.search(query, new TopFieldCollectorManager(sort, ask, tail, 1)).scoreDocs;
      exhausted = docs.length < ask;
      if (docs.length > 0) tail = (FieldDoc) docs[docs.length - 1];
    }
    return new Shown(kept.toArray(new ScoreDoc[0]), rescored, alsoIn.toArray(new SearchResponse.AlsoIn[0]));
  }

  /**
   * The first page of distinct quotes from the counting pass: {@code raw}, the first pass's best hits (its
   * window, rescored when {@code window} holds rescored hits), then the groups' best hits ({@code groups}, in
   * first-pass order) that are not among them. Each hit is kept as {@link #collapse} keeps it, so the page is the
   * one a deep first fetch and the collapse give. Null when the groups cannot give that page: a group's best hit
   * is not the copy the collapser keeps (its copies do not score alike), or the page needs more groups than were
   * kept.
   */
  static Shown distinct(ScoreDoc[] raw, ScoreDoc[] window, DistinctTop.Result<?> groups, CopyCollapser collapser,
      int want) throws IOException {
    if (groups.unkeyed()) return null;
    ScoreDoc[] best = groups.groups();
    collapser.knownHits(raw);
    collapser.knownHits(best);
    collapser.knownHits(groups.known());
    collapser.lookUp(window);
    collapser.lookUp(Arrays.copyOf(best, Math.min(best.length, want)));
    List<ScoreDoc> kept = new ArrayList<>(want);
    List<SearchResponse.AlsoIn> alsoIn = new ArrayList<>(want);
    for (int i = 0; i < window.length && kept.size() < want; i++) {
      CopyCollapser.Decision d = collapser.decide(window[i].doc);
      if (!d.keep()) continue;
      kept.add(window[i]);
      alsoIn.add(d.alsoIn());
    }
    int rescored = kept.size();
    IntHashSet inWindow = new IntHashSet();
    for (ScoreDoc d : window) inWindow.add(d.doc);
    for (int i = 0; i < best.length && kept.size() < want; i++) {
      CopyCollapser.Decision d = collapser.decide(best[i].doc);
      if (!d.keep()) return null;
      if (inWindow.contains(best[i].doc)) continue;
      kept.add(best[i]);
      alsoIn.add(d.alsoIn());
    }
    if (kept.size() < want && groups.full()) return null;
    return new Shown(kept.toArray(new ScoreDoc[0]), rescored, alsoIn.toArray(new SearchResponse.AlsoIn[0]));
  }

  /** Hits whose copy groups are looked up together (one scorer per segment for all of them). */
  static final int LOOKUP_BATCH = 256;

  /** Most first-pass hits fetched at once while collapsing (a page of quotes with this many copies each). */
  static final int MAX_FETCH = 10_000;

  /**
   * How many further first-pass hits to fetch for {@code missing} more kept hits, when {@code kept} of the
   * {@code seen} so far were kept: as many as the copies seen so far say are needed, twice over, so that a
   * quote repeated by many wire copies costs one or two more fetches rather than one per quote.
   */
  static int nextFetch(int missing, long seen, int kept) {
    long perKept = Math.max(1, (seen + kept - 1) / Math.max(1, kept));
    if (kept == 0) perKept = Math.max(1, seen);
    long ask = Math.max(WindowRescorer.WINDOW, 2L * missing * perKept);
    return (int) Math.min(ask, MAX_FETCH);
  }
}
