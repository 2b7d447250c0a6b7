package verbatim.extract;

import java.util.Set;

/**
 * What a description's noun phrase takes in past its head. A complement of place says where the described people
 * or things are and so belongs to who is described ("des manifestants à Rouen", "une affiche dans la banlieue de
 * Lille", "une source au ministère des Finances", "protesters outside the embassy"); a complement naming the medium
 * the words went to ("à l'AFP", "au micro de RTL", "dans le journal X"), a time ("à 9 h", "samedi") or anything
 * else after a preposition does not. Quantifiers ("nombre de", "beaucoup de", "la plupart des", "many of") are no
 * head: the noun they quantify is.
 */
final class NounComplements {
  private NounComplements() {}

  /** Where words are published or broadcast: never part of a description nor a speaker. */
  static final Set<String> MEDIA = Lexicon.list("media");
  /** Common nouns of place a complement may name. */
  private static final Set<String> PLACE_NOUNS = Lexicon.list("place-nouns");

  /**
   * Whether the preposition at p opens a complement of place of the description that starts at k: a place name
   * ("à Rouen", "in Halton") or a determiner and a noun of place ("dans la banlieue de Lille", "au ministère des
   * Finances"), not a medium, a newsroom, a day or a month.
   */
  static boolean placeComplement(Tokens t, int k, int p) {
    if (p <= k || !t.isWord(p) || !describes(t, k, p)) return false;
    String prep = t.lower(p);
    boolean contracted = prep.equals("au") || prep.equals("aux");
    if (!(contracted || prep.equals("à") || prep.equals("dans") || prep.equals("devant") || prep.equals("in")
        || prep.equals("at") || prep.equals("outside"))) {
      return false;
    }
    int n = p + 1;
    boolean determiner = false;
    while (n < t.size && t.isWord(n) && n < p + 3 && WordClasses.isDefinite(t.lower(n))) {
      n++;
      determiner = true;
    }
    if (n >= t.size || !t.isWord(n) || t.quote[n] >= 0) return false;
    String w = t.lower(n);
    if (MEDIA.contains(w) || Lexicon.DOCUMENT_NOUNS.contains(w) || Lexicon.SPEECH_NOUNS.contains(w)) return false;
    if (t.isCapitalised(n)) {
      // "à Rouen", "aux États-Unis": a name; "à La Presse", "au Parisien" are papers, so no determiner before it.
      return !determiner && !contracted && Names.nameWord(t, n) && !mediaRun(t, n);
    }
    return (determiner || contracted) && PLACE_NOUNS.contains(w);
  }

  /**
   * "selon de récents sondages": "de" at k is the plural article before an adjective, so the speaker is what
   * follows it (and a description never starts with "de").
   */
  static boolean pluralArticle(Tokens t, int k, int limit) {
    if (!t.lower(k).equals("de") || k + 2 >= limit || !t.isWord(k + 1) || !t.isWord(k + 2)) return false;
    String adjective = t.lower(k + 1);
    return !t.isCapitalised(k + 1) && t.quote[k + 1] < 0 && !MentionWords.stopsMention(adjective)
        && !WordClasses.isDeterminer(adjective) && !Lexicon.isCue(adjective) && t.lower(k + 2).endsWith("s");
  }

  /**
   * "a estimé dans le journal Le Matin le nouveau patron": a paper's title at k (after a medium's noun) then a
   * determiner ends the complement, and the subject is the noun phrase the determiner opens; its index, else k.
   */
  static int afterPaperTitle(Tokens t, int k, int limit) {
    int title = t.isCapitalised(k) && WordClasses.isDefinite(t.lower(k)) && Names.nameWord(t, k + 1) ? k + 1 : k;
    int run = Names.nameWord(t, title) ? Names.runEnd(t, title) : k;
    boolean determiner = run > k && run < limit && t.isWord(run) && !t.isCapitalised(run)
        && WordClasses.isDeterminer(t.lower(run));
    return determiner && hasMediaWord(t, Math.max(0, k - 3), run) ? run : k;
  }

  /** Words that quantify the noun after their "de"/"of" rather than head the noun phrase. */
  private static final Set<String> QUANTIFIERS = Set.of("nombre", "beaucoup", "plusieurs", "certains", "certaines",
      "plupart", "majorité", "partie", "dizaines", "centaines", "milliers", "many", "most", "several", "some",
      "dozens", "hundreds", "thousands");

  /**
   * "Nombre de « gilets jaunes »", "beaucoup de manifestants", "many of the protesters": a quantifier at x and the
   * noun phrase it quantifies, up to a label's closing mark or the last lower-case word before to; null when x opens
   * no such phrase.
   */
  static Attribution quantified(Tokens t, int x, int to) {
    if (!t.isWord(x) || !QUANTIFIERS.contains(t.lower(x)) || x + 2 >= to || !t.isWord(x + 1)) return null;
    String of = t.lower(x + 1);
    if (!WordClasses.frenchOf(of) && !of.equals("of")) return null;
    int j = x + 2;
    while (j < to && t.isWord(j) && WordClasses.isDefinite(t.lower(j)) && t.quote[j] < 0) j++;
    if (j < to && t.quote[j] >= 0) {
      int q = t.quote[j];
      while (j < to && t.quote[j] == q) j++;
      return Attribution.mention(x, j);
    }
    int last = -1;
    for (int n = j; n < to && n < j + 3 && t.isWord(n) && !t.isCapitalised(n) && t.quote[n] < 0; n++) {
      String w = t.lower(n);
      if (Lexicon.isCue(w) || MentionWords.stopsMention(w) || Lexicon.PRONOUNS.contains(w)) break;
      last = n;
      if (!Lexicon.ROLE_NOUNS.contains(w) && !w.endsWith("s") && !w.endsWith("x")) break;
    }
    return last < 0 ? null : Attribution.mention(x, last + 1);
  }

  /** Whether [k, p) is a description: a determiner or a number, then lower-case words that hold no role noun. */
  private static boolean describes(Tokens t, int k, int p) {
    String first = t.lower(k);
    if (!(WordClasses.isDeterminer(first) || first.equals("d'") || Character.isDigit(first.charAt(0)))) return false;
    for (int x = k + 1; x < p; x++) {
      if (!t.isWord(x) || t.isCapitalised(x) || t.quote != null && t.quote[x] >= 0) return false;
      // A role's complement is read by the role rules ("le ministre délégué aux Transports").
      if (Lexicon.ROLE_NOUNS.contains(t.lower(x))) return false;
    }
    return true;
  }

  /** Whether the name run starting at n holds a medium's word ("France Inter", "Radio Nord"). */
  static boolean mediaRun(Tokens t, int n) {
    return hasMediaWord(t, n, Names.runEnd(t, n));
  }

  /** Whether tokens [from, to) hold a medium's word: a broadcaster or paper, not a person ("France Inter"). */
  static boolean hasMediaWord(Tokens t, int from, int to) {
    for (int x = from; x < to; x++) if (t.isWord(x) && MEDIA.contains(t.lower(x))) return true;
    return false;
  }

  /** Prepositions of place French fronts before a clause ("À Rennes, …", "Sur les réseaux sociaux, …"). */
  private static final Set<String> FRONTED_PLACE_PREPS = Set.of("à", "au", "aux", "dans", "sur", "en");
  /** The most words a fronted complement of place holds before its comma. */
  private static final int FRONTED_MAX_WORDS = 4;

  /**
   * "Sur les réseaux sociaux, les mots d'ordre …", "À Rennes, des manifestants …": a complement of place fronted at
   * the start of the sentence, right before the description [from, to) that is its subject (its article may be
   * trimmed off the mention), says where the described people or things are, as it does after them ("des
   * manifestants à Rennes"). That complement as it would follow the description (" sur les réseaux sociaux"), else
   * "". A place name, or a determiner and a noun of place; not a time ("À 17 h"), a medium or a manner ("Au total").
   */
  static String frontedPlace(Tokens t, int from, int to) {
    int k = from > 0 && t.isWord(from - 1) && WordClasses.isDeterminer(t.lower(from - 1)) ? from - 1 : from;
    int comma = k - 1;
    if (comma < 2 || !t.isPunct(comma, ',') || !describes(t, k, to)) return "";
    int p = comma - 1;
    while (p > 0 && comma - p < FRONTED_MAX_WORDS && t.isWord(p - 1) && (t.quote == null || t.quote[p - 1] < 0)) p--;
    if (!t.isWord(p) || !FRONTED_PLACE_PREPS.contains(t.lower(p)) || p > 0 && !t.endsSentence(p - 1)) return "";
    int n = p + 1;
    boolean determiner = false;
    while (n < comma && WordClasses.isDefinite(t.lower(n))) {
      n++;
      determiner = true;
    }
    if (n >= comma || MEDIA.contains(t.lower(n))) return "";
    boolean place = t.isCapitalised(n)
        ? !determiner && Names.nameWord(t, n) && Names.runEnd(t, n) == comma && !mediaRun(t, n)
        : determiner && (PLACE_NOUNS.contains(t.lower(n)) || NETWORKS.contains(t.lower(n)));
    return place ? " " + t.lower(p) + t.text.substring(t.end[p], t.start[comma]) : "";
  }

  /** Where people post in public: "sur les réseaux sociaux" is where their words are, like a place. */
  private static final Set<String> NETWORKS = Set.of("réseaux", "forums");
}
