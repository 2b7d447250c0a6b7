package verbatim.extract;

import static verbatim.extract.Attribution.mention;

/**
 * The subject a coordinated or participle cue shares with its clause: the clause's first name or pronoun, past
 * prepositional objects, datelines and a modifier name before a role ("Chinese foreign ministry spokeswoman Mei Lin").
 */
final class ClauseSubjects {
  private ClauseSubjects() {}

  /** The first name or pronoun of the clause [floor, to): the subject a coordinated cue verb shares. */
  static Attribution first(Tokens t, int floor, int to) {
    for (int x = floor; x < to && x < floor + 12; x++) {
      if (t.quote[x] >= 0 || !t.isWord(x)) continue;
      String w = t.lower(x);
      if (Lexicon.PRONOUNS.contains(w) && !w.equals("it")) return mention(x, x + 1);
      Attribution quantified = NounComplements.quantified(t, x, to);
      if (quantified != null) return quantified;
      if (Names.nameWord(t, x)) {
        int e = Names.runEnd(t, x);
        int[] named = x > floor ? Apposition.nameAfter(t, floor, e, to) : null;
        if (named != null) return mention(named[0], named[1]);
        // Not the object of a preposition ("In a statement, IRCC …" keeps IRCC).
        if (x > floor && t.isWord(x - 1) && MentionWords.stopsMention(t.lower(x - 1))) {
          x = e - 1;
          continue;
        }
        // A dateline ("STRASBOURG | …", "OTTAWA — …") is where, not who.
        if (e < to && t.type[e] == Tokens.PUNCT && (t.ch(e) == '|' || t.ch(e) == '—' || t.ch(e) == '–')) {
          x = e;
          continue;
        }
        // "le chef de l'État", "le maire de Laval": a name after de is the complement of a role noun, whose
        // phrase is the subject; a complement of any other noun is skipped.
        int head = RoleComplement.roleBefore(t, x, floor);
        if (head >= 0) return mention(head, e);
        if (head == RoleComplement.OTHER_NOUN) {
          x = e - 1;
          continue;
        }
        return roleThenName(t, x, e, to);
      }
    }
    return null;
  }

  /** "Chinese foreign ministry spokeswoman Mei Lin": a modifier name [x, e), then role words, then the name. */
  private static Attribution roleThenName(Tokens t, int x, int e, int to) {
    int j = e;
    boolean role = false;
    while (j < to && j < e + 4 && t.isWord(j) && !t.isCapitalised(j) && t.quote[j] < 0) {
      String y = t.lower(j);
      if (Lexicon.isCue(y) || MentionWords.stopsMention(y)) break;
      role |= Lexicon.ROLE_NOUNS.contains(y);
      j++;
    }
    if (role && j < to && Names.nameWord(t, j)) return mention(j, Names.runEnd(t, j));
    return mention(x, e);
  }
}
