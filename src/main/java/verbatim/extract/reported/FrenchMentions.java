package verbatim.extract.reported;

import static verbatim.extract.reported.FrenchWords.*;

/**
 * The speaker's noun phrase before a French cue, as token ranges {from, to}: walking back over auxiliaries and
 * adverbs ("Le ministre a également affirmé"), names with particles ("Jean de la Roche"), a pronoun, or the
 * sentence's opening phrase before an apposition or a relative ("Le ministre, qui était à Gaspé, a affirmé").
 */
final class FrenchMentions {
  private final SentenceTokens tk;
  private final int from;

  FrenchMentions(Sentence s) {
    this.tk = s.tk;
    this.from = s.from;
  }

  Mention mentionBefore(int i) {
    int k = i - 1;
    while (k >= from && tk.word[k] && (FR_BETWEEN.contains(tk.low[k]))) k--;
    if (k < from || !tk.word[k]) {
      if (k >= from && tk.comma(k)) return apposition(k); // "Le ministre, qui …, a affirmé que"
      return null;
    }
    String last = tk.low[k];
    if (FR_BLOCKERS.contains(last) || FR_MENTION_STOPS.contains(last) || FR_DETERMINERS.contains(last)) {
      return null;
    }
    if (FR_PRONOUNS.contains(last)) {
      if (k - 1 >= from && tk.word[k - 1] && FR_MENTION_BLOCKERS.contains(tk.low[k - 1])) return null;
      return new Mention(k, k + 1);
    }
    int s = k;
    int count = 1;
    while (s - 1 >= from && count < 9) {
      int p = s - 1;
      if (!tk.word[p]) {
        char c = tk.first(p);
        if (c == '.' && p > from && tk.capitalized(p - 1)) {
          s = p;
          continue;
        }
        break;
      }
      String w = tk.low[p];
      if (FR_DETERMINERS.contains(w)) {
        s = p;
        break;
      }
      if (w.equals("de") || w.equals("du") || w.equals("des") || w.equals("d'")) {
        s = p;
        count++;
        continue;
      }
      if (FR_MENTION_STOPS.contains(w) || FR_PRONOUNS.contains(w) || FR_CUES.contains(w)
          || FR_BLOCKERS.contains(w)) {
        break;
      }
      s = p;
      count++;
    }
    while (s <= k && !tk.word[s]) s++;
    if (s > k) return null;
    if (s - 1 >= from && tk.word[s - 1] && FR_MENTION_BLOCKERS.contains(tk.low[s - 1])) return null;
    return new Mention(s, k + 1);
  }

  /**
   * The subject before "X, qui …, a dit": the sentence's opening noun phrase up to its first comma, when the
   * words between that comma and the cue's comma open with a relative or hold a description ("Le ministre, qui
   * était à Gaspé, a affirmé", "Marie Roy, porte-parole de la ville, a indiqué").
   */
  private Mention apposition(int comma) {
    int s = from;
    while (s < comma && !tk.word[s]) s++;
    if (s >= comma || FR_MENTION_STOPS.contains(tk.low[s]) || FR_PRONOUNS.contains(tk.low[s])) return null;
    if (!(tk.capitalized(s))) return null;
    int e = s;
    while (e < comma && !tk.comma(e) && e - s < 9) {
      if (tk.word[e] && (FR_BLOCKERS.contains(tk.low[e]) || FR_CUES.contains(tk.low[e])
          || FR_AUX.contains(tk.low[e]))) {
        return null;
      }
      if (!tk.word[e] && !tk.punct(e, '.') && !tk.punct(e, '\'') && !tk.punct(e, '’') && !tk.punct(e, '-')) {
        return null;
      }
      e++;
    }
    if (e >= comma || !tk.comma(e) || e == s) return null;
    return new Mention(s, e);
  }
}
