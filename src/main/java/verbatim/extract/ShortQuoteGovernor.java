package verbatim.extract;

import java.util.Set;

/**
 * Whether a short quote-marked phrase (two to four words) is the complement of a speech or opinion verb of its own
 * clause: «Jo Roy a appelé à « tout revoir »», «elle a promis aux salariés son « soutien total »», «il dénonce les
 * « abus criants »». A phrase a verb of saying, asking or promising takes as its object is that subject's wording
 * (a partial quote), whereas a label is used as a noun by the writer with no such verb ("les « gilets verts » ont
 * bloqué"). Only the clause before the quote counts: a verb in a relative clause ("les ouvriers qui dénonçaient")
 * has a subject other than the sentence's, so it governs nothing here.
 */
final class ShortQuoteGovernor {

  /** The verb stands at most this many tokens before the opening mark (its object noun phrase in between). */
  static final int MAX_GAP = 10;

  /** Verb forms whose object is often someone's wording, besides the speech cues (see the list's header). */
  private static final Set<String> COMPLEMENT_CUES = Lexicon.list("complement-cues-fr");

  private ShortQuoteGovernor() {
  }

  private static final Sieve CLAUSE_SUBJECT = new ClauseSubjectSieve();

  /**
   * The subject of the quote's clause when a speech verb of that clause, within {@link #MAX_GAP} tokens before the
   * quote, governs it; null otherwise.
   */
  static Attribution attribute(QuoteContext ctx) {
    return verbBefore(ctx.g(), ctx.open()) >= 0 ? CLAUSE_SUBJECT.find(ctx) : null;
  }

  /** The token of the governing verb, or -1. */
  private static int verbBefore(Grammar g, int open) {
    Tokens t = g.t;
    int start = g.sentences.start(open);
    for (int k = open - 1; k >= start && k >= open - MAX_GAP; k--) {
      if (t.quote[k] >= 0 || t.isPunct(k, ';') || t.isPunct(k, ':')) return -1;
      if (!t.isWord(k)) continue;
      if (isSpeechVerb(t.lower(k))) return relative(t, k) ? -1 : k;
    }
    return -1;
  }

  private static boolean isSpeechVerb(String w) {
    return Lexicon.isCue(w) || COMPLEMENT_CUES.contains(w);
  }

  /** Whether the verb at v belongs to a relative clause: «qui» before it, over an auxiliary or a filler. */
  private static boolean relative(Tokens t, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
      if (!t.isWord(k)) return false;
      String w = t.lower(k);
      if (w.equals("qui") || w.equals("who") || w.equals("which")) return true;
    }
    return false;
  }
}
