package verbatim.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The last check on a speaker: it must read as a noun phrase (a name, a title with a name, an organisation, a
 * description with its determiner). A preposition phrase ("À Paris", "auprès de l'AFP"), a verb with an inverted
 * clitic ("a-t-il remarqué"), a lone function word ("les"), a phrase ending on a determiner or preposition ("une
 * date non", "faute d'obtenir des"), or a headline in capitals is a fragment: the speaker is then unknown, which is
 * better than a wrong name in a facet.
 */
final class SpeakerGate {
  private static final Set<String> PREPOSITIONS = Set.of("à", "au", "aux", "auprès", "dans", "en", "sur", "sous",
      "pour", "par", "avec", "sans", "selon", "chez", "vers", "depuis", "pendant", "comme", "faute", "lors", "après",
      "avant", "contre", "entre", "malgré", "at", "in", "on", "to", "from", "with", "by", "for", "after", "before",
      "during", "like", "about", "under", "over", "via");
  private static final Set<String> FUNCTION = Set.of("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'",
      "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "the", "a", "an", "his", "her", "its",
      "their", "this", "that", "these", "those", "et", "ou", "and", "or", "que", "qu'", "qui", "non", "pas", "ne",
      "donc", "peu", "ainsi", "aussi", "encore", "alors");
  private static final Set<String> VERB_STARTS = Set.of("ont", "est", "sont", "avait", "était", "has", "had",
      "was", "were", "is", "are", "s'est");

  private SpeakerGate() {}

  /** Whether {@code name} can stand as a speaker. */
  static boolean accepts(String name) {
    if (name == null) return false;
    String s = name.strip();
    if (s.length() <= 2) return false;
    String[] words = s.replace('’', '\'').toLowerCase(Locale.ROOT).split("[\\s]+");
    String first = words[0];
    int apo = first.indexOf('\'');
    String firstBase = apo > 0 && apo < first.length() - 1 ? first.substring(0, apo + 1) : first;
    if (PREPOSITIONS.contains(first) || PREPOSITIONS.contains(firstBase)) return false;
    if (VERB_STARTS.contains(first)) return false;
    String last = words[words.length - 1];
    if (FUNCTION.contains(last) || PREPOSITIONS.contains(last)) return false;
    for (String w : words) if (SpeakerResolver.invertedClitic(w) != null) return false;
    return !shouting(s);
  }

  /** Two words or more in capitals: a headline or a byline run into the text, not a name. */
  private static boolean shouting(String s) {
    int letters = 0, upper = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) upper++;
      }
    }
    return letters > 6 && upper == letters && s.indexOf(' ') > 0;
  }
}
