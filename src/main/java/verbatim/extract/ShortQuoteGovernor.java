package verbatim.extract;

import java.util.Set;

/**
 * Whether a short quote-marked phrase (two to four words) is the complement of a speech or opinion verb of its own
 * clause: «Jo Roy a appelé à « tout revoir »», «elle a promis aux salariés son « soutien total »», «il dénonce les
 * « abus criants »». A phrase a verb of saying, asking or promising takes as its object is that subject's wording
 * (a partial quote), whereas a label is used as a noun by the writer with no such verb ("les « gilets verts » ont
 * bloqué"). Only the clause before the quote counts; the subject of a verb in a relative clause («des ouvriers qui
 * dénonçaient les « abus »») is the relative pronoun's antecedent, not the sentence's subject.
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
    Grammar g = ctx.g();
    int v = verbBefore(g, ctx.open());
    if (v == NONE) return null;
    if (v >= 0) {
      Attribution a = CLAUSE_SUBJECT.find(ctx);
      return a != null ? a : subjectBefore(g, v, g.sentences.start(ctx.open()));
    }
    // "une centaine d'ouvriers qui dénonçaient les « abus »": the relative clause's subject is its antecedent.
    int qui = relativePronoun(g.t, -v - 2);
    Attribution a = qui > 0 ? g.mentions.antecedent(qui, g.sentences.start(ctx.open())) : null;
    if (a == null || a.from() < 0 || !g.mentions.hasSpeakerWord(a)) return null;
    return new Attribution(a.from(), a.to(), null, null, ClauseSubjectSieve.NAME);
  }

  /**
   * The noun phrase right before the verb group of v, its subject («face à la crise, deux élus du parti ont réclamé
   * « une pause »»: a fronted complement hides the subject from the sentence start), when it can be a speaker and
   * does not begin the sentence as a complement of a preposition.
   */
  private static Attribution subjectBefore(Grammar g, int v, int floor) {
    Tokens t = g.t;
    int k = v - 1;
    while (k > floor && t.isWord(k) && upToVerb(t, k, k + 1)) k--;
    // "« … », a déclaré Jo Roy, un « gilet vert »": a verb right after a comma is inverted; its subject follows it.
    if (!t.isWord(k)) return null;
    int c = k;
    while (c > floor && !t.isPunct(c, ',')) c--;
    Attribution m = t.isPunct(c, ',') ? g.mentions.after(c + 1, v) : null;
    if (m != null && !upToVerb(t, m.to(), v)) m = null;
    if (m == null) m = g.mentions.before(v - 1, floor);
    if (m == null || m.from() < floor || !g.mentions.hasSpeakerWord(m)) return null;
    if (m.from() > floor && t.isWord(m.from() - 1) && MentionWords.isComplementOf(t.lower(m.from() - 1))) return null;
    return new Attribution(m.from(), m.to(), null, null, ClauseSubjectSieve.NAME);
  }

  /** Whether only auxiliaries, clitics and adverbs stand between the subject's end and the verb at v. */
  private static boolean upToVerb(Tokens t, int from, int v) {
    for (int k = from; k < v; k++) {
      if (!t.isWord(k)) return false;
      String w = t.lower(k);
      if (!Lexicon.FILLERS.contains(w) && !CueReader.isAuxiliary(w) && !Names.elision(t, k)) return false;
    }
    return true;
  }

  /** No governing verb. */
  private static final int NONE = -1;

  /**
   * The token of the governing verb; -2 - v for a verb v of a relative clause ("qui dénonçaient"); {@link #NONE}
   * when there is none.
   */
  private static int verbBefore(Grammar g, int open) {
    Tokens t = g.t;
    int start = g.sentences.start(open);
    for (int k = open - 1; k >= start && k >= open - MAX_GAP; k--) {
      if (t.quote[k] >= 0 || t.isPunct(k, ';') || t.isPunct(k, ':')) return NONE;
      if (!t.isWord(k)) continue;
      if (isSpeechVerb(t.lower(k))) return relativePronoun(t, k) > 0 ? -2 - k : k;
    }
    return NONE;
  }

  private static boolean isSpeechVerb(String w) {
    return Lexicon.isCue(w) || COMPLEMENT_CUES.contains(w);
  }

  /** The relative pronoun opening the clause of the verb at v («qui» over an auxiliary or a filler), else -1. */
  private static int relativePronoun(Tokens t, int v) {
    for (int k = v - 1; k >= 0 && k >= v - 3; k--) {
      if (!t.isWord(k)) return -1;
      String w = t.lower(k);
      if (w.equals("qui") || w.equals("who") || w.equals("which")) return k;
    }
    return -1;
  }
}
