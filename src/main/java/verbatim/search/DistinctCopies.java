package verbatim.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import verbatim.index.Schema;

/**
 * Counts the distinct quotes among a search's hits: wire copies (one copy key, {@link Schema#copyKey}) count
 * once. Adds the key of every hit to a primitive hash set (no boxing, linear in the hits: it runs beside the
 * facet pass over every match). Hits without a key (records of an index that has none) each count as distinct.
 */
final class DistinctCopies implements CollectorManager<DistinctCopies.Keys, Long> {
  static final class Keys extends SimpleCollector {
    private final LongHashSet keys = new LongHashSet();
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
      keys.add(values.longValue());
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
    LongHashSet all = null;
    long unkeyed = 0;
    for (Keys k : collectors) {
      unkeyed += k.unkeyed;
      if (all == null) all = k.keys;
      else all.addAll(k.keys);
    }
    return unkeyed + (all == null ? 0 : all.size());
  }
}
