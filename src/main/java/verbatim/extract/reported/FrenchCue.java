package verbatim.extract.reported;

import static verbatim.extract.reported.FrenchWords.*;

/**
 * A French cue verb: "X a affirmé que …", "X estime que …", "X a fait savoir que …" (the clause after "que"), and
 * the inverted "…, estime X." / "…, a indiqué le ministre." (the clause before, the subject after).
 */
final class FrenchCue {
  private final Sentence sentence;
  private final SentenceTokens tk;
  private final int from;
  private final FrenchMentions mentions;
  private final FrenchIncise incise;

  FrenchCue(Sentence s, FrenchMentions mentions, FrenchIncise incise) {
    this.sentence = s;
    this.tk = s.tk;
    this.from = s.from;
    this.mentions = mentions;
    this.incise = incise;
  }

  /** "X a affirmé que …", "X estime que …" and the inverted "…, estime X." */
  void read(int i, int end) {
    if (i - 1 >= from && tk.word[i - 1] && tk.low[i - 1].indexOf('-') > 0 && FR_AUX.contains(tk.low[i - 1])) {
      return; // "a-t-il dit": an inverted cue, handled by scan
    }
    // inverted with a noun subject: "…, a indiqué le ministre." / "…, estime Jean Tremblay."
    int cueFrom = i;
    if (i - 1 > from && FR_AUX.contains(tk.low[i - 1]) && tk.low[i - 1].indexOf('-') < 0) cueFrom = i - 1;
    if (cueFrom - 1 > from && tk.pause(cueFrom - 1) && i + 1 < end && tk.word[i + 1]
        && !tk.low[i + 1].equals("que") && !tk.low[i + 1].equals("qu'")) {
      int k = i + 1;
      while (k < end && tk.word[k] && k - i <= 7) k++;
      if ((k >= end || tk.pause(k)) && (tk.capitalized(i + 1) || FR_DETERMINERS.contains(tk.low[i + 1]))) {
        int a = from;
        if (incise.clauseOk(a, cueFrom - 1)) {
          sentence.emit(a, cueFrom - 1, sentence.cueText(cueFrom, i + 1), i + 1, k);
          return;
        }
      }
    }
    // forward: "que" within a few tokens
    int k = i + 1;
    int q = -1;
    for (int t = k; t < end && t <= k + 6; t++) {
      if (!tk.word[t]) {
        if (tk.comma(t)) continue;
        break;
      }
      if (tk.low[t].equals("que") || tk.low[t].equals("qu'")) {
        q = t;
        break;
      }
      if (tk.low[t].endsWith("ant") && t > k) break; // "…, ajoutant que": another verb's clause
    }
    if (q < 0) return;
    Mention m = mentions.mentionBefore(i);
    if (m == null) return;
    int stop = q + 1;
    while (stop < end && !(tk.pause(stop) && stop + 1 < end && (tk.low[stop + 1].equals("selon")))) stop++;
    int cueStart = i;
    if (cueStart - 1 >= from && FR_FAIRE.contains(tk.low[cueStart - 1]) && !FR_CUES.contains(tk.low[i])) cueStart--;
    if (cueStart - 1 >= from && FR_AUX.contains(tk.low[cueStart - 1])) cueStart--;
    sentence.emit(q + 1, stop, sentence.cueText(cueStart, i + 1), m.from(), m.to());
  }
}
