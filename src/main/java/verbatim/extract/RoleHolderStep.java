package verbatim.extract;

import verbatim.text.Folding;

/**
 * Resolution step for a description holding a role noun ("the spokesperson", "le porte-parole de la Ville"): the
 * person the article gave that role, named last before the quote, else the latest speaker resolved with it.
 */
final class RoleHolderStep {
  private final Tokens t;
  private final EntityRegistry registry;
  private final SpeakerHistory history;

  RoleHolderStep(Tokens t, EntityRegistry registry, SpeakerHistory history) {
    this.t = t;
    this.registry = registry;
    this.history = history;
  }

  /** The holder of the mention's first role noun, or null. */
  Resolution resolve(Mention m) {
    String w = firstRoleNoun(m);
    if (w == null) return null;
    String complement = complementHead(m);
    Entity best = null;
    int bestPos = -1;
    for (Entity e : registry.all()) {
      if (!e.person || e.role == null) continue;
      if (!containsWord(e.role, w) || !containsAll(e.role, complement)) continue;
      if (RoleConflict.ranked(e.role, w, RoleConflict.folded(t, m.from(), m.to()))) continue;
      int last = e.lastMentionBefore(m.pos());
      if (last > bestPos || best == null) {
        best = e;
        bestPos = last;
      }
    }
    if (best != null) return new Resolution(new Speaker(best.display, best.role), true, best.gender);
    SpeakerHistory.Event ev = history.latestAnywhere(e -> e.speaker().role() != null
        && containsWord(e.speaker().role(), w) && containsAll(e.speaker().role(), complement)
        && !RoleConflict.ranked(e.speaker().role(), w, RoleConflict.folded(t, m.from(), m.to())));
    return ev == null ? null : new Resolution(ev.speaker(), ev.person(), ev.gender());
  }

  private String firstRoleNoun(Mention m) {
    for (int k = m.from(); k < m.to(); k++) {
      if (Lexicon.ROLE_NOUNS.contains(t.lower(k)) && t.isWord(k)) return t.lower(k);
    }
    return null;
  }

  /**
   * Whether the role holds the head of the description's complement: "le président de LR" is not the one the
   * article calls "président" alone, nor the "président du Sénat".
   */
  private static boolean containsAll(String role, String complement) {
    return complement == null || containsWord(role, complement);
  }

  /** The first content word after the role noun's de/of/for ("lr" in "le président de LR"), or null. */
  private String complementHead(Mention m) {
    boolean afterOf = false;
    for (int k = m.from(); k < m.to(); k++) {
      if (!t.isWord(k)) continue;
      String w = t.lower(k);
      if (!afterOf) {
        // English also ties the body a role serves with for/to/at: "a spokesman for the union".
        afterOf = WordClasses.frenchOf(w) || w.equals("of") || w.equals("for") || w.equals("to") || w.equals("at");
      } else if (!RoleBinder.isFunction(w)) {
        return w;
      }
    }
    return null;
  }

  private static boolean containsWord(String phrase, String word) {
    String f = " " + Folding.key(phrase) + " ";
    return f.contains(" " + Folding.key(word) + " ");
  }
}
