package verbatim.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
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
 *
 * <p>A query of its own rather than Lucene's {@code FunctionScoreQuery}: the per-hit work is one doc-values read
 * instead of a chain of value sources, and since the factor is at most 1 the wrapped scorer's maximum scores stay
 * valid bounds, so a top-k search can still skip non-competitive documents (block-max WAND).
 */
final class ShortQuotePenalty extends Query {
  /** At most this many indexed words make a quote short. */
  static final int MAX_WORDS = 2;
  static final float FACTOR = 0.3f;

  private final Query in;

  private ShortQuotePenalty(Query in) {
    this.in = Objects.requireNonNull(in);
  }

  /** {@code q} with short quotes' scores lowered. */
  static Query apply(Query q) {
    return q == null ? null : new ShortQuotePenalty(q);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? super.rewrite(searcher) : new ShortQuotePenalty(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) return inner;
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
        ScorerSupplier supplier = in.scorerSupplier(ctx);
        NumericDocValues words = ctx.reader().getNumericDocValues(Schema.QUOTE_WORDS);
        return supplier == null || words == null ? supplier : new Lowered(supplier, words);
      }

      @Override
      public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
        Explanation e = in.explain(ctx, doc);
        NumericDocValues words = ctx.reader().getNumericDocValues(Schema.QUOTE_WORDS);
        if (!e.isMatch() || words == null || !isShort(words, doc)) return e;
        return Explanation.match(e.getValue().floatValue() * FACTOR, "short quote (at most " + MAX_WORDS
            + " words), x" + FACTOR, e);
      }
    };
  }

  private static boolean isShort(NumericDocValues words, int doc) throws IOException {
    if (!words.advanceExact(doc)) return false;
    long n = words.longValue();
    return n > 0 && n <= MAX_WORDS;
  }

  /** The wrapped supplier's scorers, their scores lowered for short quotes. */
  private static final class Lowered extends ScorerSupplier {
    private final ScorerSupplier in;
    private final NumericDocValues words;

    Lowered(ScorerSupplier in, NumericDocValues words) {
      this.in = in;
      this.words = words;
    }

    @Override
    public Scorer get(long leadCost) throws IOException {
      return new LoweredScorer(in.get(leadCost), words);
    }

    @Override
    public long cost() {
      return in.cost();
    }

    @Override
    public void setTopLevelScoringClause() throws IOException {
      in.setTopLevelScoringClause();
    }

    /**
     * The wrapped supplier's own bulk scorer, with the collector's scores lowered: a disjunction's windowed bulk
     * scorer (or its max-score one, for top hits) is far cheaper than driving the wrapped scorer one document at a
     * time, which is what the default bulk scorer over {@link #get} would do.
     */
    @Override
    public BulkScorer bulkScorer() throws IOException {
      BulkScorer inner = in.bulkScorer();
      return new BulkScorer() {
        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
          return inner.score(new LoweringCollector(collector, words), acceptDocs, min, max);
        }

        @Override
        public long cost() {
          return inner.cost();
        }
      };
    }
  }

  /**
   * Hands the collector scores lowered for short quotes. A {@link Scorable} does not say which document it scores,
   * so the collector keeps the one being collected; every document passes through {@link #collect(int)} (the
   * default stream and range collection call it too).
   */
  private static final class LoweringCollector implements LeafCollector {
    private final LeafCollector in;
    private final NumericDocValues words;
    private int doc = -1;

    LoweringCollector(LeafCollector in, NumericDocValues words) {
      this.in = in;
      this.words = words;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      in.setScorer(new Scorable() {
        @Override
        public float score() throws IOException {
          float s = scorer.score();
          return isShort(words, doc) ? s * FACTOR : s;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
          // a lowered score is never above the wrapped one: a document the wrapped scorer may skip cannot compete
          scorer.setMinCompetitiveScore(minScore);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
          return List.of(new ChildScorable(scorer, "MUST"));
        }
      });
    }

    @Override
    public void collect(int doc) throws IOException {
      this.doc = doc;
      in.collect(doc);
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return in.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      in.finish();
    }
  }

  private static final class LoweredScorer extends FilterScorer {
    private final NumericDocValues words;

    LoweredScorer(Scorer in, NumericDocValues words) {
      super(in);
      this.words = words;
    }

    @Override
    public float score() throws IOException {
      float s = in.score();
      return isShort(words, docID()) ? s * FACTOR : s;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      // the factor is at most 1: the wrapped bound holds
      return in.getMaxScore(upTo);
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // a lowered score is never above the wrapped one: a document the wrapped scorer may skip cannot compete
      in.setMinCompetitiveScore(minScore);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "shortQuotePenalty(" + in.toString(field) + ", " + MAX_WORDS + " words x" + FACTOR + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && in.equals(((ShortQuotePenalty) other).in);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + in.hashCode();
  }
}
