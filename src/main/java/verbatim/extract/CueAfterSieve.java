package verbatim.extract;

/**
 * "cue-after": a reporting clause right after the closing mark ("”, said X", "”, he said", "», a-t-il lancé",
 * «…», peste la voisine). A quote ending in a full stop ends its sentence, so a capital after it opens the next one.
 */
final class CueAfterSieve implements Sieve {

  static final String NAME = "cue-after";

  /** A French incise with any verb, not only a speech cue, needs a quote longer than this many words. */
  private static final int INCISE_MIN_WORDS = 3;

  @Override
  public Attribution find(QuoteContext ctx) {
    Attribution a = clauseAfter(ctx);
    return a == null ? null : a.as(NAME);
  }

  /** The clause after the quote, not yet named: also what tells a cited short quote from a label. */
  Attribution clauseAfter(QuoteContext ctx) {
    Grammar g = ctx.g();
    Tokens t = g.t;
    int close = ctx.close();
    int j = close;
    int skipped = 0;
    while (j < t.size && skipped < 2 && t.type[j] == Tokens.PUNCT && t.quote[j] < 0
        && (t.ch(j) == ',' || t.ch(j) == '—' || t.ch(j) == '–' || t.ch(j) == '-')) {
      j++;
      skipped++;
    }
    int sentEnd = g.sentences.end(close);
    // "«…», nous a confirmé le maire", "«…», lui a répondu X": an object clitic before the verb of a French
    // reporting clause; the clause is read from its verb.
    if (skipped > 0 && g.language.equals("fr") && t.isWord(j) && t.quote[j] < 0 && isObjectClitic(t.lower(j))
        && t.isWord(j + 1) && CueReader.isAuxiliary(t.lower(j + 1))) {
      j++;
    }
    if (j < t.size && t.isWord(j) && t.quote[j] < 0) {
      // A quote closed by a full stop ends its sentence: a capitalised word after it starts the next one
      // ("“… we don’t even know.” Colton laughed …"); an attribution after a quote follows a comma, ? or !.
      if (skipped == 0 && t.isCapitalised(j) && g.sentences.fullStopBefore(t.start[close])) return null;
      Attribution written = WrittenOn.after(g, j, sentEnd);
      if (written != null) return written;
      // Only for a quote long enough to be someone's words: whether a short one is a quote or a label is for the
      // speech verbs of the lexicon to say.
      if (skipped > 0 && g.language.equals("fr") && g.cues.cueAt(j) == 0
          && g.sentences.wordsBetween(ctx.open(), close) > INCISE_MIN_WORDS) {
        Attribution a = g.clauses.frenchIncise(j, sentEnd);
        if (a != null) return a;
      }
      // "«… ?» s'interroge X": a reflexive speech verb right after the quote; the clitic is no subject.
      if (g.language.equals("fr") && isReflexive(t.lower(j)) && t.isWord(j + 1) && g.cues.cueAt(j + 1) > 0
          && g.cues.cueAt(j) == 0) {
        j++;
      }
      return g.clauses.at(j, sentEnd);
    }
    return null;
  }

  private static boolean isReflexive(String w) {
    return w.equals("s'") || w.equals("se");
  }

  private static boolean isObjectClitic(String w) {
    return switch (w) {
      case "nous", "vous", "lui", "leur", "me", "m'", "te", "t'" -> true;
      default -> false;
    };
  }
}
