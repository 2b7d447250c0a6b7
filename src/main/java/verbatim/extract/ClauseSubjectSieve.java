package verbatim.extract;

/**
 * "clause-subject", for partial quotes only: a partial quote is words the subject of its clause used, whatever the
 * verb ("Anne Roy a qualifié la mesure de « recul historique »"): the name or pronoun opening the sentence that
 * holds the quote.
 */
final class ClauseSubjectSieve implements Sieve {

  static final String NAME = "clause-subject";

  @Override
  public Attribution find(QuoteContext ctx) {
    Grammar g = ctx.g();
    Tokens t = g.t;
    int open = ctx.open();
    int x = g.sentences.start(open);
    if (x < open && t.isWord(x) && isFronted(g, x)) {
      // "Dans un communiqué, la ministre a jugé …": a fronted complement up to its comma is not the subject.
      while (x < open && !t.isPunct(x, ',')) x++;
      x++;
    }
    if (x >= open || !t.isWord(x) || t.quote[x] >= 0) return null;
    String w = t.lower(x);
    if (w.equals("il") || w.equals("elle") || w.equals("he") || w.equals("she")) {
      return new Attribution(x, x + 1, null, null, NAME);
    }
    Attribution m = g.mentions.after(x, open);
    if (m == null || !g.mentions.hasSpeakerWord(m) || m.to() >= open) return null;
    // "le champion de la gauche et leader du parti X (X), Jo Roy, avait appelé …": the description's name.
    int[] named = Apposition.nameAfter(t, m.from(), m.to(), open);
    if (named != null) m = Attribution.mention(named[0], named[1]);
    int verb = afterApposition(t, m.to(), open);
    if (!t.isWord(verb) || t.isCapitalised(verb)) return null;
    boolean holdsName = named != null;
    for (int k = m.from(); k < m.to(); k++) {
      if (Lexicon.ROLE_NOUNS.contains(t.lower(k)) || Names.nameWord(t, k) && k > m.from()) holdsName = true;
    }
    if (!holdsName && !("fr".equals(g.language) && bodyHead(t, m))) return null;
    return new Attribution(m.from(), m.to(), null, null, NAME);
  }

  /**
   * "Le gouvernement belge a incité les voyageurs à « … »": a body (government, union, party) is the subject that
   * speaks as much as a named person is, when its noun heads the subject right after the article.
   */
  private static boolean bodyHead(Tokens t, Attribution m) {
    int k = m.from();
    if (k < m.to() && t.isWord(k) && WordClasses.isDefinite(t.lower(k))) k++;
    // A document is no body ("le rapport présenté par X"); a longer subject may run past its verb.
    if (m.to() - k > 2 || k >= m.to() || !t.isWord(k)) return false;
    String head = t.lower(k);
    if (!Lexicon.ORG_WORDS.contains(head) || Lexicon.DOCUMENT_NOUNS.contains(head)) return false;
    return m.to() - k == 1 || t.isCapitalised(k + 1) || nationality(t.lower(k + 1));
  }

  /** "belge", "français", "américaine", "fédéral": an adjective of a body, not a verb ("veut", "a"). */
  private static boolean nationality(String w) {
    // "les autorités chinoises", "les élus fédéraux": the plural of the adjective.
    if (w.endsWith("aux")) return w.length() > 5;
    if (w.endsWith("s") && !w.endsWith("ais") && !w.endsWith("ois")) w = w.substring(0, w.length() - 1);
    return w.length() > 4 && (w.endsWith("ge") || w.endsWith("ais") || w.endsWith("aise") || w.endsWith("ain")
        || w.endsWith("aine") || w.endsWith("ien") || w.endsWith("ienne") || w.endsWith("al") || w.endsWith("ale")
        || w.endsWith("ois") || w.endsWith("oise") || w.endsWith("ique") || w.endsWith("and") || w.endsWith("ande"));
  }

  /**
   * The token after an apposition set off by commas right after the subject ("Jo Roy, chef du parti, a qualifié"),
   * where the verb stands; k itself when no comma follows the subject.
   */
  private static int afterApposition(Tokens t, int k, int open) {
    if (t.isPunct(k, '(')) {
      // "le leader de La France insoumise (LFI), Jo Roy, a appelé": a parenthesis closing the subject's noun phrase.
      int c = k + 1;
      while (c < open && c <= k + MAX_APPOSITION && !t.isPunct(c, ')')) c++;
      if (c < open && t.isPunct(c, ')')) k = c + 1;
    }
    if (!t.isPunct(k, ',')) return k;
    for (int j = k + 1; j < open && j <= k + MAX_APPOSITION; j++) {
      if (t.quote[j] >= 0 || t.endsSentence(j)) break;
      if (t.isPunct(j, ',')) return j + 1;
    }
    // No closing comma: the mention took the apposition in ("le chef du parti, Jo Roy, avait appelé"), or the
    // writer left it unclosed ("Jo Roy, un des responsables du mouvement avait appelé"): the clause goes on after
    // the comma, with a lower-case word.
    return k + 1;
  }

  /** An apposition after the subject runs at most this many tokens. */
  private static final int MAX_APPOSITION = 15;

  /** A sentence opening with a complement, not its subject: a preposition or a participle ("Empêtré dans …"). */
  private static boolean isFronted(Grammar g, int x) {
    String w = g.t.lower(x);
    return MentionWords.isComplementOf(w) || MentionWords.stopsMention(w) || g.cues.isParticiple(x)
        || w.length() > 3 && WordClasses.frenchParticipleEnding(w)
        || Lexicon.NOT_NAME_START.contains(w) && !SpeakerResolver.isDeterminer(w) && !Lexicon.PRONOUNS.contains(w);
  }
}
