package verbatim.extract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Development tool: what each sieve of the quote's own sentence answers for each quote of the text on stdin. */
public final class SieveDevMain {
  public static void main(String[] args) throws Exception {
    String text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    var spans = new QuoteMarkScanner().scan(text);
    Tokens t = Tokens.of(Sentences.joinBrokenLines(text));
    t.quote = new int[t.size];
    Arrays.fill(t.quote, -1);
    for (int q = 0; q < spans.size(); q++) {
      var s = spans.get(q);
      for (int k = t.at(s.open()); k < t.size && t.start[k] < s.close(); k++) t.quote[k] = q;
    }
    Grammar g = new Grammar(t, args[0], new boolean[spans.size()], false);
    Sieve[] sieves = {new CueAfterSieve(), new CueBeforeSieve(), new CueLaterSieve(), new PronounBeforeSieve(),
        new OpinionFrameSieve(), new ClauseSubjectSieve(), new NeighbourSentenceSieve()};
    for (var s : spans) {
      QuoteContext ctx = new QuoteContext(g, t.at(s.open()), t.at(s.close()));
      System.out.println("QUOTE " + text.substring(s.start(), Math.min(s.end(), s.start() + 40)));
      for (Sieve sv : sieves) {
        Attribution a = sv.find(ctx);
        if (a == null) continue;
        String m = a.pronoun() != null ? a.pronoun() : a.from() < 0 ? "?" : text.substring(t.start[a.from()], t.end[a.to() - 1]);
        System.out.println("   " + sv.getClass().getSimpleName() + " -> [" + m + "] cue=" + a.cue());
      }
    }
  }
}
