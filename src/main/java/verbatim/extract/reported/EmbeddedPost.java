package verbatim.extract.reported;

import java.util.List;
import java.util.Set;

/**
 * An embedded social-media post: its text is the words of the account named in its credit line, a dash, a name and
 * a handle in parentheses ("… pic.twitter.com/… — Jane Roe (@janeroe) December 22, 2018"). Links and hashtags glued
 * to them are left out of the words.
 */
final class EmbeddedPost {
  private final Set<String> nameParticles;

  /** @param nameParticles lower-case words inside a name ("de", "van") */
  EmbeddedPost(Set<String> nameParticles) {
    this.nameParticles = Set.copyOf(nameParticles);
  }

  /** "Text of the post. pic.twitter.com/… — Name (@handle) December 22, 2018": the text, by Name. */
  void read(SentenceTokens tk, int p0, int p1, List<ReportedSpan> found) {
    for (int t = p0 + 2; t + 2 < p1; t++) {
      if (!(tk.punct(t, '(') && tk.punct(t + 1, '@') && tk.word[t + 2])) continue;
      int ns = t;
      while (ns - 1 > p0 && t - ns < 6 && (tk.capitalized(ns - 1) || tk.word[ns - 1]
          && nameParticles.contains(tk.low[ns - 1]) && tk.capitalized(ns))) {
        ns--;
      }
      while (ns < t && !tk.capitalized(ns)) ns++;
      if (ns == t || ns - 1 <= p0 || !isDash(tk, ns - 1)) return;
      String text = tk.text;
      int a = tk.start[p0];
      int b = tk.start[ns - 1];
      for (String link : new String[] {"pic.twitter.com", "http://", "https://", "t.co/", "www."}) {
        int x = text.indexOf(link, a);
        if (x >= 0 && x < b) b = x;
      }
      while (b > a && !Character.isWhitespace(text.charAt(b - 1))) {
        // a hashtag glued to the link ("#Storm" + "pic.twitter.com"): drop the whole word
        int w = b - 1;
        while (w > a && !Character.isWhitespace(text.charAt(w - 1))) w--;
        if (text.charAt(w) == '#' || text.charAt(w) == '@') b = w;
        else break;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
      if (b - a < 12 || words(text, a, b) < 3) return;
      found.add(new ReportedSpan(a, b, text.substring(tk.start[ns - 1], tk.end[ns - 1]), tk.start[ns], tk.end[t - 1]));
      return;
    }
  }

  private static boolean isDash(SentenceTokens tk, int t) {
    return !tk.word[t] && (tk.first(t) == '—' || tk.first(t) == '–' || tk.first(t) == '-');
  }

  private static int words(String text, int a, int b) {
    int n = 0;
    boolean in = false;
    for (int i = a; i < b; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) n++;
      in = letter;
    }
    return n;
  }
}
