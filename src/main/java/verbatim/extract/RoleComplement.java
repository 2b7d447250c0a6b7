package verbatim.extract;

/**
 * A capitalised word that is the noun complement of a common noun before it: «le chef de l'État», «la ministre de
 * la Culture», «le procureur de Lyon», «les habitants de Laval». In French the complement follows its head after de
 * (du, des, d'), with or without an article; the head, not the complement, is what the noun phrase denotes, so the
 * complement is never a speaker on its own.
 */
final class RoleComplement {

  /** The head is a noun, not a role noun. */
  static final int OTHER_NOUN = -2;
  /** The word is no complement. */
  static final int NONE = -1;

  /** Lower-case words read back from the preposition to the head's determiner. */
  private static final int MAX_HEAD = 4;

  private RoleComplement() {
  }

  /**
   * For the name word at x: the token opening the role phrase it complements (its determiner, else the role noun),
   * {@link #OTHER_NOUN} when it complements a noun that is no role, {@link #NONE} when it follows no de.
   */
  static int roleBefore(Tokens t, int x, int floor) {
    int p = x - 1;
    // "le porte-parole de l'association Vélo Plus": the name of an organisation noun that is itself a complement.
    if (p > floor && t.isWord(p) && !t.isCapitalised(p) && Lexicon.ORG_WORDS.contains(t.lower(p))) p--;
    if (p > floor && t.isWord(p) && WordClasses.isDefinite(t.lower(p)) && !t.lower(p).equals("les")) p--;
    if (p <= floor || !t.isWord(p) || !isDe(t.lower(p))) return NONE;
    int k = p - 1;
    int role = -1;
    boolean noun = false;
    for (; k >= floor && k >= p - MAX_HEAD; k--) {
      if (!t.isWord(k) || t.isCapitalised(k) || t.quote[k] >= 0) break;
      String w = t.lower(k);
      if (WordClasses.isDeterminer(w)) return role >= 0 ? k : noun ? OTHER_NOUN : NONE;
      if (Lexicon.isCue(w) || WordClasses.isPreposition(w)) break;
      if (Lexicon.ROLE_NOUNS.contains(w)) role = k;
      noun = true;
    }
    return role >= 0 ? role : NONE;
  }

  private static boolean isDe(String w) {
    return w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'");
  }
}
