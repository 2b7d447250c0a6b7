package verbatim.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.text.Folding;

/**
 * Tells labels (les «gilets jaunes», a «gender-affirming care» bill) from quotations among the quote spans of one
 * text, and writes the labels kept as quotes of kind LABEL. Immutable; fills the label flags its grammar reads.
 */
final class LabelSpans {

  /** A quote of at most this many words may be a repeated short text: a label, or a cited quote echoed. */
  static final int SHORT_WORDS = 4;

  private final Grammar g;
  private final Tokens t;
  private final String text;

  LabelSpans(Grammar g) {
    this.g = g;
    this.t = g.t;
    this.text = g.t.text;
  }

  /**
   * Decides, span by span in text order, which spans are labels, into labels (the flags the grammar was built
   * with, so that a mention read for a later span sees the labels before it).
   *
   * @return the folded texts of the cited short quotes: repeated, and attributed right after one occurrence
   */
  Set<String> decide(List<QuoteMarkScanner.Span> spans, boolean[] labels) {
    Map<String, Integer> shortTexts = new HashMap<>();
    for (QuoteMarkScanner.Span s : spans) {
      String body = text.substring(s.start(), s.end());
      if (QuoteFinder.words(body) <= SHORT_WORDS) shortTexts.merge(Folding.key(body), 1, Integer::sum);
    }
    Set<String> cited = cited(spans, shortTexts);
    for (int q = 0; q < spans.size(); q++) {
      QuoteMarkScanner.Span s = spans.get(q);
      String body = text.substring(s.start(), s.end());
      int n = QuoteFinder.words(body);
      labels[q] = n > 1 && n <= SHORT_WORDS && !cited.contains(Folding.key(body))
          && isLabel(body, n, t.at(s.open()), t.at(s.close()), shortTexts);
    }
    return cited;
  }

  /**
   * A short text quoted again and again is a label (les «gilets jaunes») unless one of its occurrences is
   * attributed right after its closing mark (Il faut «retisser l’unité nationale», a-t-il dit): then it is a
   * quote repeated from the lede or a title, and every occurrence has that speaker.
   */
  private Set<String> cited(List<QuoteMarkScanner.Span> spans, Map<String, Integer> shortTexts) {
    Set<String> cited = new HashSet<>();
    for (QuoteMarkScanner.Span s : spans) {
      String key = Folding.key(text.substring(s.start(), s.end()));
      int close = t.at(s.close());
      boolean comma = close < t.size && t.isPunct(close, ',') || text.charAt(s.close() - 2) == ',';
      if (shortTexts.getOrDefault(key, 0) >= 2 && !cited.contains(key) && comma
          && CueSieves.after(new QuoteContext(g, t.at(s.open()), close)) != null) {
        cited.add(key);
      }
    }
    return cited;
  }

  private boolean isLabel(String body, int n, int open, int close, Map<String, Integer> shortTexts) {
    if (n > LabelJudge.MAX_WORDS) return false;
    if (LabelJudge.hasSentencePunctuation(body)) return false;
    if (n <= SHORT_WORDS && shortTexts.getOrDefault(Folding.key(body), 0) >= 2) return true;
    if (WordsOf.follows(t, close)) return false;
    int p = open - 1;
    if (p >= 0 && t.type[p] == Tokens.PUNCT && t.ch(p) == '’' || p >= 0 && t.isPunct(p, '\'')) p--;
    if (p < 0 || !t.isWord(p)) return false;
    String w = t.lower(p);
    if (!LabelJudge.namesNext(w)) return false;
    // After an indefinite article a quoted phrase is someone's characterisation when a cue gives its speaker
    // (le procureur a précisé qu’il a eu une «attitude prosélyte»); a definite one names a known thing.
    if (LabelJudge.indefinite(w) && CueSieves.attribute(new QuoteContext(g, open, close)) != null) return false;
    // After any determiner, a phrase a speech verb of its clause takes as object is its subject's wording (il
    // dénonce les «abus criants»), where a label has no such verb (les «gilets verts» ont bloqué).
    if (LabelJudge.determiner(w) && ShortQuoteGovernor.attribute(new QuoteContext(g, open, close)) != null) {
      return false;
    }
    // A label in guillemets: short, no verb cue nearby.
    for (int k = open; k < t.size && t.quote[k] == t.quote[open]; k++) {
      if (t.isWord(k) && Lexicon.isCue(t.lower(k))) return false;
    }
    return true;
  }

  /**
   * Adds to out a one-word quote or a span judged a label: kept as a label unless a cue attributes it ("“Never,” he
   * said" is a one-word quote we do not keep, not a name) or it holds a quote mark (cut from mismatched marks).
   */
  void add(QuoteMarkScanner.Span s, String body, int n, List<Quote> out) {
    if (LabelJudge.holdsQuoteMark(body)) return;
    if (n == 1 && (LabelJudge.hasSentencePunctuation(body)
        || CueSieves.attribute(new QuoteContext(g, t.at(s.open()), t.at(s.close()))) != null)) {
      return;
    }
    out.add(label(s, body));
  }

  /** A label has no speaker, cue or sieve; its language is the article's, a few words being too few to detect. */
  private Quote label(QuoteMarkScanner.Span s, String body) {
    return new Quote(s.start(), s.end(), body, Quote.Kind.LABEL, null, null, g.language, null);
  }
}
