package verbatim.extract;

/**
 * Social-network handles («@ProfJulie», "@marc_prof2"): the name a post's author goes by. Set as the subject of a
 * speech verb («…» demande encore @marc_prof2) the handle is the speaker, like a name, even in lower case.
 */
final class Handles {

  private Handles() {
  }

  /** Whether token k is an '@' glued to the word after it. */
  static boolean opensAt(Tokens t, int k) {
    return k >= 0 && k + 1 < t.size && t.isPunct(k, '@') && t.isWord(k + 1) && t.start[k + 1] == t.end[k];
  }

  /** Whether word k is the first word of a handle: an '@' glued before it. */
  static boolean startsWith(Tokens t, int k) {
    return opensAt(t, k - 1);
  }

  /** The token after the handle whose first word is k: words, digits and underscores glued together. */
  static int end(Tokens t, int k) {
    int e = k + 1;
    while (e < t.size && t.start[e] == t.end[e - 1] && (t.isWord(e) || t.isPunct(e, '_'))) e++;
    return e;
  }

  /** The handle as written, '@' included, whose first word is k. */
  static String text(Tokens t, int k) {
    return t.text.substring(t.start[k - 1], t.end[end(t, k) - 1]);
  }
}
