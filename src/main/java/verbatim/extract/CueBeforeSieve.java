package verbatim.extract;

/**
 * "cue-before": a cue before the opening mark in the quote's sentence, nearest first, with its speaker ("X said:
 * “…”", "Selon X, « … »"); an inverted subject must reach the quote ("Then said the mayor: “…”").
 */
final class CueBeforeSieve implements Sieve {

  static final String NAME = "cue-before";

  @Override
  public Attribution find(QuoteContext ctx) {
    Grammar g = ctx.g();
    Tokens t = g.t;
    int open = ctx.open();
    int sentStart = g.sentences.start(open);
    for (int k = open - 1; k >= sentStart; k--) {
      if (t.quote[k] >= 0) continue;
      int len = g.cues.cueAt(k);
      if (len == 0 || k + len > open || len == 1 && g.cues.bareParticiple(k)) continue;
      // "X avait avoué avoir écrit son roman « … »": a participle after an infinitive auxiliary heads a clause
      // with no subject of its own; the main clause's cue, further back, has it.
      if (k > sentStart && t.isWord(k - 1) && isNonFiniteAuxiliary(t.lower(k - 1))) continue;
      Attribution a = g.clauses.around(k, len, sentStart, open, true);
      if (a != null) return a.as(NAME);
    }
    return null;
  }

  private static boolean isNonFiniteAuxiliary(String w) {
    return switch (w) {
      case "avoir", "être", "ayant", "étant", "having", "being" -> true;
      default -> false;
    };
  }
}
