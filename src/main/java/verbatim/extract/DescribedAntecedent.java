package verbatim.extract;

import java.util.Locale;

/**
 * English: whether an unnamed source described as one person ("a Bolton spokesman", "one dealer") can be what a
 * later "he" or "she" stands for. Wire copy introduces such a source once and goes on with "he said"; the pronoun
 * takes it up as long as no other person noun has come between (a "the Acme officer defended …" in between is the
 * subject the pronoun follows instead, which this rule does not guess).
 */
final class DescribedAntecedent {
  private final Tokens t;

  DescribedAntecedent(Tokens t) {
    this.t = t;
  }

  /**
   * Whether the described speaker ev can be the antecedent of the English pronoun (male for "he") at text offset
   * pos: its description ends on a singular person noun of a compatible gender and no person noun stands between
   * the words it spoke and the pronoun.
   */
  boolean accepts(SpeakerHistory.Event ev, boolean male, int pos) {
    String head = lastWord(ev.speaker().name());
    if (!personNoun(head) || ev.speaker().name().indexOf(' ') < 0) return false;
    char g = Lexicon.roleGender(head);
    if (male && g == 'F' || !male && g == 'M') return false;
    for (int k = t.at(ev.pos()); k < t.size && t.start[k] < pos; k++) {
      if (t.isWord(k) && t.quote[k] < 0 && !t.lower(k).equals(head) && personNoun(t.lower(k))) return false;
    }
    return true;
  }

  private static boolean personNoun(String w) {
    return Lexicon.PERSON_NOUNS_EN.contains(w) || Lexicon.ROLE_NOUNS.contains(w) && !w.endsWith("s");
  }

  private static String lastWord(String s) {
    String[] w = s.toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }
}
