package verbatim.extract;

import java.util.Set;

/**
 * "“…,” the Gazette quoted the official as saying": English news credits words it took from another outlet with
 * "X quoted Y as saying"; Y spoke them, X only printed them. A subject followed by quoted/quotes, a mention and
 * "as saying" (or "as telling", "as having said") hands the quote to that mention. Immutable, no state.
 */
final class QuotedAsSaying {

  private static final Set<String> QUOTED = Set.of("quoted", "quotes", "quoting");
  private static final Set<String> SAYING = Set.of("saying", "telling", "having", "describing", "calling",
      "warning", "adding");

  private QuotedAsSaying() {}

  /** The mention quoted "as saying" right after the subject of a, with a's cue and sieve; else a unchanged. */
  static Attribution speakerOf(Grammar g, Attribution a) {
    if (a == null || a.from() < 0 || !"en".equals(g.language)) return a;
    Tokens t = g.t;
    int k = a.to();
    if (k >= t.size || !t.isWord(k) || !QUOTED.contains(t.lower(k)) || t.quote[k] >= 0) return a;
    int limit = g.sentences.end(k);
    Attribution m = g.mentions.after(k + 1, limit);
    if (m == null || m.to() + 1 >= limit || !t.isWord(m.to()) || !t.lower(m.to()).equals("as")) return a;
    if (!t.isWord(m.to() + 1) || !SAYING.contains(t.lower(m.to() + 1))) return a;
    return new Attribution(m.from(), m.to(), null, a.cue(), a.sieve());
  }
}
