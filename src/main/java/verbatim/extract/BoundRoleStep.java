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
    int at = t.at(m.pos());
    Set<String> acronyms = acronyms(m);
    RoleBinder.Binding best = best(head, g, words, acronyms, at, null);
    if (best == null) {
      Synonym syn = synonym(words);
      if (syn != null) best = best(syn.head(), g, syn.words(), Set.of(), at, syn.complements());
    }
    if (best == null) return null;
    Entity e = registry.find(NameKeys.keysOf(best.name()));
    if (e == null) return new Resolution(new Speaker(best.name(), null), true, best.gender());
    Entity full = registry.fullest(e);
    return new Resolution(new Speaker(full.display, full.role), true, full.gender != 0 ? full.gender : best.gender());
  }

  private static boolean definite(String w) {
    return WordClasses.isDefinite(w) || w.equals("ce") || w.equals("cet") || w.equals("cette") || w.equals("this");
  }

  /**
   * The binding with the role's head noun that shares most words with it and is nearest before token at; when
   * complements is not null, only a binding whose complement words are all among them.
   */
  private RoleBinder.Binding best(String head, char g, Set<String> words, Set<String> acronyms, int at,
      Set<String> complements) {
    RoleBinder.Binding best = null;
    int bestScore = -1;
    for (RoleBinder.Binding b : bindings()) {
      if (!b.words().contains(head)) continue;
      if (g != 0 && b.gender() != 0 && b.gender() != g) continue;
      if (complements != null && !complements.containsAll(b.complement())) continue;
      if (RoleConflict.rankedBefore(t, b.at(), head, words)) continue;
      int shared = 0;
      for (String w : words) if (b.words().contains(w) || acronyms.contains(w) && spells(w, b.complement())) shared++;
      // Words of the description the binding lacks ("le ministre de l'Intérieur" against "le ministre de la Culture").
      if (shared < words.size() && b.words().size() > 1 && words.size() > 1 && !generic(b.complement())) {
        boolean conflict = false;
        for (String w : words) {
          if (!b.words().contains(w) && !w.equals(head) && !(acronyms.contains(w) && spells(w, b.complement()))) {
            conflict = true;
          }
        }
        // "le premier ministre Jo Roy", later "le premier ministre du Québec": a role bound with no complement
        // takes one the article adds, when nobody else holds that role in it.
        if (conflict && !(b.complement().isEmpty() && onlyHolder(head, b))) continue;
      }
      int score = shared * 100000 + (b.at() <= at ? 50000 + b.at() : 50000 - b.at());
      if (score > bestScore) {
        best = b;
        bestScore = score;
      }
    }
    return best;
  }

  /** Whether every binding holding the head noun binds the same name as b. */
  private boolean onlyHolder(String head, RoleBinder.Binding b) {
    for (RoleBinder.Binding o : bindings()) {
      if (o.words().contains(head) && !o.name().equals(b.name())) return false;
    }
    return true;
  }

  /**
   * Roles French and English news write two ways for one office: "le chef de l’État" is the country's president
   * ("le président de la République"), "le chef du gouvernement" its prime minister.
   *
   * @param description the folded words of the other wording
   * @param head        the role noun a binding must hold
   * @param words       the words to match against bindings
   * @param complements the only complement words a binding may have (a president "du Sénat" is not the head of state)
   */
  private record Synonym(Set<String> description, String head, Set<String> words, Set<String> complements) {}

  private static final List<Synonym> SYNONYMS = List.of(
      new Synonym(Set.of("chef", "etat"), "president", Set.of("president"), Set.of("republique")),
      new Synonym(Set.of("head", "state"), "president", Set.of("president"), Set.of()),
      new Synonym(Set.of("chef", "gouvernement"), "ministre", Set.of("premier", "ministre"), Set.of()),
      new Synonym(Set.of("head", "government"), "minister", Set.of("prime", "minister"), Set.of()));

  private static Synonym synonym(Set<String> words) {
    for (Synonym s : SYNONYMS) if (s.description().equals(words)) return s;
    return null;
  }

  /**
   * Complements that name no particular body or place ("la maire de la commune", "le chef du parti"): the article
   * names it elsewhere, so a later description naming it ("la maire de Laval") is no other role.
   */
  private static final Set<String> GENERIC_COMPLEMENTS = Set.of("commune", "ville", "municipalite", "village",
      "localite", "parti", "formation", "mouvement", "organisation", "association", "collectif", "syndicat",
      "entreprise", "societe", "groupe", "city", "town", "party", "organization", "company", "group",
      "union");

  private static boolean generic(Set<String> complement) {
    for (String w : complement) if (GENERIC_COMPLEMENTS.contains(w)) return true;
    return false;
  }

  /** Folded acronyms in the mention ("RSF", "LR"): capitals only, two to six letters. */
  private Set<String> acronyms(Mention m) {
    Set<String> out = new java.util.HashSet<>();
    for (int k = m.from(); k < m.to(); k++) {
      if (t.isWord(k) && NameKeys.isAcronym(t.str(k))) out.add(Folding.key(t.lower(k)));
    }
    return out;
  }

  /** Whether the acronym's letters are initials of distinct complement words ("rsf": Reporters sans frontières). */
  private static boolean spells(String acronym, Set<String> complement) {
    if (acronym.length() < 2 || acronym.length() > complement.size()) return false;
    java.util.List<String> left = new java.util.ArrayList<>(complement);
    for (char c : acronym.toCharArray()) {
      boolean found = false;
      for (java.util.Iterator<String> it = left.iterator(); it.hasNext() && !found; ) {
        if (it.next().charAt(0) == c) {
          it.remove();
          found = true;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  private List<RoleBinder.Binding> bindings() {
    if (bindings == null) bindings = RoleBinder.bind(t);
    return bindings;
  }
}
