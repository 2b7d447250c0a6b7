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
        // ", explique le ministre," / ", précise Mme Tremblay." / ", disait pourtant Julie." (an adverb or a
        // locution may stand between the inverted verb and its subject, as after a closing mark).
        int from = skipAdverbs(t, InvertedAdverbials.skip(t, e, close), close);
        m = inside.mentions.after(from, close);
        if (m == null || m.to() - from > MAX_MENTION_AFTER_CUE) continue;
        // "…, disait Julie Caron. Les partis …": the full stop closes the incise, not the name.
        if (m.to() - 1 > m.from() && t.isPunct(m.to() - 1, '.')) m = Attribution.mention(m.from(), m.to() - 1);
        e = participleTail(t, m.to(), from, close);
        m = beforeParticiple(t, m);
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

  /**
   * The end of a subject's trailing participle phrase («, ajoutait cette infirmière venue elle aussi de Laval.»): the
   * incise runs on in lower-case words (a place may be capitalised) to its comma or full stop, within the mention's
   * reach and with no other cue; end itself when none is found.
   */
  private static int participleTail(Tokens t, int end, int from, int close) {
    int j = end;
    while (j < close - 1 && j - from <= MAX_MENTION_AFTER_CUE && t.isWord(j) && !Lexicon.isCue(t.lower(j))) j++;
    return j > end && j < close - 1 && j - from <= MAX_MENTION_AFTER_CUE + 1
        && (t.isPunct(j, ',') || t.isPunct(j, '.')) && !t.isCapitalised(end) ? j : end;
  }

  /**
   * The subject without the participle phrase the mention reader ran into («Julie Caron venue elle aussi»,
   * «cette infirmière venue»): it ends before a lower-case word after a name, or before a past participle after
   * a described person's noun.
   */
  private static Attribution beforeParticiple(Tokens t, Attribution m) {
    for (int k = m.from() + 1; k < m.to(); k++) {
      if (!t.isWord(k) || t.isCapitalised(k)) continue;
      String w = t.lower(k);
      boolean afterName = t.isCapitalised(k - 1) && Names.nameWord(t, k - 1);
      boolean participle = k >= m.from() + 2 && (WordClasses.frenchParticipleEnding(w) || w.endsWith("ue")
          || w.endsWith("ues") || w.endsWith("u") || w.endsWith("us"));
      if (afterName || participle) return Attribution.mention(m.from(), k);
    }
    return m;
  }

  /**
   * Index after at most two adverbs at from ("pourtant", "encore", "aussitôt", "-ment" words), as French sets them
   * between an inverted verb and its subject; {@link CueReader#skipAdverbs} stops inside quote marks, where an
   * incise stands.
   */
  private static int skipAdverbs(Tokens t, int from, int limit) {
    int x = from;
    while (x < limit && x < from + 2 && t.isWord(x) && !t.isCapitalised(x)) {
      String w = t.lower(x);
      boolean adverb = w.length() > 5 && w.endsWith("ment") || Lexicon.FILLERS.contains(w) && !CueReader.isAuxiliary(w)
          && !w.equals("de") && !w.equals("lui") && !w.equals("leur") && !w.equals("son") && !w.equals("y");
      if (!adverb) break;
      x++;
    }
    return x;
  }

  private static int trimEnd(String text, int from, int e) {
    while (e > from && Tokens.isSpace(text.charAt(e - 1))) e--;
    return e;
  }
}
