package verbatim.extract;

/** Direct or partial: a quote opening with a capital or a digit, or holding more than one sentence, is direct. */
final class QuoteKinds {

  private QuoteKinds() {}

  /** The kind of a quote in marks, from its text. */
  static Quote.Kind of(String body) {
    int i = 0;
    while (i < body.length() && !Character.isLetterOrDigit(body.charAt(i))) i++;
    boolean upper = i < body.length() && (Character.isUpperCase(body.charAt(i)) || Character.isDigit(body.charAt(i)));
    if (upper || multiSentence(body)) return Quote.Kind.DIRECT;
    return Quote.Kind.PARTIAL;
  }

  private static boolean multiSentence(String body) {
    for (int i = 0; i + 2 < body.length(); i++) {
      char c = body.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && body.charAt(i + 1) == ' ' && Character.isUpperCase(body.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }
}
