package verbatim.extract;

/**
 * A speaker mention: tokens [from, to) trimmed to its words (a leading article dropped when more follows),
 * attributing a quote at text offset pos.
 */
record Mention(int from, int to, int pos) {

  /** The mention in tokens [from, to), trimmed; null when no word is left. */
  static Mention trim(Tokens t, int from, int to, int pos) {
    while (from < to && (t.type[from] != Tokens.WORD || WordClasses.isDefinite(t.lower(from)) && to - from > 1)) from++;
    while (to > from && t.type[to - 1] != Tokens.WORD) to--;
    return from >= to ? null : new Mention(from, to, pos);
  }

  /**
   * The subject pronoun the mention is: a lone pronoun ("he", "elle") or an inverted subject clitic ("a-t-il",
   * "dit-elle"), which is the subject even next to its verb; else null.
   */
  String pronoun(Tokens t) {
    if (to - from == 1 && Lexicon.PRONOUNS.contains(t.lower(from))) return t.lower(from);
    for (int k = from; k < to; k++) {
      String clitic = WordClasses.invertedClitic(t.lower(k));
      if (clitic != null) return clitic;
    }
    return null;
  }

  /** The word right before the mention (its determiner, when the trim dropped one), or "". */
  String wordBefore(Tokens t) {
    return from > 0 && t.isWord(from - 1) ? t.lower(from - 1) : "";
  }

  /** Its length in tokens. */
  int size() {
    return to - from;
  }
}
