package verbatim.extract;

/**
 * The readers over one text's tokens that the attribution sieves share: sentence bounds, cues, mentions and
 * reporting clauses, for one reading mode (outside quote marks, or inside a quote to read an incise). Immutable.
 */
final class Grammar {

  final Tokens t;
  final String language;
  final Sentences sentences;
  final CueReader cues;
  final MentionReader mentions;
  final CueClause clauses;
  private final boolean[] labels;

  /**
   * @param t           the tokens, their quote index filled
   * @param language    "en" or "fr"
   * @param labels      per quote span, whether it is a label; filled by the caller in text order
   * @param insideQuote whether cues and mentions may lie inside quote marks (reading an incise)
   */
  Grammar(Tokens t, String language, boolean[] labels, boolean insideQuote) {
    this.t = t;
    this.language = language;
    this.labels = labels;
    this.sentences = new Sentences(t);
    this.cues = new CueReader(t, language, insideQuote);
    this.mentions = new MentionReader(t, cues, labels, insideQuote);
    this.clauses = new CueClause(t, language, cues, mentions);
  }

  /** The same readers, reading inside quote marks: for the incise of a French quote. */
  Grammar insideQuote() {
    return new Grammar(t, language, labels, true);
  }
}
