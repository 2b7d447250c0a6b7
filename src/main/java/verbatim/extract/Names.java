package verbatim.extract;

import java.util.Locale;

/** Finds name-like token runs ("Paul St-Pierre Plamondon", "Mr. Caire", "Sûreté du Québec") without a model. */
final class Names {
  private Names() {}

  /** True for a capitalised word that can be part of a name. */
  static boolean nameWord(Tokens t, int i) {
    if (!t.isWord(i) || !t.isCapitalised(i)) return false;
    if (t.quote != null && t.quote[i] >= 0) return false;
    String w = t.lower(i);
    if (Lexicon.HONORIFICS.contains(w)) return true;
    int apo = w.indexOf('\'');
    if (apo > 0 && apo >= w.length() - 3) {
      String base = w.substring(0, apo);
      if (Lexicon.NOT_NAME_START.contains(base)) return false;
    }
    if (!Lexicon.NOT_NAME_START.contains(w)) return true;
    if (surnameAfterGivenName(t, i, w)) return true;
    // A first name that is also a function word ("Will Young", "May Chen") when a surname follows it.
    return Lexicon.firstNameGender(w) != 0 && t.isWord(i + 1) && t.isCapitalised(i + 1)
        && !Lexicon.NOT_NAME_START.contains(t.lower(i + 1)) && (t.quote == null || t.quote[i + 1] < 0);
  }

  /** Months and modal verbs that are also surnames. */
  private static final java.util.Set<String> WORD_SURNAMES = java.util.Set.of("may", "will", "mars", "june", "april",
      "august");

  /**
   * "Theresa May", "Mme May", "Mr. Will": a month or modal verb is a surname right after a known first name or an
   * honorific, which never take a month or a verb after them.
   */
  private static boolean surnameAfterGivenName(Tokens t, int i, String w) {
    if (!WORD_SURNAMES.contains(w) || i == 0) return false;
    int p = t.isPunct(i - 1, '.') ? i - 2 : i - 1;
    if (p < 0 || !t.isWord(p) || !t.isCapitalised(p)) return false;
    String before = t.lower(p);
    return Lexicon.HONORIFICS.contains(before) || p == i - 1 && Lexicon.firstNameGender(before) != 0;
  }

  /** True when the word at i is an elided article or preposition ("l’", "d’"). */
  static boolean elision(Tokens t, int i) {
    if (!t.isWord(i)) return false;
    String w = t.lower(i);
    return w.endsWith("'") && w.length() <= 3;
  }

  /**
   * End (exclusive) of the name run starting at i, or i when no name starts there. A run is capitalised words,
   * joined by particles (de, du, van…) or honorific dots ("Mr. X").
   */
  static int runEnd(Tokens t, int i) {
    if (!nameWord(t, i)) return i;
    int j = i + 1;
    while (j < t.size) {
      if (t.isPunct(j, '.') && t.end[j - 1] == t.start[j] && isHonorificOrInitial(t, j - 1) && nameWord(t, j + 1)) {
        j += 2;
      } else if (nameWord(t, j)) {
        j++;
      } else if (t.isWord(j) && Lexicon.NAME_PARTICLES.contains(t.lower(j)) && nameWord(t, j + 1)
          && !acronymAffiliation(t, i, j)) {
        j += 2;
      } else if (t.isWord(j) && t.lower(j).equals("of") && nameWord(t, j + 1)
          && Lexicon.ORG_WORDS.contains(t.lower(j - 1)) && !Lexicon.PLACE_WORDS.contains(t.lower(j - 1))) {
        // "City of Lakeview", "Department of Justice": an organisation word and its complement are one name.
        j += 2;
      } else if (elision(t, j) && (t.lower(j).equals("d'") || t.lower(j).equals("l'")) && nameWord(t, j + 1)
          && hasOrgWord(t, i, j)) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * Per token, whether it sits in a stub paragraph: one opening on a label in capitals and a colon ("READ MORE:",
   * "WATCH:", "RELATED:", "À LIRE AUSSI :"), a link to another story whose names are not this story's people.
   */
  static boolean[] stubParagraphs(Tokens t) {
    boolean[] stub = new boolean[t.size];
    int k = 0;
    while (k < t.size) {
      int start = k;
      int end = start;
      while (end < t.size && t.type[end] != Tokens.BREAK) end++;
      int x = start;
      int letters = 0;
      while (x < end && x < start + 3 && t.isWord(x)
          && t.str(x).equals(t.str(x).toUpperCase(Locale.ROOT)) && !t.str(x).equals(t.str(x).toLowerCase(Locale.ROOT))) {
        letters += t.str(x).length();
        x++;
      }
      if (letters >= 4 && x < end && t.isPunct(x, ':')) for (int y = start; y < end; y++) stub[y] = true;
      k = end + 1;
    }
    return stub;
  }

  /**
   * Whether the name run [from, to) of two words or more is followed by "de"/"du" and an acronym-like word ("SUD-Rail",
   * "CGT", "PS"). A noble particle precedes a surname written like any
   * other ("de Gaulle"), so after a full name "de"/"du" and such a word name the person's organisation ("Jo Roy du
   * PS"), not the end of their surname.
   */
  static boolean acronymAffiliation(Tokens t, int from, int to) {
    if (to - from < 2 || !t.isWord(to) || !isAcronym(t, to + 1)) return false;
    String w = t.lower(to);
    return w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'");
  }

  /** Two capitals or more in the word at k. */
  static boolean isAcronym(Tokens t, int k) {
    if (!t.isWord(k)) return false;
    String s = t.str(k);
    int caps = 0;
    for (int x = 0; x < s.length(); x++) if (Character.isUpperCase(s.charAt(x))) caps++;
    return caps >= 2;
  }

  static boolean isHonorificOrInitial(Tokens t, int i) {
    if (!t.isWord(i)) return false;
    String w = t.lower(i);
    return Lexicon.HONORIFICS.contains(w) || w.length() == 1 && Character.isUpperCase(t.ch(i)) || w.equals("st");
  }

  static boolean hasOrgWord(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) if (t.isWord(k) && Lexicon.ORG_WORDS.contains(t.lower(k))) return true;
    return false;
  }

  /** Whether the run looks like an organisation rather than a person. */
  static boolean isOrganisation(Tokens t, int from, int to) {
    if (hasOrgWord(t, from, to)) return true;
    int words = 0;
    for (int k = from; k < to; k++) {
      if (!t.isWord(k)) continue;
      words++;
      String s = t.str(k);
      if (s.length() >= 2 && s.equals(s.toUpperCase(Locale.ROOT)) && !Lexicon.HONORIFICS.contains(t.lower(k))) {
        return true;
      }
    }
    return false;
  }
}
