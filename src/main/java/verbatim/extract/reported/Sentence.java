package verbatim.extract.reported;

import static verbatim.extract.reported.SentenceTokens.isQuoteMark;

import java.util.List;

/**
 * One sentence, tokens [from, to) of a {@link SentenceTokens}, and how a reported clause in it is cut: trimmed of
 * punctuation, at least three words, quotations inside it a small part of it, an aside in parentheses left out.
 * Found clauses go to {@code out}.
 */
final class Sentence {
  /**
   * Words in quote marks inside a reported clause must be under this share (%) of it: a longer partial quote
   * stands for the clause by itself (as in {@code QuoteFinder}'s reported clauses).
   */
  static final int QUOTED_SHARE = 30;

  final SentenceTokens tk;
  final int from;
  final int to;
  final List<ReportedSpan> out;

  Sentence(SentenceTokens tk, int from, int to, List<ReportedSpan> out) {
    this.tk = tk;
    this.from = from;
    this.to = to;
    this.out = out;
  }

  /** Last token of the sentence that is part of its content (trailing full stops and closers dropped). */
  int contentEnd() {
    int e = to;
    while (e > from && !tk.word[e - 1]) {
      char c = tk.first(e - 1);
      if (c == '.' || c == '!' || c == '?' || c == '…' || c == ';' || c == ':' || c == ',' || c == '—'
          || c == '–' || c == '-') {
        e--;
      } else {
        break;
      }
    }
    return e;
  }

  boolean question() {
    for (int t = to - 1; t >= from && !tk.word[t]; t--) if (tk.first(t) == '?') return true;
    return false;
  }

  int words(int a, int b) {
    int c = 0;
    for (int t = a; t < b; t++) if (tk.word[t]) c++;
    return c;
  }

  /**
   * Emits the clause [a, b) (token indices) when it has at least three words and any words in quote marks inside
   * it are a small part of it (a partial quote or a label in narration: "he was concerned to see China “acting
   * arbitrarily” by …"). An aside in parentheses of three words or more is the writer's, not the speaker's: it
   * cuts the clause in two pieces ("he would play (it had been years since his last win) and stay a week").
   */
  boolean emit(int a, int b, String cue, int ma, int mb) {
    while (a < b && !tk.word[a] && !isQuoteMark(tk.first(a)) && tk.first(a) != '(') a++;
    while (b > a && !tk.word[b - 1] && !isQuoteMark(tk.first(b - 1)) && tk.first(b - 1) != ')') b--;
    if (words(a, b) < 3) return false;
    if (tk.quoted[a] || tk.quoted[b - 1]) return false;
    if (!quotedShareOk(a, b)) return false;
    int ms = ma < 0 || mb <= ma ? -1 : tk.start[ma];
    int me = ma < 0 || mb <= ma ? -1 : tk.end[mb - 1];
    int open = -1;
    for (int t = a + 1; t < b; t++) {
      if (tk.punct(t, '(')) {
        open = t;
      } else if (open >= 0 && tk.punct(t, ')')) {
        if (words(open, t) >= 3) {
          boolean one = piece(a, open, cue, ms, me);
          boolean two = piece(t + 1, b, cue, ms, me);
          return one || two;
        }
        open = -1;
      }
    }
    out.add(new ReportedSpan(tk.start[a], tk.end[b - 1], cue, ms, me));
    return true;
  }

  private boolean piece(int a, int b, String cue, int ms, int me) {
    while (a < b && !tk.word[a] && !isQuoteMark(tk.first(a))) a++;
    while (b > a && !tk.word[b - 1] && !isQuoteMark(tk.first(b - 1))) b--;
    if (words(a, b) < 3 || tk.quoted[a] || tk.quoted[b - 1]) return false;
    out.add(new ReportedSpan(tk.start[a], tk.end[b - 1], cue, ms, me));
    return true;
  }

  /**
   * Whether the quote marks in [a, b) pair up (“ ”, « », ‘ ’, " ") and the words between them take under
   * {@link #QUOTED_SHARE} % of the clause's characters (a longer partial quote already stands for the clause).
   */
  boolean quotedShareOk(int a, int b) {
    int quotedChars = 0;
    int open = -1;
    char closer = 0;
    for (int t = a; t < b; t++) {
      if (tk.word[t]) continue;
      char c = tk.first(t);
      if (open < 0) {
        if (!isQuoteMark(c)) continue;
        closer = switch (c) {
          case '“' -> '”';
          case '«' -> '»';
          case '‘' -> '’';
          case '‹' -> '›';
          case '"' -> '"';
          default -> 0;
        };
        if (closer == 0) return false; // a closing mark with no opening one
        open = t;
      } else if (c == closer || (closer == '”' && c == '"') || (closer == '’' && c == '\'')) {
        quotedChars += tk.start[t] - tk.end[open];
        open = -1;
      }
    }
    if (open >= 0) return false;
    return quotedChars * 100 < (tk.end[b - 1] - tk.start[a]) * QUOTED_SHARE;
  }

  String cueText(int a, int b) {
    return tk.text.substring(tk.start[a], tk.end[b - 1]);
  }

  /** Start of the clause that ends at the pause {@code p}: the sentence start or just after a colon. */
  int clauseStartBefore(int p) {
    int a = p;
    while (a > from && !(tk.punct(a - 1, ':'))) a--;
    return a;
  }
}
