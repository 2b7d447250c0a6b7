package verbatim.extract;

/**
 * English wire copy names a source by name and firm: "said Ann Moss of Bolton Steel", "Ann Moss at the Bolton
 * Bank said". The "of"/"at" phrase is the person's affiliation, not part of the name, so a person's name followed
 * by it is the speaker's name (the name ends where the affiliation begins), and every name inside the affiliation,
 * "and" included ("of Smith, Bell and Turben"), is the firm's.
 */
final class EnglishAffiliation {

  private EnglishAffiliation() {}

  /**
   * Whether the name run [from, to) ends on an affiliation phrase before mentionTo: two or more name words with
   * no organisation word, role noun or honorific among them, then "of" or "at" and a name or "the".
   */
  static boolean personBeforeAffiliation(Tokens t, int from, int to, int mentionTo) {
    if (to - from < 2 || to + 1 >= mentionTo || !t.isWord(to)) return false;
    String prep = t.lower(to);
    if (!prep.equals("of") && !prep.equals("at")) return false;
    if (!(Names.nameWord(t, to + 1) || t.isWord(to + 1) && t.lower(to + 1).equals("the"))) return false;
    for (int k = from; k < to; k++) {
      if (!t.isWord(k)) continue;
      String w = t.lower(k);
      if (!t.isCapitalised(k) || Lexicon.ORG_WORDS.contains(w) || Lexicon.ROLE_NOUNS.contains(w)
          || Lexicon.HONORIFICS.contains(w) || Lexicon.PLACE_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the name run at k follows "and" (or "&") right after a name that was a prepositional complement. */
  static boolean continuesComplement(Tokens t, int prepEnd, int k) {
    if (prepEnd < 0 || k != prepEnd + 1) return false;
    return t.isWord(prepEnd) && t.lower(prepEnd).equals("and") || t.isPunct(prepEnd, '&');
  }

  /** An employer phrase after "at" runs at most this many words ("at a major Swiss bank"). */
  private static final int MAX_EMPLOYER = 5;

  /**
   * "a securities dealer at a major Swiss bank": "at" after a person noun opens the person's workplace, part of the
   * description, when its noun phrase ends the clause on an organisation word or a name; "at a news conference"
   * (an event) stays out.
   *
   * @param k the mention's first token; j the token "at"
   * @return the last token of the workplace phrase, or -1 when "at" opens none
   */
  static int employerEnd(Tokens t, int k, int j, int limit) {
    if (j <= k || !t.isWord(j) || !t.lower(j).equals("at") || !t.isWord(j - 1)) return -1;
    String head = t.lower(j - 1);
    if (!Lexicon.PERSON_NOUNS_EN.contains(head) && !Lexicon.ROLE_NOUNS.contains(head)) return -1;
    int x = j + 1;
    int last = -1;
    while (x < limit && x <= j + MAX_EMPLOYER && t.isWord(x) && t.quote[x] < 0) {
      String w = t.lower(x);
      if (x > j + 1 && (MentionWords.stopsMention(w) || Lexicon.isCue(w)) && !t.isCapitalised(x)) break;
      last = x++;
    }
    if (last < 0 || x < t.size && t.isWord(x) && !Lexicon.isCue(t.lower(x))) return -1; // the phrase runs on
    // "at a U.S. Bank" cut at its abbreviation: no whole phrase to keep.
    if (x < t.size && t.isPunct(x, '.') && t.start[x] == t.end[last]
        && (t.str(last).indexOf('.') >= 0 || t.str(last).length() <= 2)) {
      return -1;
    }
    if (!Names.nameWord(t, last)) return Lexicon.ORG_WORDS.contains(t.lower(last)) ? last : -1;
    // A closing name must follow "at" or an article, which makes it the complement's, not the speaker's name
    // ("at a big Bolton Bank" would read as the firm speaking).
    int s = last;
    while (s > j + 1 && Names.nameWord(t, s - 1)) s--;
    return s == j + 1 || WordClasses.isDeterminer(t.lower(s - 1)) ? last : -1;
  }

  /** A title between a name and "of"/"at" runs at most this many lower-case words ("chief executive officer"). */
  private static final int MAX_TITLE = 4;

  /**
   * "Ann Moss, comptroller of Leeds City, told", "Kiichi Mori, Norland's Finance Minister, said": a title set off by
   * a comma after a person's name describes that person, who is the subject; the name inside the title is the
   * person's employer. Given the first token of the title's last part (the token after "of"/"at", or the title
   * itself), returns the last token of the person's name before the comma, or -1 when the shape does not hold.
   *
   * @param p the token before the name that ends the mention ("of", "at"), or the comma after the person's name
   */
  static int personBeforeTitle(Tokens t, int p, int floor) {
    int c = p;
    if (t.isWord(p) && !t.lower(p).equals("of") && !t.lower(p).equals("at")) return -1;
    if (t.isWord(p)) {
      c = p - 1;
      boolean title = false;
      while (c >= floor && c > p - 1 - MAX_TITLE && t.isWord(c) && !t.isCapitalised(c) && t.quote[c] < 0) {
        title |= Lexicon.ROLE_NOUNS.contains(t.lower(c)) || Lexicon.PERSON_NOUNS_EN.contains(t.lower(c));
        c--;
      }
      if (!title) return -1;
    }
    if (c - 1 < floor || !t.isPunct(c, ',') || t.quote[c - 1] >= 0) return -1;
    int e = c - 1;
    int s = e;
    while (s - 1 >= floor && Names.nameWord(t, s - 1)) s--;
    return personName(t, s, e + 1) ? e : -1;
  }

  /** Whether [from, to) is a person's name: 2-4 capitalised words, none a role, organisation or place word. */
  static boolean personName(Tokens t, int from, int to) {
    if (to - from < 2 || to - from > 4) return false;
    for (int k = from; k < to; k++) {
      String w = t.lower(k);
      if (!Names.nameWord(t, k) || Lexicon.ORG_WORDS.contains(w) || Lexicon.ROLE_NOUNS.contains(w)
          || Lexicon.PLACE_WORDS.contains(w) || Lexicon.HONORIFICS.contains(w) || w.endsWith("'s")) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word at k is a role noun: the head of a title ("Finance Minister"). */
  static boolean roleNoun(Tokens t, int k) {
    return t.isWord(k) && Lexicon.ROLE_NOUNS.contains(t.lower(k));
  }
}
