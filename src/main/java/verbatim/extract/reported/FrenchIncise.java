package verbatim.extract.reported;

import static verbatim.extract.reported.FrenchWords.*;
import static verbatim.extract.reported.SentenceTokens.isQuoteMark;

/**
 * A French inverted cue after the clause it reports: "…, indique-t-il.", "…, a-t-elle précisé." (the speaker is
 * the pronoun inside the cue, given as character offsets).
 */
final class FrenchIncise {
  private final Sentence sentence;
  private final SentenceTokens tk;
  private final int from;

  FrenchIncise(Sentence s) {
    this.sentence = s;
    this.tk = s.tk;
    this.from = s.from;
  }

  /** "…, indique-t-il." with the clause before; mention given as character offsets. */
  void read(int cueFrom, int cueTo, int end, int[] mentionChars) {
    if (cueFrom - 1 <= from || !tk.pause(cueFrom - 1)) return;
    int k = cueTo;
    while (k < end && tk.word[k] && k - cueTo <= 6) k++;
    if (!(k >= end || tk.pause(k))) return;
    int a = from;
    for (int t = cueFrom - 1; t > from; t--) if (tk.punct(t - 1, ':')) { a = t; break; }
    if (!clauseOk(a, cueFrom - 1)) return;
    emitChars(a, cueFrom - 1, sentence.cueText(cueFrom, cueTo), mentionChars[0], mentionChars[1]);
  }

  /** The clause before the cue must not itself be a report ("X a dit que …") already taken by another rule. */
  boolean clauseOk(int a, int b) {
    for (int t = a; t < b; t++) if (tk.word[t] && (tk.low[t].equals("que") || tk.low[t].equals("qu'"))
        && t > a && FR_CUES.contains(tk.low[t - 1])) return false;
    return true;
  }

  private void emitChars(int a, int b, String cue, int ms, int me) {
    while (a < b && !tk.word[a] && !isQuoteMark(tk.first(a))) a++;
    while (b > a && !tk.word[b - 1] && !isQuoteMark(tk.first(b - 1))) b--;
    if (sentence.words(a, b) < 3) return;
    if (tk.quoted[a] || tk.quoted[b - 1]) return;
    for (int t = a; t < b; t++) if (!tk.word[t] && isQuoteMark(tk.first(t))) return;
    sentence.out.add(new ReportedSpan(tk.start[a], tk.end[b - 1], cue, ms, me));
  }
}
