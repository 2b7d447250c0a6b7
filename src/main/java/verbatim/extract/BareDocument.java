package verbatim.extract;

/**
 * "Le syndicat veut voir le gouvernement « … », selon un communiqué": a source cue ("selon", "d'après", "according
 * to") whose object is a document with no author written ("un communiqué", "a statement") cites the document of
 * the sentence's own subject, who is the speaker; the resolver would otherwise take the latest speaker for the
 * document's author. A document with an author, a name or a complement ("un communiqué de la préfecture", "un
 * sondage Ipsos") is left to the resolver.
 */
final class BareDocument {
  /** A bare document mention runs at most this many words: determiners, the noun, a participle or two. */
  private static final int MAX_WORDS = 5;

  private BareDocument() {}

  /** The sentence subject standing for the bare document a source cue cites, else the attribution as it is. */
  static Attribution subjectInstead(QuoteContext ctx, Attribution a) {
    Grammar g = ctx.g();
    Tokens t = g.t;
    if (a.from() < 0 || a.cue() == null || !isSourceCue(t, a.from()) || !bare(t, a.from(), a.to())) return a;
    int sentStart = g.sentences.start(ctx.open());
    int to = Math.min(ctx.open(), a.from());
    if (to <= sentStart) return a;
    Attribution s = g.mentions.clauseSubject(sentStart, to);
    if (s == null || s.from() < 0 || Lexicon.PRONOUNS.contains(t.lower(s.from()))) return a;
    return new Attribution(s.from(), s.to(), null, a.cue(), a.sieve());
  }

  /** Whether the source cue ("selon", "d'après", "according to") stands right before the mention at from. */
  private static boolean isSourceCue(Tokens t, int from) {
    int c = from - 1;
    if (t.isWord(c) && t.lower(c).equals("to")) c--;
    if (c > 0 && t.isWord(c) && t.lower(c).equals("après") && CueReader.isPrepCue(t, c - 1)) return true;
    return t.isWord(c) && CueReader.isPrepCue(t, c);
  }

  /** A determiner, a document noun and lower-case words only, with no complement after it. */
  private static boolean bare(Tokens t, int from, int to) {
    boolean doc = false;
    for (int k = from; k < to; k++) {
      if (!t.isWord(k) || t.isCapitalised(k) || k - from >= MAX_WORDS) return false;
      String w = t.lower(k);
      if (WordClasses.isPreposition(w) || w.equals("of") || w.equals("par")) return false;
      if (Lexicon.DOCUMENT_NOUNS.contains(w)) doc = true;
    }
    if (!doc) return false;
    return !(t.isWord(to) && (WordClasses.isPreposition(t.lower(to)) || Names.nameWord(t, to)));
  }
}
