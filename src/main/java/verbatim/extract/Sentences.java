package verbatim.extract;

/**
 * Sentence and paragraph bounds over one text's tokens, where a quote ending in a full stop may close a sentence.
 * Immutable; reads the quote index of the tokens.
 */
final class Sentences {

  /** A sentence is read at most this many tokens away from the token it is asked about. */
  private static final int MAX_SENTENCE = 80;

  private final Tokens t;

  Sentences(Tokens t) {
    this.t = t;
  }

  /**
   * The text with each line break that cuts a sentence in two replaced by spaces, offsets unchanged: a break after
   * a word or a comma and before a lower-case letter ("…, ¶ a indiqué Jo Roy") is a layout accident of the
   * source, not a paragraph, and the reporting clause on the far side of it belongs to the quote before it.
   */
  static String joinBrokenLines(String text) {
    char[] c = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) != '\n') continue;
      int a = i;
      while (a > 0 && Tokens.isSpace(text.charAt(a - 1))) a--;
      int b = i;
      while (b < n && (text.charAt(b) == '\n' || text.charAt(b) == '\r' || Tokens.isSpace(text.charAt(b)))) b++;
      if (a > 0 && b < n && Character.isLowerCase(text.charAt(b)) && !endsSentence(text.charAt(a - 1))) {
        if (c == null) c = text.toCharArray();
        for (int x = a; x < b; x++) c[x] = ' ';
      }
      i = b - 1;
    }
    return c == null ? text : new String(c);
  }

  private static boolean endsSentence(char ch) {
    return ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';' || ch == '…';
  }

  /** First token of the sentence holding token k. */
  int start(int k) {
    int floor = Math.max(0, k - MAX_SENTENCE);
    int s = k;
    while (s - 1 >= floor && !(t.quote[s - 1] < 0 && t.endsSentence(s - 1)) && t.type[s - 1] != Tokens.BREAK
        && !quoteEndsSentence(s - 1)) {
      s--;
    }
    return s;
  }

  /** The token ending the sentence holding token k (its full stop or break), or the cap. */
  int end(int k) {
    int ceil = Math.min(t.size, k + MAX_SENTENCE);
    int e = k;
    while (e < ceil && !(t.quote[e] < 0 && t.endsSentence(e)) && t.type[e] != Tokens.BREAK && !quoteEndsSentence(e)) {
      e++;
    }
    return e;
  }

  /** The closing mark at k of a quote ending in a full stop, followed by a new sentence (capital or break). */
  private boolean quoteEndsSentence(int k) {
    if (t.quote[k] < 0 || t.type[k] != Tokens.PUNCT || k + 1 >= t.size || t.quote[k + 1] == t.quote[k]) return false;
    if (!(t.type[k + 1] == Tokens.BREAK || t.isWord(k + 1) && t.isCapitalised(k + 1))) return false;
    return fullStopBefore(t.end[k]);
  }

  /** Whether the quote whose closing mark ends just before offset p ends with a full stop. */
  boolean fullStopBefore(int p) {
    String text = t.text;
    int x = p - 1;
    while (x >= 0 && Tokens.isSpace(text.charAt(x))) x--;
    x--; // the closing mark
    while (x >= 0 && Tokens.isSpace(text.charAt(x))) x--;
    return x >= 1 && text.charAt(x) == '.' && text.charAt(x - 1) != '.' && Character.isLowerCase(text.charAt(x - 1));
  }

  /** Whether no sentence ends between text offsets from and to (outside quote marks). */
  boolean sameSentence(int from, int to) {
    for (int k = t.at(from); k < t.size && t.start[k] < to; k++) {
      if (t.type[k] == Tokens.BREAK || t.quote[k] < 0 && t.endsSentence(k)) return false;
    }
    return true;
  }

  /** Whether the quote with marks at tokens open and close fills its paragraph: a break or the text's edge around. */
  boolean wholeParagraph(int open, int close) {
    if (open < 0) return false;
    boolean before = open == 0 || t.type[open - 1] == Tokens.BREAK;
    boolean after = close >= t.size || t.type[close] == Tokens.BREAK;
    return before && after;
  }

  /** Paragraph breaks among tokens [fromTok, toTok). */
  int paragraphsBetween(int fromTok, int toTok) {
    int n = 0;
    for (int k = Math.max(0, fromTok); k < toTok && k < t.size; k++) if (t.type[k] == Tokens.BREAK) n++;
    return n;
  }

  /** Words among tokens [from, to). */
  int wordsBetween(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) if (t.isWord(k)) n++;
    return n;
  }
}
