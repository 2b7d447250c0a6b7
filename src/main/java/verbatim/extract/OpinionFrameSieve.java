package verbatim.extract;

/**
 * "opinion-frame": a sentence that opens with "Pour X," or "For X," frames what follows as X's view (« Pour la
 * ministre Anne Roy, ce projet est « une erreur » »), so a quote in it is X's when no cue says otherwise. X must be
 * a person: a name, a role noun or a pronoun, set off by a comma ("Pour l'instant," and "Pour cela," are not).
 */
final class OpinionFrameSieve implements Sieve {

  static final String NAME = "opinion-frame";

  @Override
  public Attribution find(QuoteContext ctx) {
    Attribution m = frame(ctx.g(), ctx.open());
    return m == null ? null : new Attribution(m.from(), m.to(), null, m.cue(), NAME);
  }

  /** The person the sentence of the quote opening at open is framed by, with "pour"/"for" as cue; else null. */
  static Attribution frame(Grammar g, int open) {
    Tokens t = g.t;
    int k = g.sentences.start(open);
    if (t.isWord(k) && isLink(t.lower(k))) k++;
    if (k >= open || !t.isWord(k) || !isFrame(t.lower(k))) return null;
    Attribution m = g.mentions.after(k + 1, open);
    if (m == null || m.to() >= open || !t.isPunct(m.to(), ',') || !isPerson(t, m)) return null;
    return new Attribution(m.from(), m.to(), null, t.text.substring(t.start[k], t.end[k]));
  }

  private static boolean isPerson(Tokens t, Attribution m) {
    for (int x = m.from(); x < m.to(); x++) {
      if (!t.isWord(x)) continue;
      String w = t.lower(x);
      if (Lexicon.PRONOUNS.contains(w) && !w.equals("it") || Lexicon.ROLE_NOUNS.contains(w)) return true;
      if (x > m.from() && Names.nameWord(t, x) || x == m.from() && t.isCapitalised(x) && Names.nameWord(t, x)
          && !Lexicon.NOT_NAME_START.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLink(String w) {
    return w.equals("mais") || w.equals("et") || w.equals("but") || w.equals("and");
  }

  private static boolean isFrame(String w) {
    return w.equals("pour") || w.equals("for");
  }
}
