package verbatim.extract.reported;

import static verbatim.extract.reported.FrenchWords.FR_AUX;
import static verbatim.extract.reported.FrenchWords.FR_CUES;
import static verbatim.extract.reported.FrenchWords.FR_FAIRE;
import static verbatim.extract.reported.FrenchWords.FR_PRONOUNS;

/**
 * Reads one French sentence left to right and hands each cue to the part that knows its shape: "selon X" /
 * "d'après X", an inverted cue with its pronoun ("indique-t-il", "a-t-elle précisé"), a cue verb ("a affirmé que",
 * "estime X", "a fait savoir que").
 */
final class FrenchSentence {
  private FrenchSentence() {}

  static void scan(Sentence s) {
    if (s.question()) return;
    SentenceTokens tk = s.tk;
    int from = s.from;
    FrenchIncise incise = null;
    FrenchCue cue = null;
    int end = s.contentEnd();
    for (int i = from; i < end; i++) {
      if (!tk.word[i] || tk.quoted[i]) continue;
      String w = tk.low[i];
      if ((w.equals("selon") || w.equals("d'après")) || (w.equals("d'") && i + 1 < end
          && tk.low[i + 1].equals("après"))) {
        int np = w.equals("d'") ? i + 2 : i + 1;
        new Selon(s).read(i, np, end);
        continue;
      }
      if (w.indexOf('-') > 0) {
        if (incise == null) incise = new FrenchIncise(s);
        if (invertedCue(tk, incise, i, end)) continue;
      }
      // the cue readers are made once a cue turns up: most sentences have none
      if (FR_CUES.contains(w)
          || (w.equals("savoir") || w.equals("valoir")) && i > from && FR_FAIRE.contains(tk.low[i - 1])) {
        if (incise == null) incise = new FrenchIncise(s);
        if (cue == null) cue = new FrenchCue(s, new FrenchMentions(s), incise);
        cue.read(i, end); // also "a fait savoir que", "fait valoir que"
      }
    }
  }

  /**
   * Inverted cues "indique-t-il", "a-t-elle précisé", "ont-ils affirmé": whether the word at {@code i} is a verb
   * with a subject pronoun glued to it (then no other rule reads it).
   */
  private static boolean invertedCue(SentenceTokens tk, FrenchIncise incise, int i, int end) {
    String w = tk.low[i];
    int hyphen = w.indexOf('-');
    if (hyphen <= 0) return false;
    String stem = w.substring(0, hyphen);
    String suffix = w.substring(hyphen + 1).replace("t-", "");
    if (!FR_PRONOUNS.contains(suffix)) return false;
    if (FR_CUES.contains(stem) && !FR_AUX.contains(stem)) {
      incise.read(i, i + 1, end, pronounMention(tk, i));
    } else if (FR_AUX.contains(w) && i + 1 < end && FR_CUES.contains(tk.low[i + 1])) {
      incise.read(i, i + 2, end, pronounMention(tk, i));
    }
    return true;
  }

  /** The pronoun inside "a-t-il" / "indique-t-elle", as character offsets {start, end}. */
  private static int[] pronounMention(SentenceTokens tk, int i) {
    String raw = tk.text.substring(tk.start[i], tk.end[i]);
    int h = raw.lastIndexOf('-');
    return new int[] {tk.start[i] + h + 1, tk.end[i]};
  }
}
