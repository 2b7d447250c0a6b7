package verbatim.extract;

/**
 * Splits a French quote at an incise inside its marks (« c’est une jungle, a-t-il dit. Il y a … »): two parts around
 * the reporting clause, which gives the speaker. Reads cues and mentions inside the quote's own tokens. Immutable.
 */
final class InciseSplitter {

  /** The incise's speaker mention never runs longer than this after its cue. */
  private static final int MAX_MENTION_AFTER_CUE = 8;

  /** The parts of a quote as [start, end) offset pairs, and the incise's attribution (null when not split). */
  record Split(int[][] parts, Attribution attribution) {}

  private final Grammar inside;

  /** @param g the grammar of the text; the splitter reads with its inside-quote twin */
  InciseSplitter(Grammar g) {
    this.inside = g.insideQuote();
  }

  /** The quote of span s, with marks at tokens open and close, split at its first incise, else whole. */
  Split split(QuoteMarkScanner.Span s, int open, int close) {
    Tokens t = inside.t;
    CueReader cues = inside.cues;
    for (int k = open + 1; k < close - 2; k++) {
      if (!t.isPunct(k, ',')) continue;
      int c = k + 1;
      int len = cues.cueAt(c);
      if (len == 0 || CueReader.isPrepCue(t, c)) continue;
      String pron = cues.cuePronoun(c, len);
      int e = c + len;
      Attribution m = null;
      if (pron == null) {
        // ", explique le ministre," / ", précise Mme Tremblay."
        m = inside.mentions.after(e, close);
        if (m == null || m.to() - e > MAX_MENTION_AFTER_CUE) continue;
        e = m.to();
      }
      if (e < close - 1 && (t.isPunct(e, ',') || t.isPunct(e, '.')) && t.isWord(e + 1)) {
        int firstEnd = t.start[k];
        int second = t.start[e + 1];
        if (firstEnd > s.start() && s.end() > second) {
          String cue = cues.cueText(c, len);
          Attribution a = pron != null ? new Attribution(-1, -1, pron, cue) : new Attribution(m.from(), m.to(), null, cue);
          return new Split(new int[][] {{s.start(), trimEnd(t.text, s.start(), firstEnd)}, {second, s.end()}}, a);
        }
      }
    }
    return new Split(new int[][] {{s.start(), s.end()}}, null);
  }

  private static int trimEnd(String text, int from, int e) {
    while (e > from && Tokens.isSpace(text.charAt(e - 1))) e--;
    return e;
  }
}
