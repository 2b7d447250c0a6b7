package verbatim.extract;

import java.util.function.Predicate;

/**
 * The subject of a sentence is the likeliest antecedent of a subject pronoun in the sentences after it, more than a
 * person named after its verb: "Mme Roy rencontrera lundi la chancelière, Anne Morel. (…) « … », a-t-elle dit" is
 * Mme Roy's, though Anne Morel is named last. Without a parser the subject is the first person named (not after a
 * preposition nor as a possessive) in the sentence, and only when no clause boundary (a conjunction, a relative
 * pronoun, a semicolon) lies between it and the later name, which then sits in the same clause as its object or in
 * apposition to it. A sentence opened by a subordinator ("Quand X …, Y …", "When X …") is left alone: its first name
 * is the subject of the subordinate clause.
 */
final class PronounSubject {
  /** A sentence is read back at most this many tokens from the later name. */
  private static final int MAX_BACK = 80;

  private PronounSubject() {}

  /**
   * The candidate person named first as the subject of the sentence in which {@code named} is last named before pos,
   * when named sits later in the same clause; else named itself.
   */
  static Entity prefer(EntityRegistry registry, Entity named, int pos, Predicate<Entity> candidate, Tokens t) {
    if (t == null) return named;
    int m = named.lastSubjectMentionBefore(pos);
    if (m < 0) m = named.lastMentionBefore(pos);
    if (m < 0) return named;
    int km = t.at(m);
    int ss = km;
    while (ss > 0 && ss > km - MAX_BACK && !t.endsSentence(ss - 1)) ss--;
    if (t.isWord(ss) && isSubordinator(t.lower(ss))) return named;
    int clauseStart = ss;
    for (int k = ss; k < km; k++) if (isBoundary(t, k) && !nonRestrictiveRelative(t, k)) clauseStart = k + 1;
    Entity self = registry.fullest(named);
    Entity first = null;
    int firstPos = m;
    for (Entity e : registry.all()) {
      if (!candidate.test(e) || registry.fullest(e) == self) continue;
      for (int x : e.subjectMentions) {
        if (x >= t.start[clauseStart] && x < firstPos) {
          first = e;
          firstPos = x;
        }
      }
    }
    return first == null ? named : first;
  }

  /**
   * Whether the name mentioned at text offset m sits in a relative clause set off by a comma after the quote (or
   * mention) at text offset from, in the same sentence: in "« … », dit X, qui a reçu Y." Y is the relative clause's
   * object and X, the speaker, stays the subject a later "il" takes up.
   */
  static boolean inRelativeAfter(Tokens t, int from, int m) {
    if (t == null || m <= from) return false;
    int kf = t.at(from);
    for (int k = t.at(m) - 1; k > kf; k--) {
      if (t.quote != null && t.quote[k] >= 0) continue;
      if (t.endsSentence(k)) return false;
      if (nonRestrictiveRelative(t, k)) return true;
    }
    return false;
  }

  private static boolean isBoundary(Tokens t, int k) {
    if (t.type[k] == Tokens.PUNCT) return t.ch(k) == ';' || t.ch(k) == ':' || t.ch(k) == '(';
    if (!t.isWord(k)) return false;
    return switch (t.lower(k)) {
      case "et", "mais", "ou", "puis", "car", "qui", "que", "qu'", "dont", "où", "quand", "lorsque", "lorsqu'",
          "tandis", "alors", "and", "but", "or", "then", "who", "whom", "whose", "which", "that", "when", "while",
          "whereas", "because", "after", "before" -> true;
      default -> false;
    };
  }

  /**
   * "X, qui a rencontré Y, …", "X, who met Y": a relative clause set off by a comma is embedded in the main clause
   * and describes X, so the main clause (and its subject X) goes on through it; Y is only its object.
   */
  private static boolean nonRestrictiveRelative(Tokens t, int k) {
    if (!t.isWord(k) || k == 0 || !t.isPunct(k - 1, ',')) return false;
    return switch (t.lower(k)) {
      case "qui", "dont", "who", "whose" -> true;
      default -> false;
    };
  }

  private static boolean isSubordinator(String w) {
    return switch (w) {
      case "quand", "lorsque", "lorsqu'", "si", "s'", "comme", "alors", "bien", "tandis", "puisque", "puisqu'",
          "parce", "après", "avant", "dès", "depuis", "when", "while", "if", "as", "although", "though", "because",
          "since", "after", "before", "once", "until", "whereas" -> true;
      default -> false;
    };
  }
}
