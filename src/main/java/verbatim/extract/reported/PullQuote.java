package verbatim.extract.reported;

import static verbatim.extract.reported.SentenceTokens.isQuoteMark;

import java.util.List;
import verbatim.extract.base.SentenceStops;

/**
 * A pull quote: a paragraph of sentences followed by a name and an optional role with no final stop ("It's a hard
 * winter for seniors. Jane Roe, Lakeview mayor"). The sentences are that person's words when the name is met
 * elsewhere in the article; a name met nowhere else is a credit, not a source.
 */
final class PullQuote {
  private PullQuote() {}

  /** "It's a hard winter for seniors. Jane Roe, Lakeview mayor": the sentences before the name are hers. */
  static void read(SentenceTokens tk, int p0, int p1, List<ReportedSpan> found) {
    int last = p1 - 1;
    if (!tk.word[last]) return;
    int j = last;
    while (j > p0 && !((tk.punct(j, '.') || tk.punct(j, '!') || tk.punct(j, '?')) && j + 1 <= last
        && tk.end[j] < tk.start[j + 1])) {
      j--; // a stop followed by a space ("Example.ca" holds a glued one)
    }
    if (j <= p0 || !tk.capitalized(j + 1) || tk.end[j - 1] != tk.start[j]) return;
    if (tk.word[j - 1] && tk.end[j - 1] == tk.start[j]
        && SentenceStops.isAbbreviation(tk.text, tk.start[j - 1], tk.end[j - 1], Character.isDigit(tk.first(j + 1)))) {
      return; // "Dr. Roe", "U.S. Treasury": not a sentence end
    }
    if (!tk.capitalized(p0) && !(tk.word[p0] && Character.isDigit(tk.first(p0)))) return; // not a sentence start
    int c = j + 1;
    while (c <= last && !tk.comma(c)) {
      if (!tk.capitalized(c) && !tk.punct(c, '.') && !tk.punct(c, '’') && !tk.punct(c, '\'')) return;
      c++;
    }
    int nameWords = 0;
    for (int t = j + 1; t < c; t++) if (tk.word[t]) nameWords++;
    if (nameWords < 1 || nameWords > 4) return;
    int roleWords = 0;
    for (int t = c + 1; t <= last; t++) {
      if (tk.word[t]) {
        roleWords++;
      } else if (!tk.punct(t, '.') && !tk.punct(t, '-') && !tk.punct(t, '’') && !tk.punct(t, '\'')) {
        return;
      }
    }
    if (roleWords > 6 || c <= last && roleWords == 0) return;
    int bodyWords = 0;
    for (int t = p0; t < j; t++) {
      if (tk.word[t]) bodyWords++;
      else if (isQuoteMark(tk.first(t))) return;
    }
    if (bodyWords < 5) return;
    String name = tk.text.substring(tk.start[j + 1], tk.end[c - 1]);
    int pa = tk.start[p0], pb = tk.end[last];
    int x = tk.text.indexOf(name);
    while (x >= 0 && x >= pa && x < pb) x = tk.text.indexOf(name, x + 1);
    if (x < 0) return; // a name met nowhere else is a credit, not a source
    found.add(new ReportedSpan(pa, tk.start[j], "—", tk.start[j + 1], tk.end[c - 1]));
  }
}
