package verbatim.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import verbatim.index.Schema;

/**
 * Counts the distinct quotes among a search's hits: wire copies (one copy key, {@link Schema#copyKey}) count
 * once. Collects the keys of every hit into a growing array and counts the distinct ones at the end (no boxing:
 * it runs beside the facet pass over every match). Hits without a key (records of an index that has none) each
 * count as distinct.
 */
final class DistinctCopies implements CollectorManager<DistinctCopies.Keys, Long> {
  static final class Keys extends SimpleCollector {
    private long[] keys = new long[64];
    private int size;
    private long unkeyed;
    private NumericDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = context.reader().getNumericDocValues(Schema.QUOTE_COPY_KEY);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values == null || !values.advanceExact(doc)) {
        unkeyed++;
        return;
      }
      if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
      keys[size++] = values.longValue();
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  @Override
  public Keys newCollector() {
    return new Keys();
  }

  @Override
  public Long reduce(Collection<Keys> collectors) {
    int n = 0;
    long unkeyed = 0;
    for (Keys k : collectors) {
      n += k.size;
      unkeyed += k.unkeyed;
    }
    long[] all = new long[n];
    int at = 0;
    for (Keys k : collectors) {
      System.arraycopy(k.keys, 0, all, at, k.size);
      at += k.size;
    }
    Arrays.sort(all);
    long distinct = unkeyed;
    for (int i = 0; i < n; i++) if (i == 0 || all[i] != all[i - 1]) distinct++;
    return distinct;
  }
}
