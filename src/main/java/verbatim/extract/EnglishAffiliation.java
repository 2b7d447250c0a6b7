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
    return Lexicon.ORG_WORDS.contains(t.lower(last)) || Names.nameWord(t, last) ? last : -1;
  }
}
