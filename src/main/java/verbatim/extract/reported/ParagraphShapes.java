package verbatim.extract.reported;

/**
 * Paragraphs that are not the article's reporting, so no cue in them reports speech: a link to another story
 * ("READ MORE: …", "WATCH: …", "À LIRE AUSSI : …") and a photo caption (a paragraph ending in a credit: "(Jane
 * Roe/The Canadian Press)", "( Dreamstime )", "Jane Roe/THE CANADIAN PRESS"). Paragraphs are token ranges [p0, p1).
 */
final class ParagraphShapes {
  private ParagraphShapes() {}

  /** Whether the paragraph is a link to another story. */
  static boolean isStub(SentenceTokens tk, int p0, int p1) {
    if (p1 - p0 < 3 || !tk.word[p0]) return false;
    String w = tk.low[p0];
    if (w.equals("à") || w.equals("a")) {
      // "À LIRE AUSSI :", "À VOIR :"
      if (!tk.word[p0 + 1] || !(tk.low[p0 + 1].equals("lire") || tk.low[p0 + 1].equals("voir"))) return false;
      int c = p0 + 2;
      if (c < p1 && tk.word[c] && tk.low[c].equals("aussi")) c++;
      return c < p1 && tk.punct(c, ':');
    }
    if ((w.equals("lire") || w.equals("voir")) && tk.word[p0 + 1] && tk.low[p0 + 1].equals("aussi")) {
      return tk.punct(p0 + 2, ':');
    }
    if (w.equals("read") || w.equals("also") || w.equals("more")) {
      return tk.word[p0 + 1] && (tk.low[p0 + 1].equals("more") || tk.low[p0 + 1].equals("read")
          || tk.low[p0 + 1].equals("on")) && tk.punct(p0 + 2, ':');
    }
    return (w.equals("watch") || w.equals("related") || w.equals("listen") || w.equals("video")
        || w.equals("photos")) && tk.punct(p0 + 1, ':');
  }

  /** Whether the paragraph is a photo caption: it ends in a credit. */
  static boolean isCaption(SentenceTokens tk, int p0, int p1) {
    int last = p1 - 1;
    if (tk.punct(last, ')')) {
      int q = last - 1;
      while (q > p0 && last - q < 20 && !tk.punct(q, '(')) q--;
      if (q <= p0 || !tk.punct(q, '(')) return false;
      boolean slash = false, allCaps = true;
      int words = 0;
      for (int t = q + 1; t < last; t++) {
        if (tk.word[t]) {
          words++;
          if (!tk.capitalized(t)) allCaps = false;
        } else if (tk.punct(t, '/')) {
          slash = true;
        }
      }
      return words > 0 && (slash || allCaps);
    }
    // "… Jane Roe/THE CANADIAN PRESS": a credit glued with a slash
    for (int t = last - 1; t > p0 && last - t < 8; t--) {
      if (tk.punct(t, '/') && tk.capitalized(t - 1) && tk.capitalized(t + 1) && tk.end[t - 1] == tk.start[t]
          && tk.end[t] == tk.start[t + 1]) {
        for (int u = t + 1; u <= last; u++) if (!tk.capitalized(u)) return false;
        return true;
      }
    }
    return false;
  }
}
