package verbatim.extract.reported;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verbatim.extract.base.SentenceStops;
import verbatim.extract.base.TokenRules;
import verbatim.extract.base.TokenScan;

/**
 * The sentence view of a text: its word and punctuation tokens, cut by {@link TokenScan} under the reported-speech
 * {@link TokenRules}, with their sentence ends and whether each stands inside quote marks. Unlike
 * {@code verbatim.extract.Tokens} (line breaks as tokens, for the quote-mark finder) it keeps numbers with their
 * separators ("1,500", "3.5") as one word and knows paragraphs from hard-wrapped lines, which the sentence-level cue
 * rules rely on.
 */
final class SentenceTokens {
  /** One shared string per ASCII character: punctuation tokens need no allocation. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 0; c < 128; c++) ASCII[c] = String.valueOf(c);
  }

  final String text;
  int n;
  int[] start = new int[256];
  int[] end = new int[256];
  String[] low = new String[256];
  /** true for words, false for punctuation */
  boolean[] word = new boolean[256];
  /** true when a line break precedes the token */
  boolean[] breakBefore = new boolean[256];
  /** true when the token stands inside quote marks opened earlier in its paragraph */
  boolean[] quoted;
  final List<Integer> sentenceEnds = new ArrayList<>();

  SentenceTokens(String text, boolean french) {
    this.text = text;
    TokenScan.scan(text, french ? TokenRules.SENTENCES_FR : TokenRules.SENTENCES_EN, new Cutter());
    markQuoted();
    markSentenceEnds();
  }

  /** Keeps each scanned token, noting which tokens open a paragraph. */
  private final class Cutter implements TokenScan.Sink {
    /** Whether a paragraph break came since the last token: the text's start counts as one. */
    private boolean sawBreak = true;

    @Override
    public void word(int s, int e) {
      add(s, e, true, sawBreak);
      sawBreak = false;
    }

    @Override
    public void punct(int s, int e) {
      add(s, e, false, sawBreak);
      sawBreak = false;
    }

    @Override
    public void lineBreak(int s, int e) {
      for (int i = s; i < e; i++) {
        char c = text.charAt(i);
        if (c == '\n' ? paragraphBreak(text, i) : c == '\r' || c == '\u2028' || c == '\u2029') sawBreak = true;
      }
    }
  }

  /** Flags the tokens inside quote marks; a paragraph break closes any mark left open. */
  private void markQuoted() {
    quoted = new boolean[n];
    boolean open = false;
    for (int t = 0; t < n; t++) {
      if (breakBefore[t]) open = false;
      if (!word[t]) {
        char c = text.charAt(start[t]);
        if (c == '“' || c == '«') {
          open = true;
        } else if (c == '”' || c == '»') {
          open = false;
        } else if (c == '"') {
          open = !open;
        }
      }
      quoted[t] = open;
    }
  }

  /**
   * Sentence ends (exclusive token indices): a paragraph break; a semicolon, which closes a clause the cue rules read
   * as a unit; a stop that {@link SentenceStops} says ends a sentence (the rule the quote-mark finder asks of one
   * token), the closing marks after it included.
   */
  private void markSentenceEnds() {
    for (int t = 0; t < n; t++) {
      if (t > 0 && breakBefore[t]) {
        addEnd(t);
        continue;
      }
      if (word[t]) continue;
      char c = text.charAt(start[t]);
      if (!SentenceStops.isStop(c) && c != ';') continue;
      int u = t + 1;
      while (u < n && !word[u] && !breakBefore[u] && (isCloser(text.charAt(start[u]))
          || SentenceStops.isStop(text.charAt(start[u])))) {
        u++;
      }
      if (u >= n || breakBefore[u]) continue; // the break or the end closes it
      boolean glued = t > 0 && word[t - 1] && end[t - 1] == start[t];
      if (c == ';' || SentenceStops.ends(text, start[t], glued ? start[t - 1] : -1)) addEnd(u);
    }
    addEnd(n);
  }

  /**
   * Whether the line feed at {@code i} ends a paragraph rather than wrapping a line (newswire text is often
   * hard-wrapped): a blank line or an indented next line, a previous line ending in terminal punctuation, or a
   * short previous line (a title or subheading).
   */
  private static boolean paragraphBreak(String text, int i) {
    int j = i + 1;
    if (j >= text.length()) return true;
    char next = text.charAt(j);
    if (next == '\n' || next == '\r' || next == ' ' || next == '\t' || next == '\u00a0') return true;
    int p = i - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\r' || text.charAt(p) == '\t')) p--;
    if (p < 0) return true;
    char c = text.charAt(p);
    if (".!?:;\"”»)…".indexOf(c) >= 0) return true;
    int lineStart = text.lastIndexOf('\n', p);
    return p - lineStart < 50;
  }

  private void addEnd(int t) {
    if (sentenceEnds.isEmpty() || sentenceEnds.get(sentenceEnds.size() - 1) < t) sentenceEnds.add(t);
  }

  private void add(int s, int e, boolean isWord, boolean brk) {
    if (n == start.length) {
      int m = n * 2;
      start = java.util.Arrays.copyOf(start, m);
      end = java.util.Arrays.copyOf(end, m);
      low = java.util.Arrays.copyOf(low, m);
      word = java.util.Arrays.copyOf(word, m);
      breakBefore = java.util.Arrays.copyOf(breakBefore, m);
    }
    start[n] = s;
    end[n] = e;
    word[n] = isWord;
    breakBefore[n] = brk;
    low[n] = isWord ? lower(text, s, e) : e == s + 1 && text.charAt(s) < 128 ? ASCII[text.charAt(s)] : text.substring(s, e);
    n++;
  }

  private static String lower(String text, int s, int e) {
    boolean plain = true;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '’' || Character.isUpperCase(c)) {
        plain = false;
        break;
      }
    }
    String w = text.substring(s, e);
    return plain ? w : w.replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  char first(int t) {
    return text.charAt(start[t]);
  }

  boolean capitalized(int t) {
    return word[t] && Character.isUpperCase(text.charAt(start[t]));
  }

  boolean punct(int t, char c) {
    return !word[t] && text.charAt(start[t]) == c;
  }

  boolean comma(int t) {
    return !word[t] && (text.charAt(start[t]) == ',');
  }

  /** A pause that can open or close an incise: comma, dash or parenthesis. */
  boolean pause(int t) {
    if (word[t]) return false;
    char c = text.charAt(start[t]);
    return c == ',' || c == '—' || c == '–';
  }

  static boolean isCloser(char c) {
    return SentenceStops.isCloser(c);
  }

  static boolean isOpener(char c) {
    return SentenceStops.isOpener(c);
  }

  static boolean isQuoteMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '‘' || c == '‹' || c == '›';
  }
}
