package verbatim.extract;

/**
 * A speaker mention and cue found for a quote: the mention as tokens [from, to), or an inverted pronoun ("dit-il")
 * with from and to at -1, the cue's text, and the name of the sieve that found it (null until a sieve claims it).
 */
record Attribution(int from, int to, String pronoun, String cue, String sieve) {

  Attribution(int from, int to, String pronoun, String cue) {
    this(from, to, pronoun, cue, null);
  }

  /** A mention alone, with no cue: what the mention readers return. */
  static Attribution mention(int from, int to) {
    return new Attribution(from, to, null, null);
  }

  Attribution as(String rule) {
    return new Attribution(from, to, pronoun, cue, rule);
  }
}
