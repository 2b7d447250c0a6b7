package verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * "« A », « B », titraient respectivement Le Matin et La Gazette", "“A” and “B,” said respectively Roy and Morel":
 * "respectivement"/"respectively" before a list pairs its items with those of another list in order, so the n quotes
 * chained before the cue belong one each to the n coordinated speakers after it, the first quote to the first
 * speaker. Without the adverb a coordination after a cue is a joint source and is left to the other rules.
 */
final class Respectively {
  static final String NAME = "respectively";
  /** A speaker of a list is a short noun phrase; longer conjuncts mean the list was misread. */
  private static final int MAX_CONJUNCT = 8;

  private Respectively() {}

  /**
   * Gives each quote of a chain closed by a "respectivement" cue the speaker at the same rank in the list after the
   * cue, resolved by resolver; the jobs are sorted by position. Chains whose quote count differs from the list's
   * length are left as they are.
   */
  static void apply(List<QuoteJob> jobs, Tokens t, SpeakerResolver resolver) {
    for (int i = 0; i < jobs.size(); i++) {
      QuoteJob last = jobs.get(i);
      if (last.open < 0 || last.pronoun != null || last.mentionFrom <= last.close) continue;
      int r = adverb(t, last.close + 1, last.mentionFrom);
      if (r < 0) continue;
      List<int[]> speakers = conjuncts(t, r + 1);
      int first = i;
      while (first > 0 && chained(t, jobs.get(first - 1), jobs.get(first))) first--;
      if (speakers.size() < 2 || speakers.size() != i - first + 1) continue;
      for (int k = first; k <= i; k++) {
        QuoteJob job = jobs.get(k);
        int[] s = speakers.get(k - first);
        Speaker who = resolver.resolve(s[0], s[1], job.pos);
        if (who == null) continue;
        job.speaker = who;
        job.cue = last.cue;
        job.sieve = NAME;
      }
    }
  }

  /** The token of "respectivement"/"respectively" in [from, to) outside quotes, or -1. */
  private static int adverb(Tokens t, int from, int to) {
    for (int k = from; k < to && k < t.size; k++) {
      if (t.quote[k] >= 0 || t.endsSentence(k)) return -1;
      if (t.isWord(k) && (t.lower(k).equals("respectivement") || t.lower(k).equals("respectively"))) return k;
    }
    return -1;
  }

  /** Whether quote a is followed by quote b with only a comma or "et"/"ou"/"and"/"or" between them. */
  private static boolean chained(Tokens t, QuoteJob a, QuoteJob b) {
    if (a.open < 0 || b.open < 0 || a.close >= b.open) return false;
    for (int k = a.close + 1; k < b.open; k++) {
      boolean joint = t.isPunct(k, ',') || t.isWord(k) && switch (t.lower(k)) {
        case "et", "ou", "and", "or" -> true;
        default -> false;
      };
      if (!joint) return false;
    }
    return true;
  }

  /**
   * The coordinated noun phrases from token k to the end of the clause ("Le Matin et La Gazette", "Roy, Morel and
   * Caron"), as token ranges; empty when one is empty or too long to be a speaker.
   */
  private static List<int[]> conjuncts(Tokens t, int k) {
    List<int[]> out = new ArrayList<>();
    int from = k;
    for (; k < t.size; k++) {
      boolean stop = t.quote[k] >= 0 || !t.isWord(k) && !t.isPunct(k, ',') && !t.isPunct(k, '-')
          && !t.isPunct(k, '\'') && !t.isPunct(k, '’');
      boolean joint = t.isPunct(k, ',') || t.isWord(k) && (t.lower(k).equals("et") || t.lower(k).equals("and"));
      if (joint && k == from && !out.isEmpty()) {
        from = k + 1; // ", et" joins one conjunct, not two
        continue;
      }
      if (stop || joint) {
        if (k - from < 1 || k - from > MAX_CONJUNCT) return List.of();
        out.add(new int[] {from, k});
        from = k + 1;
      }
      if (stop || t.endsSentence(k)) break;
    }
    if (k >= t.size && from < k) out.add(new int[] {from, k});
    return out;
  }
}
