package verbatim.extract;

/** "cue-later": a cue later in the quote's sentence, past the closing mark, with its speaker ("“…” was what X said"). */
final class CueLaterSieve implements Sieve {

  static final String NAME = "cue-later";

  @Override
  public Attribution find(QuoteContext ctx) {
    Grammar g = ctx.g();
    Tokens t = g.t;
    int close = ctx.close();
    // ctx.close() is the token after the closing mark: a quote ending in a full stop before a new sentence ("« …
    // maintenant. »Au village, …, a raconté X") ends its sentence at its mark, so the next sentence's cue is not its.
    int sentEnd = g.sentences.end(close > 0 && t.quote[close - 1] >= 0 ? close - 1 : close);
    for (int k = close; k < sentEnd; k++) {
      if (t.quote[k] >= 0) continue;
      int len = g.cues.cueAt(k);
      if (len == 0) continue;
      Attribution a = g.clauses.around(k, len, close, sentEnd);
      if (a != null && a.pronoun() == null && a.from() >= 0 && !speakerLike(t, a)) return null;
      if (a != null) return a.as(NAME);
    }
    return null;
  }

  /**
   * Whether the mention can name a speaker: no quote-marked words inside it (the object of a coordinated cue, «et
   * dénoncé des « … »», read as its subject) and no adverb opening it («très largement soutenu»).
   */
  private static boolean speakerLike(Tokens t, Attribution a) {
    for (int k = a.from(); k < a.to(); k++) if (t.quote[k] >= 0) return false;
    String first = t.lower(a.from());
    return !(t.isWord(a.from()) && (first.equals("très") || first.length() > 5 && first.endsWith("ment")));
  }
}
