package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import verbatim.text.Folding;

/**
 * Resolution step for a definite description headed by a common noun that the article has set right before an
 * organisation's name («la chaîne de télévision Canal 9», «le constructeur automobile Solvo»): a later «la chaîne»,
 * «le constructeur» takes up that name, as a definite article refers back to the one thing of that kind the text
 * has introduced. It resolves only when exactly one name was introduced with that noun before the mention; with two
 * or none the description stays as written.
 */
final class NounBoundOrganisation {

  /** Lower-case words between the determiner and the name: the head noun and its modifiers. */
  private static final int MAX_MODIFIERS = 4;

  /** A head noun introducing a name at offset at. */
  private record Binding(int at, String head, String name) {}

  private final Tokens t;
  /** Bound on first use: most mentions never need them. */
  private List<Binding> bindings;

  NounBoundOrganisation(Tokens t) {
    this.t = t;
  }

  /** The one organisation introduced with the mention's head noun before it, or null. */
  Resolution resolve(Mention m) {
    int head = m.from();
    if (WordClasses.isDefinite(t.lower(head)) && m.size() > 1) head++;
    else if (!WordClasses.isDefinite(m.wordBefore(t))) return null;
    if (!t.isWord(head) || t.isCapitalised(head) || m.to() - head > 3) return null;
    for (int k = head; k < m.to(); k++) if (t.isWord(k) && t.isCapitalised(k)) return null;
    String key = Folding.key(t.lower(head));
    String name = null;
    for (Binding b : bindings()) {
      if (b.at() >= m.pos() || !b.head().equals(key)) continue;
      if (name != null && !name.equals(b.name())) return null;
      name = b.name();
    }
    return name == null ? null : Resolution.nonPerson(new Speaker(name, null));
  }

  private List<Binding> bindings() {
    if (bindings == null) bindings = bind();
    return bindings;
  }

  /** «la chaîne de télévision Canal 9»: a determiner, a common noun and its modifiers, then a name not a person's. */
  private List<Binding> bind() {
    List<Binding> out = new ArrayList<>();
    for (int i = 1; i < t.size; i++) {
      if (!Names.nameWord(t, i) || Names.nameWord(t, i - 1)) continue;
      if (Lexicon.HONORIFICS.contains(t.lower(i))) continue;
      int d = i - 1;
      while (d >= 0 && d >= i - MAX_MODIFIERS - 1 && t.isWord(d) && !t.isCapitalised(d)
          && !WordClasses.isDeterminer(t.lower(d))) {
        d--;
      }
      if (d < 0 || d == i - 1 || !t.isWord(d) || !WordClasses.isDeterminer(t.lower(d))) continue;
      // "les manifestants de Paris": a name after de is the noun's complement, not its apposition.
      if (WordClasses.isPreposition(t.lower(i - 1)) || Names.elision(t, i - 1)) continue;
      String head = t.lower(d + 1);
      if (!t.isWord(d + 1) || Lexicon.ROLE_NOUNS.contains(head) || Lexicon.PERSON_NOUNS_EN.contains(head)
          || WordClasses.isPreposition(head) || Lexicon.isCue(head) || !noun(d + 1, i)) {
        continue;
      }
      int e = Names.runEnd(t, i);
      // "France 3", "Canal 9": a number closes the name of a channel or a model.
      if (e < t.size && t.isWord(e) && Character.isDigit(t.ch(e)) && t.start[e] == t.end[e - 1] + 1) e++;
      out.add(new Binding(t.start[i], Folding.key(head), t.text.substring(t.start[i], t.end[e - 1])));
    }
    return out;
  }

  /** Whether the words [head, name) are a noun phrase's head and modifiers: no verb form, at most one de. */
  private boolean noun(int head, int name) {
    int des = 0;
    for (int k = head; k < name; k++) {
      String w = t.lower(k);
      if (w.equals("de") || w.equals("d'")) des++;
      else if (WordClasses.isPreposition(w) || CueReader.isAuxiliary(w) || Lexicon.isCue(w)) return false;
    }
    return des <= 1;
  }
}
