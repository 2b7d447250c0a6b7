package verbatim.extract;

import static verbatim.extract.SpeakerNameGate.fold;
import static verbatim.extract.SpeakerNameGate.isCapitalised;

import java.util.List;

/**
 * The person's name inside a speaker phrase that also gives the person's title or an apposition ("ministre des
 * Finances Jean Roy", "Jean Roy leader du syndicat"): a step of the {@link SpeakerNameGate}, which owns the other
 * cuts. Stateless apart from its word lists.
 */
final class TitledNames {

  private final SpeakerVocabulary words;

  TitledNames(SpeakerVocabulary words) {
    this.words = words;
  }

  /**
   * "ministre des Finances Jean Roy", "Finance Minister Jean Roy aux députés" → "Jean Roy": a title in apposition
   * before a person's name says what the person is, and the facet names the person (one entry whatever title an
   * article gives). The name is a common first name, or the first of two capitalised words right after a role noun,
   * and the capitalised words after it; what follows it is cut with it, since a complete name ends the noun phrase. Only when the phrase opens on the title (a role noun or a
   * capitalised word, after le/la/l'/the at most) and the name is not a complement: "un ami du ministre Jean Roy"
   * and "la fille de Jean Roy" describe someone else.
   */
  List<String> personAfterTitle(List<String> w) {
    // only a definite article may come before the title: an indefinite one opens a description
    int open = w.size() > 1 && WordClasses.isDefinite(fold(w.get(0))) ? 1 : 0;
    if (open >= w.size() || !isTitleWord(w.get(open))) return w;
    for (int i = open + 1; i + 1 < w.size(); i++) {
      String before = w.get(i - 1);
      // an adjective may stand between the title and the name ("président français Jean Roy"), not a preposition
      // or a determiner ("la fille de Jean Roy")
      String b = fold(before);
      if (words.prepositions().contains(b) || words.functionWords().contains(b)) continue;
      if (!(isFirstName(w.get(i)) || namedAfterRole(w, i))) continue;
      if (!namesATitle(w.subList(open, i)) || titleOfAnother(w.subList(open + 1, i))) return w;
      int end = i + 1;
      while (end < w.size() && (isCapitalised(w.get(end))
          || end + 1 < w.size() && words.particles().contains(fold(w.get(end))) && isCapitalised(w.get(end + 1)))) {
        end++;
      }
      // "Chairman L. Paul Roy": an initial before the first name is the name's
      int start = isInitial(w.get(i - 1)) ? i - 1 : i;
      if (end == i + 1 || !isPersonName(w.subList(start, end))) continue;
      return w.subList(start, end);
    }
    return w;
  }

  /**
   * "du maire", "de la ministre", "of the governor" inside the title: the name after it is that other person's
   * ("la porte-parole du maire Jean Roy" is the spokeswoman), while a capitalised complement is the title's domain
   * ("ministre des Finances", "Bank of Lorvania governor").
   */
  private boolean titleOfAnother(List<String> title) {
    for (int k = 0; k + 1 < title.size(); k++) {
      if (!words.prepositions().contains(fold(title.get(k)))) continue;
      int next = k + 1;
      if (next + 1 < title.size() && WordClasses.isDefinite(fold(title.get(next)))) next++;
      if (Lexicon.ROLE_NOUNS.contains(fold(elisionDropped(title.get(next))))) return true;
    }
    return false;
  }

  /** "l'Intérieur" → "Intérieur": an elided article before a capitalised noun of a title. */
  private static String elisionDropped(String word) {
    boolean elided = word.length() > 2 && "lLdD".indexOf(word.charAt(0)) >= 0
        && (word.charAt(1) == '\'' || word.charAt(1) == '’');
    return elided ? word.substring(2) : word;
  }

  /**
   * Capitalised words alone before a first name may be more of the name ("Carlo Maria Roy") or a company ("Zentrix
   * Paul Corp"): a title has a role noun or a lower-case word ("ministre des Finances", "Bank of Lorvania").
   */
  private static boolean namesATitle(List<String> title) {
    for (String x : title) {
      if (isRoleNoun(x) || !isCapitalised(x) && !isCapitalised(elisionDropped(x))) return true;
    }
    return false;
  }

  /**
   * "Bank President Ann Okonjo": two capitalised words or more right after a role noun are the holder's name, first
   * name known or not ("Vice President" and "Director General" are still the title).
   */
  private static boolean namedAfterRole(List<String> w, int i) {
    return isRoleNoun(w.get(i - 1)) && i + 1 < w.size() && isCapitalised(w.get(i))
        && isCapitalised(w.get(i + 1)) && !Lexicon.ROLE_NOUNS.contains(fold(w.get(i)))
        && !Lexicon.ROLE_NOUNS.contains(fold(w.get(i + 1)));
  }

  /** "General Electric Co", "Prime Computer Inc": a role noun may also open a company's name. */
  private boolean isPersonName(List<String> name) {
    for (String x : name) {
      String f = fold(x).replaceAll("'s$", "");
      String bare = f.endsWith(".") ? f.substring(0, f.length() - 1) : f;
      if (words.corporateSuffixes().contains(bare) || words.orgHeads().contains(f)) return false;
    }
    return true;
  }

  private static boolean isInitial(String word) {
    return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
  }

  /** A role noun, alone or as the last part of a compound ("Vice-Chairman", "vice-présidente"). */
  private static boolean isRoleNoun(String word) {
    String f = fold(word);
    return Lexicon.ROLE_NOUNS.contains(f) || Lexicon.ROLE_NOUNS.contains(f.substring(f.lastIndexOf('-') + 1));
  }

  private static boolean isTitleWord(String word) {
    return isCapitalised(word) || Lexicon.ROLE_NOUNS.contains(fold(word));
  }

  /** A common first name, or a compound one that starts with one ("Jean-Marc"). */
  private static boolean isFirstName(String word) {
    String f = fold(word);
    int hyphen = f.indexOf('-');
    return isCapitalised(word) && (Lexicon.firstNameGender(f) != 0
        || hyphen > 0 && Lexicon.firstNameGender(f.substring(0, hyphen)) != 0);
  }

  /**
   * "Jean Roy leader du syndicat", "Cédric un retraité de 60 ans" → "Jean Roy", "Cédric": after a person's name, a
   * lower-case role noun or a determiner opens an apposition that says what the person is; the facet names the
   * person. A person's name starts with a common first name ("A Fed spokesman", "Finance Ministry officials" are
   * no names).
   */
  List<String> cutApposition(List<String> w) {
    int names = 0;
    while (names < w.size() && isCapitalised(w.get(names))) names++;
    if (names == 0 || names == w.size() || !isFirstName(w.get(0))) return w;
    String next = w.get(names);
    // "Marine le Pen": a lower-case particle before a capitalised word is still the name
    boolean particle = names + 1 < w.size() && isCapitalised(w.get(names + 1));
    boolean opens = Lexicon.ROLE_NOUNS.contains(fold(next))
        || WordClasses.isDeterminer(fold(next)) && !particle;
    return opens ? w.subList(0, names) : w;
  }
}
