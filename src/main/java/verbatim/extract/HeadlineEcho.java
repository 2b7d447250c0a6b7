package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import verbatim.text.Folding;

/**
 * "headline-echo": a short quote standing alone as a title, an intertitle or the opening words of an article
 * («L'image de la ville massacrée» between two paragraphs) announces words quoted in full further on (« Cette nuit a
 * massacré l'image de la ville », a dit X): newsrooms title a section with its speaker's own words. Such a quote
 * takes the speaker of the first later quote that holds its content words, instead of whatever speaker the
 * neighbouring sentences or the previous quote gave it. Stateless.
 */
final class HeadlineEcho {
  static final String NAME = "headline-echo";
  /** A headline quote has at most this many words. */
  private static final int MAX_WORDS = 10;
  /** Sieves that guess from the neighbourhood: a headline's own words are better evidence. */
  private static final Set<String> WEAK = Set.of(NeighbourSentenceSieve.BEFORE, NeighbourSentenceSieve.AFTER,
      SpeakerRun.RUN_PREVIOUS, SpeakerRun.RUN_NEXT, SpeakerRun.PARAGRAPH_CONTINUATION, CueLaterSieve.NAME);
  private static final Set<String> STOP = Set.of("les", "des", "une", "est", "sont", "pour", "dans", "que", "qui",
      "pas", "plus", "par", "sur", "avec", "the", "and", "for", "are", "was", "not", "with", "that", "this", "nous",
      "vous", "ils", "elles", "mais", "aux", "ces", "ses", "son", "sa", "leur", "our", "you");

  private HeadlineEcho() {}

  static void apply(List<QuoteJob> jobs, Tokens t) {
    for (int i = 0; i < jobs.size(); i++) {
      QuoteJob j = jobs.get(i);
      if (j.open < 0 || j.kind == Quote.Kind.INDIRECT || j.speaker != null && !WEAK.contains(j.sieve)) continue;
      if (!standsAlone(t, j)) continue;
      List<String> words = contentWords(t.text.substring(j.start(), j.end()));
      if (words.size() < 2 || words.size() > MAX_WORDS) continue;
      for (int k = i + 1; k < jobs.size(); k++) {
        QuoteJob o = jobs.get(k);
        if (o.open < 0 || o.speaker == null || WEAK.contains(o.sieve) || HeadlineEcho.NAME.equals(o.sieve)) continue;
        if (holdsAll(contentWords(t.text.substring(o.start(), o.end())), words)) {
          j.speaker = o.speaker;
          j.sieve = NAME;
          break;
        }
      }
    }
  }

  /** A title, an intertitle or an opening: a paragraph or text edge before it, no clause of its own after it. */
  private static boolean standsAlone(Tokens t, QuoteJob j) {
    int o = j.open, c = j.close;
    boolean glued = t.isWord(c) && t.isCapitalised(c) && !t.isPunct(c - 2, '.') && !t.isPunct(c - 2, '!')
        && !t.isPunct(c - 2, '?');
    boolean before = o == 0 || t.type[o - 1] == Tokens.BREAK
        || glued && t.quote[o - 1] < 0 && t.endsSentence(o - 1); // an intertitle whose line breaks were lost
    boolean after = c >= t.size || t.type[c] == Tokens.BREAK || t.isPunct(c, ':') || glued;
    return before && after;
  }

  private static List<String> contentWords(String s) {
    List<String> out = new ArrayList<>();
    for (String w : Folding.key(s).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !STOP.contains(w)) out.add(stem(w));
    }
    return out;
  }

  /** The first five letters: "massacrée" and "massacré" are one word here. */
  private static String stem(String w) {
    return w.length() > 5 ? w.substring(0, 5) : w;
  }

  private static boolean holdsAll(List<String> in, List<String> words) {
    for (String w : words) if (!in.contains(w)) return false;
    return true;
  }
}
