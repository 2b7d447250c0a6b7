package verbatim.extract;

/**
 * A quote in marks as the sieves see it: the grammar of its text and the tokens of its opening and closing marks.
 *
 * @param g     the readers over the text's tokens
 * @param open  the token of the opening mark
 * @param close the token of the closing mark
 */
record QuoteContext(Grammar g, int open, int close) {
  /** Whether the text is French (the sieves for French constructions ask before anything else). */
  boolean french() {
    return "fr".equals(g.language);
  }

  /** The first token of the sentence holding the opening mark. */
  int sentenceStart() {
    return g.sentences.start(open);
  }

  /** The end of the sentence holding the opening mark. */
  int sentenceEnd() {
    return g.sentences.end(open);
  }
}
