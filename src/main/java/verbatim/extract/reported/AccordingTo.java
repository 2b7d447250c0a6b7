package verbatim.extract.reported;

import static verbatim.extract.reported.EnglishWords.EN_PARTICIPLES;
import static verbatim.extract.reported.EnglishWords.EN_VERBISH;

/** "According to X, …" and "…, according to X" (with a clause continuing after it: "…, according to X, and …"). */
final class AccordingTo {
  private final Sentence sentence;
  private final SentenceTokens tk;
  private final int from;

  AccordingTo(Sentence s) {
    this.sentence = s;
    this.tk = s.tk;
    this.from = s.from;
  }

  /** "According to X, …" and "…, according to X". */
  void read(int i, int end) {
    int np = i + 2;
    int k = np;
    while (k < end && !tk.pause(k) && k - np < 14) k++;
    if (k == np) return;
    int mentionEnd = k;
    if (i == from || (i == from + 1 && !tk.word[from])) {
      if (k < end && tk.pause(k)) sentence.emit(k + 1, end, "according to", np, mentionEnd);
    } else if (tk.pause(i - 1)) {
      int a = sentence.clauseStartBefore(i - 1);
      sentence.emit(a, i - 1, "according to", np, mentionEnd);
      // "…, according to the city, and that rink is …"
      if (k < end && tk.pause(k) && k + 1 < end && tk.word[k + 1]) {
        int c = k + 1;
        if (tk.low[c].equals("and") || tk.low[c].equals("but")) c++;
        if (c < end && tk.word[c] && !EN_PARTICIPLES.containsKey(tk.low[c]) && !EN_VERBISH.contains(tk.low[c])
            && !tk.low[c].endsWith("ing")) {
          sentence.emit(c, end, "according to", np, mentionEnd);
        }
      }
    }
  }
}
