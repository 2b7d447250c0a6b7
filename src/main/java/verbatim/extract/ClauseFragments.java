package verbatim.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * English: a short quoted fragment inside a reported clause ("She said the plan was “a good start” for the town") is
 * one act of speech with that clause, and English news annotation counts the clause, fragment included, as the one
 * indirect quote. Kept apart, the fragment is a second quote of the same words, so it is dropped when it lies inside
 * an indirect quote the reported-speech finder read, or inside the clause built around it ({@link ReportedClauses}).
 * French keeps both: its annotation counts the quoted fragment (citation partielle) as a quote of its own.
 */
final class ClauseFragments {

  private ClauseFragments() {}

  /**
   * @param quotes   the quotes of one English text
   * @param madeFrom the [start, end) offsets of the partial quotes whose reported clause was added around them
   * @return the quotes without the partial ones lying inside reported speech
   */
  static List<Quote> withoutFragments(List<Quote> quotes, List<int[]> madeFrom) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      if (q.kind() != Quote.Kind.PARTIAL || !(insideReported(q, quotes) || madeClause(q, madeFrom))) out.add(q);
    }
    return out;
  }

  /** Whether q lies inside an indirect quote of the reported-speech finder (not one built around a partial). */
  private static boolean insideReported(Quote q, List<Quote> quotes) {
    for (Quote o : quotes) {
      if (o.kind() == Quote.Kind.INDIRECT && !ReportedClauses.NAME.equals(o.sieve())
          && o.start() <= q.start() && q.end() <= o.end() + 1) {
        return true; // +1: the clause leaves out the final stop the fragment may close on
      }
    }
    return false;
  }

  private static boolean madeClause(Quote q, List<int[]> madeFrom) {
    for (int[] p : madeFrom) {
      if (p[0] == q.start() && p[1] == q.end()) return true;
    }
    return false;
  }
}
