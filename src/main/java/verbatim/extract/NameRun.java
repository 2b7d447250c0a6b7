package verbatim.extract;

/**
 * The name a mention gives its speaker: the last run of name words in it that is not the object of a preposition
 * ("the owner of the Clan X" names no one; "le ministre de l'Intérieur Paul Roy" names Paul Roy). from is -1 when
 * the mention holds no such name; prepositional tells whether it holds a name after a preposition.
 */
record NameRun(int from, int to, boolean prepositional) {

  boolean found() {
    return from >= 0;
  }

  static NameRun last(Tokens t, Mention m) {
    int runFrom = -1, runTo = -1;
    boolean prepositional = false;
    int prepEnd = -1;
    for (int k = m.from(); k < m.to(); k++) {
      if (Names.nameWord(t, k) && (k == m.from() || !Names.nameWord(t, k - 1))) {
        int e = Math.min(Names.runEnd(t, k), m.to());
        int p = k - 1;
        while (p >= m.from() && t.isWord(p) && WordClasses.isDeterminer(t.lower(p))) p--;
        p = behindOrganisationNoun(t, m, p);
        // After a noun, "des" is "de les", a preposition: "une source au ministère des Finances".
        boolean desAfterNoun = p == k - 2 && p >= m.from() && t.lower(k - 1).equals("des") && !t.isCapitalised(p);
        boolean prep = p >= m.from() && t.isWord(p) && (WordClasses.isPreposition(t.lower(p)) || desAfterNoun)
            || EnglishAffiliation.continuesComplement(t, prepEnd, k)
            // "of L.F. Rothschild": the initials' dot does not end the complement's name.
            || k - 1 == prepEnd && t.isPunct(k - 1, '.');
        if (prep && wordsIn(t, k, e) >= 3 && WordClasses.frenchOf(t.lower(p)) && !Names.hasOrgWord(t, k, e)
            && Names.nameWord(t, k + 1)) {
          // "le ministre de l'Intérieur Paul Roy": the complement's noun, then the person's name. A particle
          // after the noun ("le procureur de la République de Lyon") goes on with the complement: a place.
          runFrom = k + 1;
          runTo = e;
          k = e - 1;
          continue;
        }
        if (!prep) {
          runFrom = k;
          runTo = e;
        }
        if (prep) prepEnd = e;
        prepositional |= prep;
        k = e - 1;
      }
    }
    int joined = runFrom < 0 ? -1 : JoinedName.start(t, m.from(), runFrom, runTo);
    if (joined >= 0) runFrom = joined;
    // A name used as a modifier ("the Cambridge resident", "McCallum’s staff") is not the speaker's name.
    if (runFrom >= 0 && runTo < m.to() && !t.isPunct(runTo, ',')
        && !EnglishAffiliation.personBeforeAffiliation(t, runFrom, runTo, m.to())
        && !Names.acronymAffiliation(t, runFrom, runTo)) {
      runFrom = -1;
    }
    return new NameRun(runFrom, runTo, prepositional);
  }

  /**
   * "du parti Les Verts", "of the party Unity": a name after an organisation noun (and an adjective) that is itself a
   * complement names the organisation, not the speaker; returns the token before that noun, else p unchanged.
   */
  private static int behindOrganisationNoun(Tokens t, Mention m, int p) {
    int q = p;
    boolean org = false;
    while (q >= m.from() && q > p - 2 && t.isWord(q) && !t.isCapitalised(q) && !WordClasses.isPreposition(t.lower(q))
        && !WordClasses.isDeterminer(t.lower(q))) {
      org |= Lexicon.ORG_WORDS.contains(t.lower(q));
      q--;
    }
    while (q >= m.from() && t.isWord(q) && WordClasses.isDefinite(t.lower(q))) q--;
    return org && q >= m.from() && t.isWord(q) && WordClasses.isPreposition(t.lower(q)) ? q : p;
  }

  private static int wordsIn(Tokens t, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) if (t.isWord(k)) n++;
    return n;
  }
}
