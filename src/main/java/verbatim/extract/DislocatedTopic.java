package verbatim.extract;

/**
 * "Quant à la direction, elle affirme …", "As for the union, it says …": a topic set out at the head of a sentence
 * and taken up by a subject pronoun is that pronoun's referent, whoever spoke last. French and English mark it the
 * same way: "quant à" / "as for", the topic, a comma, then the pronoun.
 */
final class DislocatedTopic {
  /** The most tokens a topic runs before its comma (a name with a title, a described group). */
  private static final int MAX_TOPIC = 8;

  private DislocatedTopic() {}

  /**
   * The topic's tokens when the subject pronoun at {@code pronoun} takes up a "quant à X," / "as for X," opening
   * its sentence (an apposition after the topic may stand before the pronoun); null otherwise, and for a
   * pronoun topic ("Quant à lui, il …"), which says nothing new.
   */
  static Attribution before(Tokens t, int pronoun, int floor) {
    if (pronoun < 1 || !t.isPunct(pronoun - 1, ',')) return null;
    for (int x = pronoun - 2; x >= Math.max(floor, 0) && pronoun - x <= 2 * MAX_TOPIC; x--) {
      if (t.quote[x] >= 0 || t.endsSentence(x)) return null;
      int from = topicStart(t, x);
      if (from < 0) continue;
      if (x > 0 && x > floor && !t.endsSentence(x - 1)) return null;
      int to = from;
      while (to < pronoun - 1 && !t.isPunct(to, ',') && to - from < MAX_TOPIC) to++;
      if (to == from || !t.isPunct(to, ',')) return null;
      if (to - from == 1 && (Lexicon.PRONOUNS.contains(t.lower(from)) || isStressedPronoun(t.lower(from)))) return null;
      return Attribution.mention(from, to);
    }
    return null;
  }

  /** Where the topic starts when the tokens at x read "quant à/au/aux" or "as for"; else -1. */
  private static int topicStart(Tokens t, int x) {
    if (x + 2 >= t.size || !t.isWord(x) || !t.isWord(x + 1)) return -1;
    String w = t.lower(x);
    String next = t.lower(x + 1);
    if (w.equals("quant")) {
      // "au"/"aux" swallow the topic's article: the topic is the noun after them ("Quant au gouvernement")
      if (next.equals("à")) return x + 2;
      return next.equals("au") || next.equals("aux") ? x + 2 : -1;
    }
    return w.equals("as") && next.equals("for") ? x + 2 : -1;
  }

  private static boolean isStressedPronoun(String w) {
    return switch (w) {
      case "lui", "elle", "eux", "elles", "moi", "nous", "vous", "him", "her", "them" -> true;
      default -> false;
    };
  }
}
