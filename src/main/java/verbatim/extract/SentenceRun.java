package verbatim.extract;

import java.util.List;

/**
 * Quotes that share one sentence share its speaker before any neighbouring sentence is read: «Il a souligné « A »,
 * appelant chacun à « B »» (B goes on from A), «Mais « A » de la réforme, « B », fustige Jo Roy» (A is said by
 * whoever the clause after B names). A sentence-before or sentence-after answer would cross a sentence boundary
 * that the quote's own sentence does not, and where the speaker often changes. The carry-over is French only: an
 * English partial quote after a cue of its own is read with its reported clause ({@link ReportedClauses}), which
 * a shared speaker would cut. Stateless.
 */
final class SentenceRun {

  private SentenceRun() {}

  /** Whether job, still without a speaker, goes on from previous, attributed, inside the same sentence. */
  static boolean continues(Grammar g, QuoteJob previous, QuoteJob job) {
    return "fr".equals(g.language) && previous != null && previous.speaker != null && previous.open >= 0 && job.open >= 0
        && previous.close <= job.open && previous.close > g.sentences.start(job.open)
        && !cueBetween(g, previous, job, previous.cue);
  }

  /**
   * A quote whose speaker came from a neighbouring sentence, or none, takes the speaker of the next quote of its
   * sentence when that one is attributed by the clause right after it ("cue-after" or "incise").
   */
  static void takeFromNext(Grammar g, List<QuoteJob> jobs) {
    for (int i = jobs.size() - 2; i >= 0; i--) {
      QuoteJob j = jobs.get(i), nx = jobs.get(i + 1);
      if (j.open < 0 || nx.open < 0 || nx.speaker == null || !fromAfar(j)) continue;
      if (!CueAfterSieve.NAME.equals(nx.sieve) && !MarkedQuotes.INCISE.equals(nx.sieve)) continue;
      // close is the token after the closing mark: a sentence starting there is another one.
      if (g.sentences.start(nx.open) >= j.close || cueBetween(g, j, nx, null)) continue;
      j.speaker = nx.speaker;
      j.sieve = SpeakerRun.RUN_NEXT;
    }
  }

  /** No speaker, or one read from another sentence or an earlier quote. */
  private static boolean fromAfar(QuoteJob j) {
    return j.speaker == null || NeighbourSentenceSieve.BEFORE.equals(j.sieve)
        || NeighbourSentenceSieve.AFTER.equals(j.sieve);
  }

  /**
   * Whether a cue word other than {@code own} (the first quote's cue, whose subject is its speaker) stands between
   * the two quotes: its clause may bring another subject.
   */
  private static boolean cueBetween(Grammar g, QuoteJob a, QuoteJob b, String own) {
    Tokens t = g.t;
    for (int k = a.close; k < b.open; k++) {
      int len = t.isWord(k) && t.quote[k] < 0 ? g.cues.cueAt(k) : 0;
      if (len > 0 && !g.cues.cueText(k, len).equals(own)) return true;
    }
    return false;
  }
}
