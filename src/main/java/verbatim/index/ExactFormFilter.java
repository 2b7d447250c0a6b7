package verbatim.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After a stemmer: keeps the stem, and adds the unstemmed (folded) word that {@link Before} saw, marked with
 * {@link #MARK}, at the same position when it differs from the stem ("elections" → "elect" +
 * "\u0001elections"; "program" → "program"). The marked form lets a query favour records holding the exact
 * word without a second field; the mark keeps it out of prefix, wildcard and suggestion lookups. (Like
 * KeywordRepeatFilter + a stemmer, without copying every token's attributes twice.)
 */
public final class ExactFormFilter extends TokenFilter {
  /** First character of an exact-form term (never produced by the tokenizer). */
  public static final char MARK = '\u0001';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final Before before;
  private boolean pending;

  /** {@code in} is the stemmer reading from {@code before}. */
  public ExactFormFilter(TokenStream in, Before before) {
    super(in);
    this.before = before;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending) {
      pending = false;
      char[] b = term.resizeBuffer(before.length + 1);
      b[0] = MARK;
      System.arraycopy(before.word, 0, b, 1, before.length);
      term.setLength(before.length + 1);
      posInc.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) return false;
    pending = !Arrays.equals(term.buffer(), 0, term.length(), before.word, 0, before.length);
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = false;
  }

  /** Placed before the stemmer: remembers each word as it was before stemming. */
  public static final class Before extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    char[] word = new char[32];
    int length;

    public Before(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      length = term.length();
      if (word.length < length) word = new char[length + 16];
      System.arraycopy(term.buffer(), 0, word, 0, length);
      return true;
    }
  }
}
