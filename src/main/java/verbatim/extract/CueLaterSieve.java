package verbatim.extract;

/** "cue-later": a cue later in the quote's sentence, past the closing mark, with its speaker ("“…” was what X said"). */
final class CueLaterSieve implements Sieve {

  static final String NAME = "cue-later";

  @Override
  public Attribution find(QuoteContext ctx) {
    Grammar g = ctx.g();
    Tokens t = g.t;
    int close = ctx.close();
    int sentEnd = g.sentences.end(close);
    for (int k = close; k < sentEnd; k++) {
      if (t.quote[k] >= 0) continue;
      int len = g.cues.cueAt(k);
      if (len == 0) continue;
      Attribution a = g.clauses.around(k, len, close, sentEnd);
      if (a != null) return a.as(NAME);
    }
    return null;
  }
}
