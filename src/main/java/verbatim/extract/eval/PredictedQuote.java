package verbatim.extract.eval;

/**
 * One predicted quotation in the scorer's PRED format.
 *
 * @param start   String (UTF-16) index of the first character, or null when only the text is known
 * @param end     String index just past the last character, or null
 * @param text    the quoted text, may be null
 * @param speaker predicted speaker name, or null
 * @param kind    predicted kind ("direct" when unknown)
 * @param sieve   the attribution rule that chose the speaker, or null (ignored by the reference scorer)
 */
public record PredictedQuote(Integer start, Integer end, String text, String speaker, String kind, String sieve) {
  public PredictedQuote {
    kind = kind == null ? "direct" : kind;
  }

  /** A prediction without a recorded attribution rule. */
  public PredictedQuote(Integer start, Integer end, String text, String speaker, String kind) {
    this(start, end, text, speaker, kind, null);
  }
}
