package verbatim.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import verbatim.text.Folding;

/**
 * Ties role descriptions to the names an article gives them, only where the grammar ties them: a role noun phrase
 * right before a name ("la ministre des Armées Florence Parly", "Finance Minister Ann Lee"), a role noun phrase set
 * off by a comma before a name ("le chef du parti, Paul Roy,") or after it ("Paul Roy, chef du parti,"). A later
 * definite description ("la ministre", "the minister") then stands for the person bound to its head noun; a role
 * the article never ties to a name stays a description.
 */
final class RoleBinder {
  /** Longest role phrase read, in tokens. */
  private static final int MAX_ROLE = 10;

  /**
   * @param at     token index of the name
   * @param name   the name as written
   * @param words  folded content words of the role phrase ("ministre", "armees")
   * @param gender 'M', 'F' or 0, from the role's determiner or form
   * @param complement folded content words after the role's first de/of ("interieur" in "ministre de l'Intérieur")
   */
  record Binding(int at, String name, Set<String> words, char gender, Set<String> complement) {}

  private RoleBinder() {}

  /** Every binding in the text, in text order. */
  static List<Binding> bind(Tokens t) {
    List<Binding> out = new ArrayList<>();
    int i = 0;
    while (i < t.size) {
      if (!Names.nameWord(t, i) || i > 0 && Names.nameWord(t, i - 1)) {
        i++;
        continue;
      }
      int e = Names.runEnd(t, i);
      int start = nameStart(t, i, e);
      int from = skipHonorific(t, start, e);
      if (personLike(t, start, from, e) && !Names.hasOrgWord(t, from, e)) {
        String name = t.text.substring(t.start[from], t.end[e - 1]);
        Binding b = roleBefore(t, start, start, name);
        if (b == null) b = roleAfter(t, start, e, name);
        if (b != null) out.add(b);
      }
      i = Math.max(e, i + 1);
    }
    return out;
  }

  /** Two words or more with lower-case letters ("Ann Lee", not "B.C." or "NASA"), or an honorific and a name. */
  private static boolean personLike(Tokens t, int run, int from, int to) {
    int words = 0;
    for (int k = from; k < to; k++) {
      if (!t.isWord(k)) continue;
      String w = t.str(k);
      if (w.equals(w.toUpperCase(java.util.Locale.ROOT))) return false;
      words++;
    }
    return words >= 2 || from > run && words >= 1;
  }

  private static boolean isPreposition(String w) {
    return switch (w) {
      case "de", "du", "des", "d'", "of", "à", "au", "aux" -> true;
      default -> false;
    };
  }

  private static boolean isLink(String w) {
    return switch (w) {
      case "and", "et", "or", "ou", "with", "avec", "ni", "nor", "but", "mais" -> true;
      default -> false;
    };
  }

  /**
   * Where the person's name starts in a capitalised run: after a capitalised title ("Finance Minister Ann Lee"), or
   * after the complement of a role noun ("ministre des Finances Claire Dumas").
   */
  private static int nameStart(Tokens t, int i, int e) {
    int cut = i;
    for (int k = i; k < e - 1; k++) if (t.isWord(k) && Lexicon.ROLE_NOUNS.contains(t.lower(k))) cut = k + 1;
    if (cut > i) return cut;
    int words = 0;
    for (int k = i; k < e; k++) if (t.isWord(k)) words++;
    if (i > 0 && t.isWord(i - 1) && words >= 3 && isFunction(t.lower(i - 1))) return i + 1;
    return i;
  }

  private static int skipHonorific(Tokens t, int from, int to) {
    int k = from;
    while (k < to && Lexicon.HONORIFICS.contains(t.lower(k))) {
      k++;
      if (k < to && t.isPunct(k, '.')) k++;
    }
    return k;
  }

  /** "la ministre des Armées Florence Parly", "le chef du parti, Paul Roy": the role phrase ending before i. */
  private static Binding roleBefore(Tokens t, int i, int at, String name) {
    // "the owner of the Corner Bakery", "le maire de Laval": a name after of/de is the role's complement.
    int p = i - 1;
    if (p >= 0 && t.isWord(p) && isArticle(t.lower(p))) p--;
    if (p >= 0 && t.isWord(p) && isPreposition(t.lower(p))) return null;
    int k = i - 1;
    boolean comma = k >= 0 && t.isPunct(k, ',');
    if (comma) k--;
    int last = k;
    int det = -1;
    boolean role = false;
    for (; k >= 0 && last - k < MAX_ROLE; k--) {
      if (!t.isWord(k) || t.quote != null && t.quote[k] >= 0) break;
      String w = t.lower(k);
      // An article right after de/of opens a complement inside the role ("ministre de l'Intérieur"), not the role.
      if (isArticle(w) && !(k > 0 && t.isWord(k - 1) && isPreposition(t.lower(k - 1)))) {
        det = k;
        break;
      }
      if (Lexicon.isCue(w) && !Lexicon.ROLE_NOUNS.contains(w) || Lexicon.PRONOUNS.contains(w) || isLink(w)) break;
      role |= Lexicon.ROLE_NOUNS.contains(w);
    }
    int from = det >= 0 ? det + 1 : k + 1;
    if (!role && comma && at == i && participialApposition(t, k, last)) {
      // "le procureur de Lyon, chargé des affaires financières, Paul Roy": a participle phrase set off between
      // the role and the name qualifies the role; the role before it is still the name's.
      return roleBefore(t, k + 1, at, name);
    }
    if (!role || from > last) return null;
    // Without a comma the role must open with a lower-case word or an article: "Finance Minister Ann Lee".
    if (comma && det < 0 && from > 0 && t.isWord(from - 1)) return null;
    return new Binding(at, name, words(t, from, last + 1), gender(t, det, from, last + 1),
        complement(t, from, last + 1));
  }

  /**
   * Whether the tokens after the comma at k up to last are a participle phrase ("chargé des affaires
   * financières", "nommée en mai"): a lower-case past participle opening it, a comma closing what came before.
   */
  private static boolean participialApposition(Tokens t, int k, int last) {
    if (k < 1 || !t.isPunct(k, ',') || k + 1 > last || !t.isWord(k + 1) || t.isCapitalised(k + 1)) return false;
    String w = t.lower(k + 1);
    return w.length() > 3 && WordClasses.frenchParticipleEnding(w);
  }

  /** "Paul Roy, chef du parti," / "Ann Lee, la ministre, …": the role phrase after the name, closed by , . ; or ). */
  private static Binding roleAfter(Tokens t, int i, int e, String name) {
    if (!t.isPunct(e, ',')) return null;
    int k = e + 1;
    int det = -1;
    if (t.isWord(k) && isArticle(t.lower(k))) det = k++;
    int from = k;
    boolean role = false;
    while (k < t.size && k - from < MAX_ROLE && t.isWord(k) && (t.quote == null || t.quote[k] < 0)) {
      String w = t.lower(k);
      if (Lexicon.isCue(w) && !Lexicon.ROLE_NOUNS.contains(w) || Lexicon.PRONOUNS.contains(w)) return null;
      role |= Lexicon.ROLE_NOUNS.contains(w);
      k++;
    }
    if (!role || k == from || k >= t.size || !(t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';')
        || t.isPunct(k, ')') || t.type[k] == Tokens.BREAK)) {
      return null;
    }
    // The role's first content word must be the role itself or its modifier: "Paul Roy, qui dirige …" is a clause.
    if (!Lexicon.ROLE_NOUNS.contains(t.lower(from)) && t.isCapitalised(from) == false && k - from > 4) return null;
    return new Binding(i, name, words(t, from, k), gender(t, det, from, k), complement(t, from, k));
  }

  private static boolean isArticle(String w) {
    return switch (w) {
      case "le", "la", "l'", "les", "un", "une", "the", "a", "an", "son", "sa", "his", "her", "their", "leur" -> true;
      default -> false;
    };
  }

  /** Folded words of a role phrase, function words left out. */
  static Set<String> words(Tokens t, int from, int to) {
    Set<String> out = new HashSet<>();
    for (int k = from; k < to; k++) {
      if (!t.isWord(k)) continue;
      String w = t.lower(k);
      if (isFunction(w)) continue;
      out.add(Folding.key(w));
    }
    return out;
  }

  /** Folded content words after the first de/of of a role phrase: its complement. */
  static Set<String> complement(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isWord(k) && isPreposition(t.lower(k))) return words(t, k + 1, to);
    }
    return Set.of();
  }

  static boolean isFunction(String w) {
    return switch (w) {
      case "de", "du", "des", "d'", "l'", "la", "le", "les", "of", "the", "and", "et", "for", "pour", "à", "au",
          "aux", "en", "in", "on", "sur", "a", "an", "un", "une" -> true;
      default -> false;
    };
  }

  /** Gender from the article ("la ministre", "le ministre") or a feminine role form ("présidente"). */
  static char gender(Tokens t, int det, int from, int to) {
    if (det >= 0) {
      String d = t.lower(det);
      if (d.equals("la") || d.equals("une") || d.equals("sa")) return 'F';
      if (d.equals("le") || d.equals("un") || d.equals("son") && !startsWithVowel(t.lower(from))) return 'M';
    }
    for (int k = from; k < to; k++) {
      if (!t.isWord(k)) continue;
      char g = Lexicon.roleGender(t.lower(k));
      if (g != 0) return g;
    }
    return 0;
  }

  private static boolean startsWithVowel(String w) {
    return !w.isEmpty() && "aeiouyéèêàâîôûh".indexOf(w.charAt(0)) >= 0;
  }
}
