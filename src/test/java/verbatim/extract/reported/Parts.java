package verbatim.extract.reported;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: one invented sentence cut into tokens, and the words of a span found in it. */
final class Parts {
  private Parts() {}

  /** The first sentence of {@code text}, its found clauses going to a fresh list. */
  static Sentence sentence(String text, boolean french) {
    SentenceTokens tk = new SentenceTokens(text, french);
    return new Sentence(tk, 0, tk.sentenceEnds.get(0), new ArrayList<>());
  }

  /** Index of the first token written {@code word} (case-insensitive), from {@code after} on. */
  static int token(SentenceTokens tk, String word, int after) {
    for (int t = after; t < tk.n; t++) if (tk.low[t].equals(word.toLowerCase(java.util.Locale.ROOT))) return t;
    throw new AssertionError("no token '" + word + "' in: " + tk.text);
  }

  static int token(SentenceTokens tk, String word) {
    return token(tk, word, 0);
  }

  /** The words of a mention, or null. */
  static String words(SentenceTokens tk, Mention m) {
    return m == null ? null : tk.text.substring(tk.start[m.from()], tk.end[m.to() - 1]);
  }

  /** "clause | mention | cue" for each span, mention "-" when none. */
  static List<String> describe(String text, List<ReportedSpan> spans) {
    List<String> out = new ArrayList<>();
    for (ReportedSpan r : spans) {
      String mention = r.mentionStart() < 0 ? "-" : text.substring(r.mentionStart(), r.mentionEnd());
      out.add(text.substring(r.start(), r.end()) + " | " + mention + " | " + r.cue());
    }
    return out;
  }
}
