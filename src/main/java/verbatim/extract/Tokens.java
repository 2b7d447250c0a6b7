package verbatim.extract;

import java.util.Arrays;
import verbatim.extract.base.SentenceStops;
import verbatim.extract.base.TokenRules;
import verbatim.extract.base.TokenScan;

/**
 * A text cut into word, punctuation and line-break tokens by {@link TokenScan} under the quote-mark finder's
 * {@link TokenRules}: words keep inner hyphens and apostrophes ("St-Pierre", "It’s", "a-t-il"); French elisions
 * are split off ("l’", "qu’" + "il"). Offsets are String indices into the text.
 */
final class Tokens {
  static final byte WORD = 0, PUNCT = 1, BREAK = 2;

  final String text;
  int size;
  int[] start = new int[64];
  int[] end = new int[64];
  byte[] type = new byte[64];
  /** Index of the quote span a token lies in (marks included), or -1. Filled by {@link QuoteFinder}. */
  int[] quote;

  private Tokens(String text) {
    this.text = text;
  }

  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    TokenScan.scan(text, TokenRules.QUOTE_MARKS, new Filler(t));
    return t;
  }

  /** Keeps each scanned token, a line break as a token of its own. */
  private record Filler(Tokens t) implements TokenScan.Sink {
    @Override
    public void word(int start, int end) {
      t.add(start, end, WORD);
    }

    @Override
    public void punct(int start, int end) {
      t.add(start, end, PUNCT);
    }

    @Override
    public void lineBreak(int start, int end) {
      t.add(start, end, BREAK);
    }
  }

  static boolean isSpace(char c) {
    return TokenRules.isPressSpace(c);
  }

  private void add(int s, int e, byte ty) {
    if (size == start.length) {
      start = Arrays.copyOf(start, size * 2);
      end = Arrays.copyOf(end, size * 2);
      type = Arrays.copyOf(type, size * 2);
    }
    start[size] = s;
    end[size] = e;
    type[size] = ty;
    size++;
  }

  String str(int i) {
    return text.substring(start[i], end[i]);
  }

  char ch(int i) {
    return text.charAt(start[i]);
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && type[i] == PUNCT && text.charAt(start[i]) == c;
  }

  boolean isCapitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  /** Lower-cased (Locale.ROOT) word with ’ turned into '. */
  String lower(int i) {
    if (lowers == null) lowers = new String[size];
    String l = lowers[i];
    if (l == null) {
      l = str(i).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
      lowers[i] = l;
    }
    return l;
  }

  private String[] lowers;

  /** First token whose start is ≥ offset. */
  int at(int offset) {
    int lo = 0, hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Whether token i ends a sentence: a line break, or a stop that {@link SentenceStops} says ends one (the same rule
   * the reported-speech reader cuts whole texts by).
   */
  boolean endsSentence(int i) {
    if (type[i] == BREAK) return true;
    if (type[i] != PUNCT || !SentenceStops.isStop(ch(i))) return false;
    boolean glued = i > 0 && type[i - 1] == WORD && end[i - 1] == start[i];
    return SentenceStops.ends(text, start[i], glued ? start[i - 1] : -1);
  }
}
