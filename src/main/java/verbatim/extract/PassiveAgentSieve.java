package verbatim.extract;

/**
 * "passive-agent" (French): a reporting verb in the passive names its speaker as its agent, after "par" ("La facture a
 * été estimée par la maire Anne Roy à « 3 millions »", "Le plan a été qualifié de « désastre » par le syndicat"), so a
 * quote in that sentence is the agent's, not the previous sentence's speaker. Only a compound passive ("a été",
 * "ont été" + a reporting participle) counts: "blessé par un policier" or "interpellé par la police" name someone
 * who acted, not someone who spoke.
 */
final class PassiveAgentSieve implements Sieve {

  static final String NAME = "passive-agent";

  @Override
  public Attribution find(QuoteContext ctx) {
    if (!ctx.french()) return null;
    Grammar g = ctx.g();
    Tokens t = g.t;
    int open = ctx.open();
    int start = ctx.sentenceStart();
    int end = ctx.sentenceEnd();
    for (int k = start + 2; k < end; k++) {
      if (t.quote[k] >= 0 || !t.isWord(k) || !t.lower(k).equals("par")) continue;
      int cue = passiveCue(t, k - 1);
      if (cue < 0) continue;
      int limit = k < open ? open : end;
      Attribution m = g.mentions.after(k + 1, limit);
      if (m == null || m.to() > limit || !g.mentions.hasSpeakerWord(m) || !speaks(t, m)) return null;
      return new Attribution(m.from(), m.to(), null, t.str(cue) + " par", NAME);
    }
    return null;
  }

  /**
   * The reporting participle of a compound passive ending at token p ("été estimée", "été qualifié de « … »": the
   * participle's complement may stand between it and "par", so p is read back over a quote), or -1.
   */
  private static int passiveCue(Tokens t, int p) {
    int x = p;
    if (x >= 0 && t.quote[x] >= 0) {
      int q = t.quote[x];
      while (x >= 0 && t.quote[x] == q) x--;
      if (x >= 0 && t.isWord(x) && (t.lower(x).equals("de") || t.lower(x).equals("d'"))) x--;
    }
    if (x < 1 || !t.isWord(x) || !Lexicon.isCue(t.lower(x)) || !participle(t.lower(x))) return -1;
    boolean passive = t.isWord(x - 1) && t.lower(x - 1).equals("été")
        || x >= 2 && t.isWord(x - 2) && t.lower(x - 2).equals("été") && t.isWord(x - 1);
    return passive ? x : -1;
  }

  private static boolean participle(String w) {
    // "décrit", "dites": the reporting verbs of the third group too
    return WordClasses.frenchParticipleEnding(w) || w.endsWith("it") || w.endsWith("ite") || w.endsWith("its")
        || w.endsWith("ites");
  }

  /** A person, a role or a body: a name word, a role noun or an organisation noun in the agent. */
  private static boolean speaks(Tokens t, Attribution m) {
    for (int k = m.from(); k < m.to(); k++) {
      if (!t.isWord(k)) continue;
      String w = t.lower(k);
      if (Names.nameWord(t, k) || Lexicon.ROLE_NOUNS.contains(w)
          || Lexicon.ORG_WORDS.contains(w) && !Lexicon.DOCUMENT_NOUNS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
