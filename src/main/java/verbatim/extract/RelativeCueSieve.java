package verbatim.extract;

/**
 * "relative-cue" (French): the nearest cue before the quote is the verb of a relative clause, whose subject «qui»
 * stands for the noun phrase before it: «les slogans des grévistes, qui scandaient « … »», «les verts, qui avaient
 * déposé une motion et prévenu que « … »» (a second verb coordinated by «et» shares the «qui»). That noun phrase,
 * a group or a person described or named, speaks; the speaker of a neighbouring sentence does not.
 */
final class RelativeCueSieve implements Sieve {

  static final String NAME = "relative-cue";
  /** «qui» stands at most this many tokens before a verb coordinated by «et» («qui ont déposé une motion et …»). */
  private static final int MAX_COORDINATED = 10;

  @Override
  public Attribution find(QuoteContext ctx) {
    if (!ctx.french()) return null;
    Grammar g = ctx.g();
    Tokens t = g.t;
    int open = ctx.open();
    int floor = ctx.sentenceStart();
    for (int k = open - 1; k > floor; k--) {
      if (t.quote[k] >= 0) continue;
      int len = g.cues.cueAt(k);
      if (len == 0 || k + len > open) continue;
      int qui = relativeSubject(t, verbGroupStart(t, k, floor), floor);
      if (qui <= floor) return null;
      int p = t.isPunct(qui - 1, ',') ? qui - 2 : qui - 1;
      Attribution m = p >= floor ? g.mentions.before(p, floor) : null;
      if (m == null || m.from() < floor || !g.mentions.hasSpeakerWord(m)
          || Lexicon.PRONOUNS.contains(t.lower(m.from()))) {
        return null;
      }
      return new Attribution(m.from(), m.to(), null, g.cues.cueText(k, len), NAME);
    }
    return null;
  }

  /** The first token of the verb group ending at the cue k: auxiliaries, clitics and adverbs before it. */
  private static int verbGroupStart(Tokens t, int k, int floor) {
    int j = k;
    while (j - 1 > floor && t.isWord(j - 1) && t.quote[j - 1] < 0) {
      String w = t.lower(j - 1);
      if (!CueReader.isAuxiliary(w) && !Lexicon.FILLERS.contains(w) && !Names.elision(t, j - 1)) break;
      j--;
    }
    return j;
  }

  /** The «qui» right before the verb group at j, or before the first verb of an «et» coordination; else -1. */
  private static int relativeSubject(Tokens t, int j, int floor) {
    int x = j - 1;
    if (x <= floor || !t.isWord(x)) return -1;
    if (t.lower(x).equals("qui")) return x;
    if (!t.lower(x).equals("et")) return -1;
    for (int y = x - 1; y > floor && y >= x - MAX_COORDINATED; y--) {
      if (!t.isWord(y) || t.quote[y] >= 0) return -1;
      if (t.lower(y).equals("qui")) return y;
    }
    return -1;
  }
}
