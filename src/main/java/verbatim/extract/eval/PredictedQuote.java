package verbatim.extract.eval;

/**
 * One predicted quotation in the scorer's PRED format.
 *
 * @param start   String (UTF-16) index of the first character, or null when only the text is known
 * @param end     String index just past the last character, or null
 * @param text    the quoted text, may be null
 * @param speaker predicted speaker name, or null
 * @param kind    predicted kind ("direct" when unknown)
 */
public record PredictedQuote(Integer start, Integer end, String text, String speaker, String kind) {
  public PredictedQuote {
    kind = kind == null ? "direct" : kind;
  }
}
