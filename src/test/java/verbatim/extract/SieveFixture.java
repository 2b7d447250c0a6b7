package verbatim.extract;

import java.util.Arrays;
import java.util.List;

/** Runs one sieve alone on the first quote of an invented text and says what it found, as "mention / cue / sieve". */
final class SieveFixture {

  private SieveFixture() {}

  /** The first quote in marks of text, with its grammar (no span judged a label). */
  static QuoteContext firstQuote(String text, String language) {
    List<QuoteMarkScanner.Span> spans = new QuoteMarkScanner().scan(text);
    if (spans.isEmpty()) throw new IllegalArgumentException("no quote in: " + text);
    Tokens t = Tokens.of(text);
    t.quote = new int[t.size];
    Arrays.fill(t.quote, -1);
    for (int q = 0; q < spans.size(); q++) {
      QuoteMarkScanner.Span s = spans.get(q);
      for (int k = t.at(s.open()); k < t.size && t.start[k] < s.close(); k++) t.quote[k] = q;
    }
    Grammar g = new Grammar(t, language, new boolean[spans.size()], false);
    return new QuoteContext(g, t.at(spans.get(0).open()), t.at(spans.get(0).close()));
  }

  /** "mention / cue / sieve" for what the sieve finds on the first quote of text, "-" when it finds nothing. */
  static String run(Sieve sieve, String text, String language) {
    QuoteContext ctx = firstQuote(text, language);
    Attribution a = sieve.find(ctx);
    if (a == null) return "-";
    Tokens t = ctx.g().t;
    String who = a.pronoun() != null ? a.pronoun() : text.substring(t.start[a.from()], t.end[a.to() - 1]);
    return who + " / " + (a.cue() == null ? "" : a.cue()) + " / " + a.sieve();
  }

  /** The speaker the whole finder gives the last quote of an invented text (null: none). */
  static String lastQuoteSpeaker(String text) {
    List<Quote> qs = new QuoteFinder(false).find(text, text.contains("“") ? "en" : "fr");
    Quote q = qs.get(qs.size() - 1);
    return q.speaker() == null ? null : q.speaker().name();
  }
}
