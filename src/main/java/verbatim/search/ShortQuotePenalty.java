package verbatim.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import verbatim.index.Schema;

/**
 * Lowers the score of quotes of one or two words. BM25 favours short texts, so a bare name or label in quote
 * marks («gilets jaunes») outranks every statement that uses the same words; such a quote says nothing the
 * words do not. Its score is multiplied by {@link #FACTOR}, which leaves it above statements several times the
 * average quote length (a multiplier keeps the ranking's other signals; a hard "short last" would bury a
 * one-word answer to a one-word query under long texts that mention it once).
 *
 * <p>The words are counted at indexing ({@link Schema#QUOTE_WORDS}: runs of letters or digits, stop words
 * included, so "There is a propaganda TikTok" is no label); quotes of an index without the count are not lowered.
 */
final class ShortQuotePenalty extends DoubleValuesSource {
  /** At most this many indexed words make a quote short. */
  static final int MAX_WORDS = 2;
  static final double FACTOR = 0.3;

  private static final ShortQuotePenalty INSTANCE = new ShortQuotePenalty();

  private ShortQuotePenalty() {}

  /** {@code q} with short quotes' scores lowered. */
  static Query apply(Query q) {
    return q == null ? null : FunctionScoreQuery.boostByValue(q, INSTANCE);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues counts = ctx.reader().getNumericDocValues(Schema.QUOTE_WORDS);
    return new DoubleValues() {
      private double value = 1;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        long words = counts != null && counts.advanceExact(doc) ? counts.longValue() : 0;
        value = words > 0 && words <= MAX_WORDS ? FACTOR : 1;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return true;
  }

  @Override
  public int hashCode() {
    return ShortQuotePenalty.class.hashCode();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ShortQuotePenalty;
  }

  @Override
  public String toString() {
    return "shortQuotePenalty(" + MAX_WORDS + " words x" + FACTOR + ")";
  }
}
