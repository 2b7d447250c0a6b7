package verbatim.extract;

import java.util.Set;

/**
 * "fronted-participle": French puts a participle or gerund clause before the main clause and gives it no subject of
 * its own ("Estimant que la taxe « a freiné la croissance », la députée Anne Roy refuse « de voter ce budget »",
 * "En qualifiant le plan de « désastre », le ministre …"): its subject is the main clause's, the first noun phrase
 * after the comma that closes it. A quote inside the fronted clause, or after that subject when nothing else in the
 * sentence names a speaker, is that subject's. The previous sentence's speaker, which the neighbour rules would give,
 * is wrong there. French only: English fronted "-ing" clauses are left to the English rules.
 */
final class FrontedParticipleSieve implements Sieve {

  static final String NAME = "fronted-participle";
  /** A subject is a short noun phrase ("la députée Anne Roy", "le ministre de l'Intérieur"). */
  private static final int MAX_SUBJECT = 8;
  /** Words in "-ant" that open a sentence as prepositions or adverbs, not as participles. */
  private static final Set<String> NOT_PARTICIPLES = Set.of("avant", "pendant", "durant", "cependant", "maintenant",
      "auparavant", "concernant", "moyennant", "nonobstant", "suivant", "étant", "devant", "tant", "quant",
      "pourtant", "dorénavant", "sachant", "constatant");

  @Override
  public Attribution find(QuoteContext ctx) {
    if (!ctx.french()) return null;
    Grammar g = ctx.g();
    Tokens t = g.t;
    int open = ctx.open();
    int start = ctx.sentenceStart();
    int end = ctx.sentenceEnd();
    int p = participle(t, start, open);
    if (p < 0) return null;
    for (int c = p + 1; c < end; c++) {
      if (t.quote[c] >= 0 || !t.isPunct(c, ',')) continue;
      int v = verbGroup(t, c + 1, end);
      Attribution m = v < 0 ? null : g.mentions.after(c + 1, v);
      if (m == null || m.to() != v) m = appositiveName(t, c, end);
      if (m == null) continue;
      boolean inClause = ctx.close() <= c;
      boolean afterSubject = open > m.to() && !otherNameBetween(t, m.to(), open);
      if (!inClause && !afterSubject) return null;
      return new Attribution(m.from(), m.to(), null, t.text.substring(t.start[p], t.end[p]), NAME);
    }
    return null;
  }

  /** The participle opening the sentence at start ("Estimant", "En qualifiant", "Mais jugeant"), or -1. */
  private static int participle(Tokens t, int start, int open) {
    int k = start;
    if (k < open && t.isWord(k) && (t.lower(k).equals("mais") || t.lower(k).equals("et"))) k++;
    if (k < open && t.isWord(k) && t.lower(k).equals("en")) k++;
    if (k >= open || !t.isWord(k) || t.quote[k] >= 0) return -1;
    String w = t.lower(k);
    return w.length() > 5 && w.endsWith("ant") && !NOT_PARTICIPLES.contains(w) ? k : -1;
  }

  /**
   * French words that open a verb group besides the auxiliaries {@link CueReader#isAuxiliary} knows: future and
   * imperfect forms, modals, clitics and the negation.
   */
  private static final Set<String> VERB_OPENERS = Set.of("aura", "auront", "étaient", "sera", "seront", "s'", "ne",
      "n'", "y", "va", "vont", "doit", "doivent", "peut", "peuvent", "fait", "font", "lui", "leur", "l'", "les");

  private static boolean opensVerbGroup(String w) {
    return CueReader.isAuxiliary(w) || VERB_OPENERS.contains(w);
  }

  /**
   * The token opening the main clause's verb group after a subject starting at k: a verb opener, or a lower-case
   * word right after a name ("Anne Roy refuse"); -1 when none comes within a subject's length.
   */
  private static int verbGroup(Tokens t, int k, int end) {
    for (int j = k + 1; j < end && j <= k + MAX_SUBJECT; j++) {
      if (!t.isWord(j) || t.quote[j] >= 0) return -1;
      String w = t.lower(j);
      if (opensVerbGroup(w) && !t.isCapitalised(j)) return j;
      if (!t.isCapitalised(j) && Names.nameWord(t, j - 1) && j - 1 > k && !WordClasses.isPreposition(w)
          && !WordClasses.isDeterminer(w) && !MentionWords.isRelative(w) && !MentionWords.isNpInner(w)) {
        return j;
      }
    }
    return -1;
  }

  /** Tokens a description may take before the name in apposition to it ("un des porte-parole du « collectif »"). */
  private static final int MAX_DESCRIPTION = 16;

  /**
   * "…, un des représentants du collectif, Jean Roy, a appelé": a description after the comma at c, then a name set
   * off by commas right before the verb group; the name is the subject. Null when the words do not fall so.
   */
  private static Attribution appositiveName(Tokens t, int c, int end) {
    int c2 = c + 1;
    while (c2 < end && c2 <= c + MAX_DESCRIPTION && !(t.quote[c2] < 0 && t.isPunct(c2, ','))) c2++;
    if (c2 >= end || c2 > c + MAX_DESCRIPTION || !Names.nameWord(t, c2 + 1)) return null;
    int ne = Names.runEnd(t, c2 + 1);
    if (ne >= end || !t.isPunct(ne, ',') || !t.isWord(ne + 1) || t.isCapitalised(ne + 1)
        || !opensVerbGroup(t.lower(ne + 1))) {
      return null;
    }
    return Attribution.mention(c2 + 1, ne);
  }

  /** Whether a capitalised word inside the sentence lies in tokens [from, to), outside quotes. */
  private static boolean otherNameBetween(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) if (t.quote[k] < 0 && Names.nameWord(t, k)) return true;
    return false;
  }
}
