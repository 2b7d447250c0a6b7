package verbatim.extract;

/**
 * Direct or partial: a quote opening with a capital, or holding more than one sentence, is direct; one opening with a
 * digit is a figure quoted inside the writer's sentence («12 millions de dollars», “40 per cent”) unless it carries a
 * sentence's end punctuation.
 */
final class QuoteKinds {

  private QuoteKinds() {}

  /** The kind of a quote in marks, from its text. */
  static Quote.Kind of(String body) {
    int i = 0;
    while (i < body.length() && !Character.isLetterOrDigit(body.charAt(i))) i++;
    boolean upper = i < body.length() && Character.isUpperCase(body.charAt(i));
    boolean digitSentence = i < body.length() && Character.isDigit(body.charAt(i)) && endsLikeASentence(body);
    if (upper || digitSentence || multiSentence(body)) return Quote.Kind.DIRECT;
    return Quote.Kind.PARTIAL;
  }

  private static boolean endsLikeASentence(String body) {
    int j = body.length() - 1;
    while (j >= 0 && !Character.isLetterOrDigit(body.charAt(j)) && body.charAt(j) != '.' && body.charAt(j) != '!'
        && body.charAt(j) != '?') {
      j--;
    }
    return j >= 0 && (body.charAt(j) == '.' || body.charAt(j) == '!' || body.charAt(j) == '?');
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
