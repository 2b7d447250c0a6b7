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
    int start = k;
    if (t.isWord(k) && isLink(t.lower(k))) k++;
    if (k >= open || !t.isWord(k) || !isFrame(t.lower(k))) return relativeFrame(g, start, open);
    Attribution m = g.mentions.after(k + 1, open);
    if (m == null || m.to() >= open || !t.isPunct(m.to(), ',') || !isPerson(t, m)) return null;
    return new Attribution(m.from(), m.to(), null, t.text.substring(t.start[k], t.end[k]));
  }

  /**
   * "Joachim, pour qui l'opération atteste d'un « rebond »": "pour qui" / "selon qui" opens a relative clause that is
   * its antecedent's view, the frame "Pour X," in relative form; a quote after it in the sentence is the
   * antecedent's. The antecedent must be a person, as for the frame.
   */
  private static Attribution relativeFrame(Grammar g, int start, int open) {
    Tokens t = g.t;
    for (int k = open - 2; k > start; k--) {
      if (!t.isWord(k) || t.quote[k] >= 0 || !isRelativeFrame(t.lower(k), t.lower(k + 1))) continue;
      Attribution m = nameBeforeAppositions(t, k, start);
      if (m == null) m = g.mentions.antecedent(k, start - 1);
      if (m == null || m.from() < start || !isPerson(t, m)) return null;
      return new Attribution(m.from(), m.to(), null, t.text.substring(t.start[k], t.end[k + 1]));
    }
    return null;
  }

  /**
   * "Romain, 39 ans, employé à l'Opéra de Paris, pour qui": the antecedent is the leftmost name within the
   * appositions before the relative, not a name inside a complement (after "de", "à", an article); null when none.
   */
  private static Attribution nameBeforeAppositions(Tokens t, int k, int start) {
    int commas = 0;
    Attribution best = null;
    for (int j = k - 1; j >= start && t.quote[j] < 0 && commas <= MAX_APPOSITIONS; j--) {
      if (t.isPunct(j, ',')) commas++;
      if (!Names.nameWord(t, j) || j > start && Names.nameWord(t, j - 1)) continue;
      boolean oblique = j > start && t.isWord(j - 1) && (WordClasses.isPreposition(t.lower(j - 1))
          || WordClasses.isDeterminer(t.lower(j - 1)) || Names.elision(t, j - 1) || t.lower(j - 1).equals("de"));
      if (!oblique) best = Attribution.mention(j, Names.runEnd(t, j));
    }
    return best;
  }

  /** Commas of appositions ("Romain, 39 ans, employé à …,") read back from a relative frame to its antecedent. */
  private static final int MAX_APPOSITIONS = 3;

  private static boolean isRelativeFrame(String w, String next) {
    return (w.equals("pour") || w.equals("selon") || w.equals("for")) && (next.equals("qui") || next.equals("whom")
        || next.equals("lequel") || next.equals("laquelle") || next.equals("lesquels") || next.equals("lesquelles"));
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
