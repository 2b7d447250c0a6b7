package verbatim.extract;

import java.util.Set;

/**
 * "selon les mots du président", "selon les termes de la ministre", "selon l'expression de X": French names whose
 * words a quote is by a noun of wording after "selon". The noun phrase of that noun is no speaker (words do not
 * speak): its complement is. And a short quote so attributed is someone's wording, never a label, even after a
 * definite article (la « colère légitime », selon les mots du président).
 */
final class WordsOf {

  /** Nouns of wording: what someone said, in the words they chose. */
  private static final Set<String> WORDING = Set.of("mots", "termes", "propos", "paroles", "expression", "formule");

  private WordsOf() {}

  /**
   * The first token of the owner's noun phrase when the tokens from k read "les mots de/du/des …", "l'expression
   * d'…": after "de"/"d'", at "du"/"des" (the article the preposition swallowed belongs to the owner); else -1.
   */
  static int owner(Tokens t, int k) {
    if (k + 3 >= t.size || !t.isWord(k) || !t.isWord(k + 1) || !t.isWord(k + 2)) return -1;
    String det = t.lower(k);
    if (!(det.equals("les") || det.equals("l'") || det.equals("la") || det.equals("ses") || det.equals("son"))) {
      return -1;
    }
    if (!WORDING.contains(t.lower(k + 1)) || t.quote[k + 1] >= 0) return -1;
    String de = t.lower(k + 2);
    if (de.equals("de") || de.equals("d'")) return k + 3;
    return de.equals("du") || de.equals("des") ? k + 2 : -1;
  }

  /** Whether the quote closing at token close is followed by ", selon les mots de …". */
  static boolean follows(Tokens t, int close) {
    int j = close;
    if (j < t.size && t.isPunct(j, ',')) j++;
    return j < t.size && t.isWord(j) && t.quote[j] < 0 && t.lower(j).equals("selon") && owner(t, j + 1) > 0;
  }
}
