package verbatim.extract;

/**
 * The description an acronym abbreviates, written earlier in lower case: "la société des journalistes de X" then
 * "la SDJ", "le groupement national des indépendants" then "le GNI". French acronyms keep or drop the function
 * words ("SDJ" keeps "des", "GNI" drops it), so each may match a letter or be skipped; every other word must give
 * the next letter. The complement naming whose body it is ("de X") belongs to the description.
 */
final class AcronymExpansion {
  private AcronymExpansion() {}

  /** How far back, in characters, the description may be written. */
  private static final int REACH = 4000;
  /** Two letters match too many chance phrases ("le président sortant" for "PS"). */
  private static final int MIN_LETTERS = 3;

  /** The description before token k that the acronym spells, as written with its complement; null when none. */
  static String before(Tokens t, String acronym, int k) {
    if (acronym.length() < MIN_LETTERS || !NameKeys.isAcronym(acronym)) return null;
    String letters = acronym.toLowerCase(java.util.Locale.ROOT);
    int floor = t.start[k] - REACH;
    for (int i = k - 2; i > 0 && t.start[i] >= floor; i--) {
      if (!t.isWord(i) || t.isCapitalised(i) || t.quote[i] >= 0 || function(t.lower(i))) continue;
      if (!t.isWord(i - 1) || !WordClasses.isDefinite(t.lower(i - 1))) continue;
      int end = match(t, letters, 0, i, i + 2 * letters.length() + 2);
      if (end > i) return t.text.substring(t.start[i], t.end[withComplement(t, end) - 1]);
    }
    return null;
  }

  /** The token after the words from x that spell letters[a..], or -1; at most up to token limit. */
  private static int match(Tokens t, String letters, int a, int x, int limit) {
    if (a == letters.length()) return x;
    if (x >= t.size || x >= limit || !t.isWord(x) || t.isCapitalised(x) || t.quote[x] >= 0) return -1;
    String w = t.lower(x);
    if (w.charAt(0) == letters.charAt(a)) {
      int end = match(t, letters, a + 1, x + 1, limit);
      if (end > 0) return end;
    }
    return function(w) && a > 0 ? match(t, letters, a, x + 1, limit) : -1;
  }

  /**
   * "de TF1", "de l'Intérieur", "of the Interior": the end of a complement at end naming the body a description
   * belongs to, else end.
   */
  static int withComplement(Tokens t, int end) {
    if (end + 1 >= t.size || !t.isWord(end) || !WordClasses.frenchOf(t.lower(end)) && !t.lower(end).equals("of")) {
      return end;
    }
    int n = end + 1;
    while (n < t.size && t.isWord(n) && WordClasses.isDefinite(t.lower(n)) && !t.isCapitalised(n)) n++;
    return Names.nameWord(t, n) ? Names.runEnd(t, n) : end;
  }

  private static boolean function(String w) {
    return switch (w) {
      case "de", "des", "du", "d'", "la", "le", "les", "l'", "et", "of", "the", "and", "for", "à", "au", "aux" -> true;
      default -> false;
    };
  }
}
