package verbatim.extract;

import java.util.Set;

/**
 * Resolution step for a mention headed by a document noun ("the report", "a statement released by X", "le
 * communiqué"): the document speaks for its author, named after "by"/"from", as the owner of the place it was
 * published, or before the noun; else for the latest speaker within a few paragraphs, taken to be its source.
 */
final class DocumentSourceStep {
  /** Resolves another mention of the article: a document's author is written as a mention of its own. */
  @FunctionalInterface
  interface MentionResolver {
    Resolution resolve(int from, int to, int pos);
  }

  /** Where a document is published: its owner is its author ("on X’s website", "sur le site de X"). */
  private static final Set<String> PUBLISHING_PLACES = Set.of("website", "site", "blog", "page",
      "account", "feed", "channel", "newsletter", "compte", "chaîne", "infolettre");

  private final Tokens t;
  private final SpeakerHistory history;

  DocumentSourceStep(Tokens t, SpeakerHistory history) {
    this.t = t;
    this.history = history;
  }

  /** The author the mention stands for, or null when it is no document mention or names no author. */
  Resolution resolve(Mention m, MentionResolver mentions) {
    int doc = documentHead(m.from(), m.to());
    if (doc < 0) return null;
    Resolution r = authorAfter(doc, m, mentions);
    if (r != null) return r;
    r = nameAfterNoun(doc, m, mentions);
    if (r != null) return r;
    r = publisher(doc + 1, mentions);
    if (r != null) return r;
    r = authorBefore(doc, m, mentions);
    if (r != null) return r;
    // "selon de récents sondages", "studies show": documents in the plural have many authors, none of them the
    // latest speaker; the description stands.
    if (plural(t.lower(doc))) return null;
    SpeakerHistory.Event e = history.latestRecent(m.pos(), ev -> !isDocument(NameKeys.keysOf(ev.speaker().name())));
    return e == null ? null : new Resolution(e.speaker(), e.person(), e.gender());
  }

  /** Index of the document noun heading the mention ("the report", "a statement released by X"), or -1. */
  private int documentHead(int from, int to) {
    for (int k = from; k < to && k < from + 6; k++) {
      if (!t.isWord(k)) return -1;
      String w = t.lower(k);
      if (Lexicon.DOCUMENT_NOUNS.contains(w) && !inName(k, from, to)) return k;
      // "des prévisions publiées par X": the plural indefinite "des" opening the mention is a determiner.
      if (k == from && w.equals("des")) continue;
      if (WordClasses.isPreposition(w) || Lexicon.isCue(w)) return -1;
    }
    return -1;
  }

  /** "Acme Data Corp", "Daily Report Inc": a capitalised document noun next to another name word is part of a name. */
  private boolean inName(int k, int from, int to) {
    return t.isCapitalised(k) && (k > from && Names.nameWord(t, k - 1) || k + 1 < to && Names.nameWord(t, k + 1));
  }

  /** The author after the noun, inside the mention or right after it ("a statement released | by the PMO"). */
  private Resolution authorAfter(int doc, Mention m, MentionResolver mentions) {
    for (int k = doc + 1; k < t.size && k < Math.max(m.to(), doc + 1) + 3 && t.isWord(k); k++) {
      String w = t.lower(k);
      if (!(w.equals("by") || w.equals("from") || w.equals("par"))) continue;
      int e = k + 1;
      while (e < t.size && e < k + 9 && (t.isWord(e) || t.isPunct(e, '’') || t.isPunct(e, '\''))
          && (t.quote == null || t.quote[e] < 0) && !Lexicon.isCue(t.lower(e))) {
        e++;
      }
      if (e > k + 1 && documentHead(k + 1, e) < 0) return mentions.resolve(k + 1, e, m.pos());
      return null;
    }
    return null;
  }

  /**
   * A name right after the document noun, inside the mention: "un sondage Ipsos", "a Gallup poll" is written the
   * other way round and read by {@link #authorBefore}; the name is the body that made it.
   */
  private Resolution nameAfterNoun(int doc, Mention m, MentionResolver mentions) {
    int x = doc + 1;
    if (x >= m.to() || !Names.nameWord(t, x)) return null;
    int e = Math.min(Names.runEnd(t, x), m.to());
    return e > x ? mentions.resolve(x, e, m.pos()) : null;
  }

  /**
   * The owner of the place a document was published, later in its clause: "a document titled … on Canadian
   * Pacific Railway’s website" → Canadian Pacific Railway, "un texte publié sur le site de la Ville" → la Ville.
   */
  private Resolution publisher(int from, MentionResolver mentions) {
    for (int k = from; k < t.size && k < from + 25; k++) {
      if (t.type[k] == Tokens.BREAK || t.quote != null && t.quote[k] >= 0 || t.endsSentence(k)) return null;
      if (!t.isWord(k)) continue;
      String w = t.lower(k);
      if (Lexicon.isCue(w)) return null;
      if (!PUBLISHING_PLACES.contains(w)) continue;
      String before = k > from ? t.str(k - 1) : "";
      if ((before.endsWith("'s") || before.endsWith("’s")) && Names.nameWord(t, k - 1)) {
        int s = k - 1;
        while (s - 1 >= from && Names.nameWord(t, s - 1)) s--;
        return mentions.resolve(s, k, t.start[k]);
      }
      int x = k + 1;
      if (x < t.size && t.isWord(x) && (t.lower(x).equals("web") || t.lower(x).equals("internet"))) x++;
      if (x < t.size && t.isWord(x) && (t.lower(x).equals("of") || t.lower(x).equals("de") || t.lower(x).equals("d'"))) {
        x++;
        while (x < t.size && t.isWord(x) && WordClasses.isDefinite(t.lower(x))) x++;
        int e = Names.runEnd(t, x);
        if (e > x) return mentions.resolve(x, e, t.start[k]);
      }
      return null;
    }
    return null;
  }

  /** A name or organisation before the noun: "the Civic Action study" → the name, "the union’s release" → the union. */
  private Resolution authorBefore(int doc, Mention m, MentionResolver mentions) {
    int from = m.from();
    int start = from;
    while (start < doc && t.isWord(start) && WordClasses.isDeterminer(t.lower(start))) start++;
    if (start >= doc) return null;
    int end = doc;
    while (end > start && !t.isWord(end - 1)) end--;
    boolean named = false;
    for (int k = start; k < end; k++) named |= Names.nameWord(t, k);
    String last = end > start ? t.str(end - 1) : "";
    boolean possessive = last.endsWith("'s") || last.endsWith("’s") || end < doc && t.isPunct(end, '’');
    if (!named && !possessive) return null;
    int a = possessive ? from : start;
    int b = end;
    if (!possessive) {
      while (b > start && !Names.nameWord(t, b - 1)) b--;
    }
    return b > a ? mentions.resolve(a, b, m.pos()) : null;
  }

  private static boolean plural(String noun) {
    return noun.length() > 3 && (noun.endsWith("s") || noun.endsWith("x")) && !noun.endsWith("ss")
        && Lexicon.DOCUMENT_NOUNS.contains(noun) && !noun.equals("analysis") && !noun.equals("avis");
  }

  private static boolean isDocument(String[] keys) {
    for (String k : keys) if (Lexicon.DOCUMENT_NOUNS.contains(k)) return true;
    return false;
  }
}
