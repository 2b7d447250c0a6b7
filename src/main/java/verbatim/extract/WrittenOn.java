package verbatim.extract;

import java.util.Set;

/**
 * "« … » pouvait-on lire sur une pancarte", "« … », peut-on lire sur une banderole": French reports the words of a
 * placard, banner or poster with the impersonal "on peut lire sur X", and X, what bears the words, is then who
 * "says" them (a person or a document after "sur"/"dans" is read by the other rules). Immutable, no state.
 */
final class WrittenOn {

  /** What carries protest words in the street: the placard, not a document with an author. */
  private static final Set<String> BEARERS = Set.of("pancarte", "pancartes", "banderole", "banderoles", "affiche",
      "affiches", "panneau", "panneaux", "écriteau", "écriteaux", "pancarte-sandwich", "tag", "tags", "graffiti",
      "graffitis", "gilet", "gilets", "dos", "t-shirt", "t-shirts", "drapeau", "drapeaux", "mur", "murs");
  private static final Set<String> MAY_ON = Set.of("peut-on", "pouvait-on", "pourra-on", "pourrait-on", "put-on");
  private static final Set<String> MAY = Set.of("peut", "pouvait", "pourra", "pourrait", "put");

  private WrittenOn() {}

  /** The bearer after "pouvait-on lire sur" (or "on pouvait lire sur") starting at token j, with the cue; else null. */
  static Attribution after(Grammar g, int j, int limit) {
    Tokens t = g.t;
    int k = j;
    if (t.isWord(k) && MAY_ON.contains(t.lower(k))) {
      k++;
    } else if (t.isWord(k) && t.isWord(k + 1) && t.lower(k).equals("on") && MAY.contains(t.lower(k + 1))) {
      k += 2;
    } else {
      return null;
    }
    if (k + 2 >= limit || !t.isWord(k) || !t.lower(k).equals("lire") || !t.isWord(k + 1)) return null;
    String on = t.lower(k + 1);
    if (!(on.equals("sur") || on.equals("dans"))) return null;
    Attribution m = g.mentions.after(k + 2, limit);
    // "sur des banderoles": a plural with no role noun is no mention to the mention reader; the article and the
    // bearer are.
    if (m == null && k + 3 < limit && t.isWord(k + 3) && BEARERS.contains(t.lower(k + 3))) {
      m = Attribution.mention(k + 2, k + 4);
    }
    if (m == null || !bears(t, m)) return null;
    return new Attribution(m.from(), m.to(), null, t.text.substring(t.start[j], t.end[k]));
  }

  private static boolean bears(Tokens t, Attribution m) {
    for (int x = m.from(); x < m.to() && x < m.from() + 3; x++) {
      if (t.isWord(x) && BEARERS.contains(t.lower(x))) return true;
    }
    return false;
  }
}
