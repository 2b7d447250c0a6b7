package verbatim.extract.reported;

import static verbatim.extract.reported.EnglishWords.*;

/**
 * The speaker's noun phrase of an English cue, as token ranges {from, to}: walking back from the cue over adverbs
 * and auxiliaries ("McCallum has also said"), a name set off by commas ("Ken Njoroge, chief executive of …, said"),
 * a subject holding prepositions ("a guard present during the attack told"), the sentence's opening subject.
 */
final class EnglishMentions {
  /** Words after which an English cue word is no verb: articles and possessive determiners. */
  private static final java.util.Set<String> ARTICLES_AND_POSSESSIVES = java.util.Set.of("the", "a", "an", "its",
      "his", "her", "their", "our", "my", "your");

  private final SentenceTokens tk;
  private final int from;

  EnglishMentions(Sentence s) {
    this.tk = s.tk;
    this.from = s.from;
  }

  /** Walks back from the cue over auxiliaries and the speaker's noun phrase: [ms, me) or null. */
  Mention mentionBefore(int i) {
    int k = skipAdverbs(i - 1);
    if (k < from) return null;
    if (tk.word[k] && EN_BLOCKERS.contains(tk.low[k])) return null;
    if (tk.word[k] && tk.low[k].endsWith("n't")) return null;
    if (tk.word[k] && (tk.low[k].endsWith("'s") || tk.low[k].endsWith("s'")) && !tk.capitalized(k)
        || (!tk.word[k] && (tk.first(k) == '\'' || tk.first(k) == '’'))) {
      return null; // "the mayor's claims": a noun, not a cue
    }
    // "the alleged violation", "Norland's alleged breach": after an article or a possessive the cue word is an
    // adjective or a noun ("some said", "one said" stay: those determiners also stand alone as subjects).
    if (tk.word[k] && ARTICLES_AND_POSSESSIVES.contains(tk.low[k])) return null;
    if (tk.word[k] && tk.capitalized(k) && (tk.low[k].endsWith("'s") || tk.low[k].endsWith("’s"))
        && tk.low[i].endsWith("ed") && i + 1 < tk.n && tk.word[i + 1] && !tk.capitalized(i + 1)
        && !tk.low[i + 1].equals("that") && !EN_DETERMINERS.contains(tk.low[i + 1])
        && !EN_SUBJECT_PRONOUNS.contains(tk.low[i + 1])) {
      // ("Moody's noted that …": a firm's name in -'s before a verb and its clause stays a subject.)
      return null;
    }
    if (tk.word[k] && NOUN_SAY_BEFORE.contains(tk.low[k]) && !tk.low[i].endsWith("d")) return null;
    if (tk.comma(k)) return apposition(k);
    int me = k + 1;
    // relative "…, who said": the speaker is the phrase before the comma
    if (tk.word[k] && (tk.low[k].equals("who") || tk.low[k].equals("which")) && k - 1 > from && tk.comma(k - 1)) {
      if (k - 2 >= from && tk.capitalized(k - 2)) {
        Mention np = phraseEndingAt(k - 2);
        if (np != null) return np;
      }
      return apposition(k - 1);
    }
    Mention np = phraseEndingAt(k);
    if (np == null) return null;
    int before = np.from() - 1;
    if (before >= from && tk.word[before] && EN_MENTION_BLOCKERS.contains(tk.low[before])) return null;
    if (np.to() != me) return null;
    Mention head = headBeforePreposition(np);
    return head != null ? head : np;
  }

  /** Prepositions whose phrase, between a sentence-opening subject and its cue, modifies that subject. */
  private static final java.util.Set<String> SUBJECT_PREPOSITIONS = java.util.Set.of("in", "at", "on", "from");

  /**
   * "Acme Steel Ltd. in Toronto said", "One trader at a U.S. brokerage house said": when the phrase before the cue
   * follows in/at/on/from and what precedes that preposition is a noun phrase opening the sentence, the phrase is a
   * complement of that subject, not the speaker. A named subject ends before the preposition (the place is where it
   * is, not part of its name); a described one keeps its complement ("an officer on the bond desk"); null when the
   * shape does not hold.
   */
  private Mention headBeforePreposition(Mention np) {
    int p = np.from() - 1;
    if (p - 1 <= from || !tk.word[p] || !SUBJECT_PREPOSITIONS.contains(tk.low[p])) return null;
    int h = p - 1;
    if (tk.punct(h, '.') && tk.word[h - 1] && tk.capitalized(h - 1)) h--; // "Ltd." "Inc."
    Mention head = phraseEndingAt(h);
    int start = from;
    while (start < p && !tk.word[start]) start++;
    if (head == null || head.from() != start || EN_PRONOUN_MENTIONS.contains(tk.low[head.from()])) return null;
    boolean named = false;
    for (int x = head.from() + 1; x <= h; x++) named |= tk.word[x] && tk.capitalized(x);
    if (!named) return new Mention(head.from(), np.to());
    // "Acme Ltd. in Toronto": a named subject's complement is a place name; "The Man on the Moon star" is one
    // phrase whose head noun comes last.
    return tk.capitalized(h) && tk.capitalized(np.to() - 1) ? new Mention(head.from(), p) : null;
  }

  /**
   * The subject before "X, Y, said": a name set off by commas ("His lawyers, Ann Roy and Ed Lee, said") or
   * the phrase before a description ("Ken Njoroge, chief executive of …, said").
   */
  Mention apposition(int comma) {
    int c2 = comma - 1;
    while (c2 > from && !tk.comma(c2) && comma - c2 < 9 && (tk.word[c2] || tk.punct(c2, '.')
        || tk.punct(c2, '\'') || tk.punct(c2, '’') || tk.punct(c2, '-'))) {
      c2--;
    }
    if (c2 > from && tk.comma(c2) && c2 + 1 < comma && tk.capitalized(c2 + 1)) {
      boolean name = true;
      for (int t = c2 + 1; t < comma; t++) {
        if (tk.word[t] && !tk.capitalized(t) && !tk.low[t].equals("and") && !tk.low[t].equals("of")) name = false;
      }
      if (name) {
        Mention person = TITLES.contains(tk.low[comma - 1]) ? personBefore(c2) : null;
        return person != null ? person : new Mention(c2 + 1, comma);
      }
    }
    // the sentence's opening phrase, up to its first comma: "Ken Njoroge, chief executive of …, said"
    int s = from;
    while (s < comma && !tk.word[s]) s++;
    if (s >= comma || EN_MENTION_STOPS.contains(tk.low[s]) || EN_ADJUNCTS.contains(tk.low[s])) return null;
    int e = s;
    while (e < comma && !tk.comma(e) && e - s < 9) {
      if (tk.word[e] && EN_VERBISH.contains(tk.low[e]) && !tk.capitalized(e)) return null;
      if (!tk.word[e] && !tk.punct(e, '.') && !tk.punct(e, '\'') && !tk.punct(e, '’')) return null;
      e++;
    }
    if (!tk.comma(e) || e == s) return null;
    if (EN_PRONOUN_MENTIONS.contains(tk.low[s]) && e > s + 1) return null;
    return new Mention(s, e);
  }

  /** Role nouns, the head of a title ("Finance Minister"). */
  private static final java.util.Set<String> TITLES = verbatim.extract.base.WordList.set("lexicon/role-nouns.txt");

  /**
   * "Kiichi Mori, Norland's Finance Minister, said": a title set off by commas after a person's name describes that
   * person, who is the subject. The name before the comma at c2 (2-4 capitalised words, opening the sentence or
   * after a comma, none of them a title or a possessive), or null.
   */
  private Mention personBefore(int c2) {
    int e = c2;
    int s = e;
    while (s - 1 >= from && e - s < 4 && tk.word[s - 1] && tk.capitalized(s - 1)) s--;
    if (e - s < 2 || s - 1 >= from && !tk.comma(s - 1)) return null;
    for (int k = s; k < e; k++) {
      if (TITLES.contains(tk.low[k]) || tk.low[k].endsWith("'s") || tk.low[k].endsWith("’s")) return null;
    }
    return new Mention(s, e);
  }

  /**
   * "the Gazette quoted Ann Moss as saying …", "a report quoting an unnamed official as saying …": English news
   * credits words taken from another outlet to the person quoted, not to the outlet. The phrase between
   * quoted/quoting/quotes and "as" before the participle at i, or null.
   */
  Mention quotedAs(int i) {
    if (i - 2 <= from || !tk.word[i - 1] || !tk.low[i - 1].equals("as")) return null;
    for (int v = i - 3; v >= from && v >= i - 10; v--) {
      if (!tk.word[v] && !tk.punct(v, '.')) return null;
      String w = tk.low[v];
      if (w.equals("quoted") || w.equals("quoting") || w.equals("quotes")) return new Mention(v + 1, i - 1);
    }
    return null;
  }

  /** The noun phrase whose last token is {@code k}: [start, k + 1), or null. */
  Mention phraseEndingAt(int k) {
    if (k < from || !tk.word[k]) return null;
    String last = tk.low[k];
    if (EN_MENTION_STOPS.contains(last) || EN_DETERMINERS.contains(last) || EN_BLOCKERS.contains(last)) {
      return null;
    }
    if (EN_PRONOUN_MENTIONS.contains(last) || last.equals("you")) {
      return last.equals("you") ? null : new Mention(k, k + 1);
    }
    int s = k;
    int count = 1;
    while (s - 1 >= from && count < 9) {
      int p = s - 1;
      if (!tk.word[p]) {
        char c = tk.first(p);
        if ((c == '.' && p > from && tk.word[p - 1] && tk.end[p - 1] == tk.start[p]
            && tk.capitalized(p - 1)) || c == '\'' || c == '’' || c == '&') {
          s = p; // "Mr." "Dr." "U.S."
          continue;
        }
        break;
      }
      String w = tk.low[p];
      if (EN_DETERMINERS.contains(w)) {
        s = p;
        int head = personBeforeComplement(p);
        if (head < 0) break;
        s = head; // "a spokesman for the Metal Union": the complement's article is not where the phrase starts
        break;
      }
      if (EN_MENTION_STOPS.contains(w) || EN_PRONOUN_MENTIONS.contains(w) || EN_CUES.containsKey(w)
          || EN_BLOCKERS.contains(w) || EN_BETWEEN.contains(w)) {
        break;
      }
      s = p;
      count++;
    }
    while (s <= k && !tk.word[s]) s++;
    if (s > k) return null;
    return new Mention(s, k + 1);
  }

  /** Index of the first token at or before {@code k} that is not an adverb in -ly or an EN_BETWEEN word. */
  int skipAdverbs(int k) {
    while (k >= from && tk.word[k] && !tk.capitalized(k)) {
      if (isLyAdverb(tk.low[k]) || EN_BETWEEN.contains(tk.low[k]) && !tk.low[k].equals("told")) {
        k--;
      } else if (tk.low[k].equals("far") && k - 1 >= from && tk.word[k - 1]
          && (tk.low[k - 1].equals("so") || tk.low[k - 1].equals("thus"))) {
        k -= 2; // "Producers have so far maintained": an adverb of two words
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * Start of a subject phrase between a pause and the cue that holds prepositions ("a guard present during the
   * attack"), or -1: at most ten words, no auxiliary, starting with a determiner or a capital.
   */
  int describedSubject(int i) {
    int p = i - 1;
    while (p > from && tk.word[p] && i - p <= 10 && !EN_VERBISH.contains(tk.low[p])
        && !EN_CUES.containsKey(tk.low[p]) && !EN_PRONOUN_MENTIONS.contains(tk.low[p])) {
      p--;
    }
    if (p <= from || !tk.pause(p) || p + 1 >= i - 1) return -1;
    String first = tk.low[p + 1];
    if (!(EN_DETERMINERS.contains(first) || tk.capitalized(p + 1))) return -1;
    return p + 1;
  }

  /** The subject at the start of the sentence: a pronoun or a run of capitalised words. */
  Mention sentenceSubject(int limit) {
    int s = from;
    while (s < limit && !tk.word[s]) s++;
    if (s >= limit) return null;
    if (EN_PRONOUN_MENTIONS.contains(tk.low[s])) return new Mention(s, s + 1);
    if (EN_MENTION_STOPS.contains(tk.low[s]) || EN_ADJUNCTS.contains(tk.low[s])) return null;
    int e = s;
    if (EN_DETERMINERS.contains(tk.low[e])) e++;
    int capStart = e;
    while (e < limit && (tk.capitalized(e) || (!tk.word[e] && tk.first(e) == '.' && e > capStart))) e++;
    if (e == capStart) {
      // "The utility warned …": determiner and one noun
      if (e > s && e < limit && tk.word[e]) return new Mention(s, e + 1);
      return null;
    }
    // "U.S. officials refused …", "West German bankers": names before a person noun modify it; the noun is the head.
    if (e < limit && tk.word[e] && isPersonNoun(tk.low[e])) e++;
    return new Mention(s, e);
  }

  private static final java.util.Set<String> ROLE_NOUNS =
      verbatim.extract.base.WordList.set("lexicon/role-nouns.txt");

  /**
   * "a spokesman for the union", "an adviser to the board", "an official of the ministry": when the article at d
   * opens the complement of a person noun, the start of that person's phrase (its own article), else -1.
   */
  private int personBeforeComplement(int d) {
    int prep = d - 1, head = d - 2;
    if (head - 1 < from || !tk.word[prep] || !tk.word[head] || !tk.word[head - 1]) return -1;
    String p = tk.low[prep];
    if (!(p.equals("for") || p.equals("to") || p.equals("of") || p.equals("at"))) return -1;
    String h = tk.low[head];
    if (!(isPersonNoun(h) || ROLE_NOUNS.contains(h))) return -1;
    for (int k = head - 1; k >= from && k >= head - 3 && tk.word[k]; k--) {
      if (EN_DETERMINERS.contains(tk.low[k])) return k;
      if (EN_MENTION_STOPS.contains(tk.low[k]) || EN_CUES.containsKey(tk.low[k])) return -1;
    }
    return -1;
  }

  private static final java.util.Set<String> PERSON_NOUNS =
      verbatim.extract.base.WordList.set("lexicon/person-nouns-en.txt");

  /** A person noun, singular or plural ("official", "officials", "bankers"). */
  private static boolean isPersonNoun(String w) {
    return PERSON_NOUNS.contains(w) || w.endsWith("s") && PERSON_NOUNS.contains(w.substring(0, w.length() - 1));
  }

  boolean closingQuote(int t) {
    if (tk.word[t]) return false;
    char c = tk.first(t);
    return c == '”' || c == '»' || (c == '"' && !tk.quoted[t]);
  }
}
