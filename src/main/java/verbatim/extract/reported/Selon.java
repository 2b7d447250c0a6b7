package verbatim.extract.reported;


/** "Selon X, …" / "D'après X, …" and "…, selon X.": X is the source of the clause ("selon que" is not). */
final class Selon {
  private final Sentence sentence;
  private final SentenceTokens tk;
  private final int from;

  Selon(Sentence s) {
    this.sentence = s;
    this.tk = s.tk;
    this.from = s.from;
  }

  /** "Selon X, …" and "…, selon X." */
  void read(int i, int np, int end) {
    int k = np;
    while (k < end && !tk.pause(k) && k - np < 12) k++;
    if (k == np) return;
    // "selon que", "selon les cas": not a source
    String first = tk.low[np];
    if (first.equals("que") || first.equals("qu'") || first.equals("les") && k - np <= 2
        && tk.low[np + 1].equals("cas")) {
      return;
    }
    if (i == from || (i == from + 1 && !tk.word[from])) {
      if (k < end && tk.pause(k)) sentence.emit(k + 1, end, sentence.cueText(i, np), np, k);
    } else if (tk.pause(i - 1) && k >= end) {
      int a = from;
      sentence.emit(a, i - 1, sentence.cueText(i, np), np, k);
    }
  }
}
