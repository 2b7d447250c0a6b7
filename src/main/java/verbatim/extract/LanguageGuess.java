package verbatim.extract;

import java.util.Set;

/** A small function-word check: is a quote clearly English or clearly French? */
final class LanguageGuess {
  private LanguageGuess() {}

  private static final Set<String> EN = Set.of("the", "and", "of", "to", "is", "that", "it", "we", "you", "in", "for",
      "with", "this", "are", "was", "not", "have", "be", "they", "our", "i", "what", "will", "there", "would");
  private static final Set<String> FR = Set.of("le", "la", "les", "et", "des", "est", "que", "qui", "une", "un",
      "pas", "nous", "vous", "il", "elle", "je", "du", "dans", "pour", "ce", "sur", "au", "on", "c'est", "ne", "sont",
      "mais", "avec", "l'", "d'", "qu'");

  /** True when the text has at least three function words of {@code language} and three times fewer of the other. */
  static boolean clearlyIn(String text, String language) {
    int en = 0, fr = 0;
    int i = 0, n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) i++;
      int s = i;
      while (i < n && Character.isLetter(text.charAt(i))) i++;
      if (i > s) {
        String w = text.substring(s, i).toLowerCase(java.util.Locale.ROOT);
        if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && w.length() <= 2) w = w + "'";
        if (EN.contains(w)) en++;
        if (FR.contains(w)) fr++;
      }
    }
    int own = "fr".equals(language) ? fr : en, other = "fr".equals(language) ? en : fr;
    return own >= 3 && own >= 3 * other;
  }
}
