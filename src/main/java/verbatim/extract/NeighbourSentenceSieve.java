package verbatim.extract;

/**
 * "sentence-before", then "sentence-after": a cue with its speaker in a sentence before the quote's (up to three
 * back, one paragraph break at most, stopping at a sentence that holds another quote), else in the sentence right
 * after it. Runs after the cue sieves and only for a quote they left without a speaker.
 */
final class NeighbourSentenceSieve implements Sieve {

  static final String BEFORE = "sentence-before";
  static final String AFTER = "sentence-after";
  private static final int MAX_SENTENCES_BACK = 3;

  @Override
  public Attribution find(QuoteContext ctx) {
    Attribution a = before(ctx.g(), ctx.open());
    if (a != null) return a.as(BEFORE);
    Grammar g = ctx.g();
    Tokens t = g.t;
    int close = ctx.close();
    // A quote ending in a full stop ends its sentence at its closing mark (the token before ctx.close()).
    int e = g.sentences.end(close > 0 && t.quote[close - 1] >= 0 ? close - 1 : close);
    if (e < t.size && t.type[e] != Tokens.BREAK) {
      a = g.clauses.in(e + 1, g.sentences.end(e + 1));
      if (a != null) return a.as(AFTER);
    }
    return null;
  }

  private static Attribution before(Grammar g, int open) {
    Tokens t = g.t;
    int s = g.sentences.start(open);
    int breaks = 0;
    for (int back = 0; back < MAX_SENTENCES_BACK && s - 1 >= 0; back++) {
      int prevEnd = s - 1;
      if (t.type[prevEnd] == Tokens.BREAK) {
        prevEnd--;
        breaks++;
      }
      if (prevEnd < 0 || breaks > 1) break;
      int ps = g.sentences.start(prevEnd);
      boolean quoted = false;
      for (int x = ps; x <= prevEnd; x++) if (t.quote[x] >= 0) quoted = true;
      Attribution a = g.clauses.in(ps, prevEnd + 1);
      if (a != null) return a;
      if (quoted) break; // an earlier quote has its own speaker: the quote fallback handles it
      s = ps;
    }
    return null;
  }
}
