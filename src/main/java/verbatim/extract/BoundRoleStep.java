package verbatim.extract;

import java.util.List;
import java.util.Set;
import verbatim.text.Folding;

/**
 * Resolution step for a definite or demonstrative role description ("la ministre", "le ministre de l'Intérieur",
 * "the minister") that the article ties to a name ({@link RoleBinder}): that person, the binding sharing most of the
 * description's words, nearest before the quote (else the first after it); gender must agree.
 */
final class BoundRoleStep {
  private final Tokens t;
  private final EntityRegistry registry;
  /** Bound on first use: most articles never need them. */
  private List<RoleBinder.Binding> bindings;

  BoundRoleStep(Tokens t, EntityRegistry registry) {
    this.t = t;
    this.registry = registry;
  }

  /** The person bound to the mention's role, or null when the mention is no such description or nothing is tied. */
  Resolution resolve(Mention m) {
    String det = m.wordBefore(t);
    String first = t.lower(m.from());
    if (!definite(det) && !definite(first)) return null;
    String head = null;
    for (int k = m.from(); k < m.to() && head == null; k++) {
      if (t.isWord(k) && Lexicon.ROLE_NOUNS.contains(t.lower(k))) head = Folding.key(t.lower(k));
    }
    if (head == null) return null;
    char g = 0;
    for (String d : new String[] {det, first}) {
      if (d.equals("la") || d.equals("cette")) g = 'F';
      if (d.equals("le") || d.equals("ce") || d.equals("cet")) g = 'M';
    }
    if (g == 0) g = RoleBinder.gender(t, -1, m.from(), m.to());
    Set<String> words = RoleBinder.words(t, m.from(), m.to());
    words.removeIf(w -> w.equals("ce") || w.equals("cet") || w.equals("cette") || w.equals("this"));
    RoleBinder.Binding best = best(head, g, words, t.at(m.pos()));
    if (best == null) return null;
    Entity e = registry.find(NameKeys.keysOf(best.name()));
    if (e == null) return new Resolution(new Speaker(best.name(), null), true, best.gender());
    Entity full = registry.fullest(e);
    return new Resolution(new Speaker(full.display, full.role), true, full.gender != 0 ? full.gender : best.gender());
  }

  private static boolean definite(String w) {
    return WordClasses.isDefinite(w) || w.equals("ce") || w.equals("cet") || w.equals("cette") || w.equals("this");
  }

  /** The binding with the role's head noun that shares most words with it and is nearest before token at. */
  private RoleBinder.Binding best(String head, char g, Set<String> words, int at) {
    RoleBinder.Binding best = null;
    int bestScore = -1;
    for (RoleBinder.Binding b : bindings()) {
      if (!b.words().contains(head)) continue;
      if (g != 0 && b.gender() != 0 && b.gender() != g) continue;
      int shared = 0;
      for (String w : words) if (b.words().contains(w)) shared++;
      // Words of the description the binding lacks ("le ministre de l'Intérieur" against "le ministre de la Culture").
      if (shared < words.size() && b.words().size() > 1 && words.size() > 1) {
        boolean conflict = false;
        for (String w : words) if (!b.words().contains(w) && !w.equals(head)) conflict = true;
        if (conflict) continue;
      }
      int score = shared * 100000 + (b.at() <= at ? 50000 + b.at() : 50000 - b.at());
      if (score > bestScore) {
        best = b;
        bestScore = score;
      }
    }
    return best;
  }

  private List<RoleBinder.Binding> bindings() {
    if (bindings == null) bindings = RoleBinder.bind(t);
    return bindings;
  }
}
