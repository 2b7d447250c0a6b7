package verbatim.extract;

import java.util.HashSet;
import java.util.Set;
import verbatim.text.Folding;

/**
 * Whether a description names another office than the one the article bound to a person: a rank modifier right
 * before the role noun makes another office of it ("le premier ministre" is not "le ministre", "the prime minister"
 * is not "the minister", "le vice-premier ministre" neither), so a description without that modifier does not stand
 * for its holder. The modifier must touch the noun: "le premier geste du président X" binds a plain "président".
 * Stateless.
 */
final class RoleConflict {
  private RoleConflict() {}

  /** Folded modifiers that make another office of the role noun right after them. */
  private static final Set<String> RANK = Set.of("premier", "premiere", "prime", "vice", "deputy", "vice-premier",
      "vice-premiere");

  /** How far back from a bound name its role phrase is read for a rank. */
  private static final int MAX_BACK = 10;

  /** Whether the role (as written) has a rank right before its role noun w that the description's words lack. */
  static boolean ranked(String role, String w, Set<String> description) {
    if (role == null || w == null) return false;
    String[] words = Folding.key(role).split("[\\s'’]+");
    String fw = Folding.key(w);
    for (int i = 1; i < words.length; i++) {
      if (words[i].equals(fw) && RANK.contains(words[i - 1]) && !description.contains(words[i - 1])) return true;
    }
    return false;
  }

  /**
   * Whether the role phrase bound to the name at token at has a rank right before the folded head noun that the
   * description's words lack ("le premier ministre Paul Roy" against "le ministre").
   */
  static boolean rankedBefore(Tokens t, int at, String head, Set<String> description) {
    for (int k = at - 1; k > 0 && k >= at - MAX_BACK && !t.endsSentence(k); k--) {
      if (!t.isWord(k) || !Folding.key(t.lower(k)).equals(head)) continue;
      String r = t.isWord(k - 1) ? Folding.key(t.lower(k - 1)) : "";
      if (RANK.contains(r) && !description.contains(r)) return true;
    }
    return false;
  }

  /** Folded words of tokens [from, to). */
  static Set<String> folded(Tokens t, int from, int to) {
    Set<String> out = new HashSet<>();
    for (int k = from; k < to; k++) if (t.isWord(k)) out.add(Folding.key(t.lower(k)));
    return out;
  }
}
