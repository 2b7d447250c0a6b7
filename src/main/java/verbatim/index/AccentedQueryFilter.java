package verbatim.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * English query analysis, two filters. {@link Mark} (before accent folding) flags a word written with a
 * non-ASCII letter; this filter (after stemming and {@link ExactFormFilter}) keeps, for a flagged word, its
 * exact folded form instead of its stem, and drops every other word's exact form. A word with accents is a
 * name or a foreign word: in English records it must match as written ("décision" finds "decision"), never
 * as an English stem ("système" must not find every "system" and "systems").
 */
public final class AccentedQueryFilter extends TokenFilter {
  static final int ACCENTED = 1 << 8;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private AttributeSource.State pending;

  public AccentedQueryFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (true) {
      if (pending != null) {
        restoreState(pending);
        pending = null;
      } else if (!input.incrementToken()) {
        return false;
      }
      // a stem; its exact form, when it has one, follows at the same position
      State stem = captureState();
      boolean more = input.incrementToken();
      boolean exactFollows = more && posInc.getPositionIncrement() == 0 && term.length() > 0
          && term.charAt(0) == ExactFormFilter.MARK;
      if (exactFollows) {
        if ((flags.getFlags() & ACCENTED) != 0) {
          // keep the exact form, at the stem's position
          State exact = captureState();
          restoreState(stem);
          int inc = posInc.getPositionIncrement();
          restoreState(exact);
          posInc.setPositionIncrement(inc);
          return true;
        }
        restoreState(stem);
        return true;
      }
      if (more) pending = captureState();
      restoreState(stem);
      return true;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }

  /** Flags words with a non-ASCII letter (before accent folding). */
  public static final class Mark extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);

    public Mark(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      char[] b = term.buffer();
      for (int i = 0, n = term.length(); i < n; i++) {
        if (b[i] > 0x7F) {
          flags.setFlags(flags.getFlags() | ACCENTED);
          break;
        }
      }
      return true;
    }
  }
}
