package verbatim.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * After {@code KeywordRepeatFilter} and a stemmer: keeps the stem, and adds the unstemmed (folded) word
 * marked with {@link #MARK} at the same position only when it differs from the stem ("elections" →
 * "elect" + "\u0001elections"; "program" → "program"). The marked form lets a query favour records holding
 * the exact word without a second field; the mark keeps it out of prefix, wildcard and suggestion lookups.
 */
public final class ExactFormFilter extends TokenFilter {
  /** First character of an exact-form term (never produced by the tokenizer). */
  public static final char MARK = '\u0001';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private char[] exact = new char[16];
  private int exactLength = -1;

  public ExactFormFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (exactLength >= 0) {
      // emit the pending exact form at the stem's position
      term.setEmpty().append(MARK).append(java.nio.CharBuffer.wrap(exact, 0, exactLength));
      keyword.setKeyword(false);
      posInc.setPositionIncrement(0);
      exactLength = -1;
      return true;
    }
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword()) return true; // not from KeywordRepeatFilter's pair (cannot happen in our chains)
    // the keyword copy (unstemmed) comes first; remember it, then read its stemmed copy
    int inc = posInc.getPositionIncrement();
    int len = term.length();
    if (exact.length < len) exact = new char[len + 8];
    System.arraycopy(term.buffer(), 0, exact, 0, len);
    if (!input.incrementToken()) return false;
    posInc.setPositionIncrement(inc);
    if (term.length() != len || !java.util.Arrays.equals(term.buffer(), 0, len, exact, 0, len)) exactLength = len;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    exactLength = -1;
  }
}
