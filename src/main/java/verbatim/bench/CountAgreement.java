package verbatim.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How well per-query match counts agree with a reference engine's (SQLite FTS5 in the peer kit).
 * "Within 1%" uses the kit's own rule: |ours - reference| ≤ 1% of max(1, reference).
 *
 * @param compared  queries present on both sides
 * @param exact     queries with identical counts
 * @param within1   queries within 1% (includes the exact ones)
 * @param wider     queries where we match more documents
 * @param narrower  queries where we match fewer
 * @param missing   reference queries we have no count for
 * @param oursTotal sum of our counts over the compared queries
 * @param refTotal  sum of the reference counts over the compared queries
 * @param largest   the compared queries with the largest relative difference, largest first
 */
public record CountAgreement(int compared, int exact, int within1, int wider, int narrower, int missing,
                             long oursTotal, long refTotal, List<Diff> largest) {

  /** One query's counts. */
  public record Diff(String qid, long ours, long reference) {
    public double relative() {
      return Math.abs(ours - reference) / (double) Math.max(1, reference);
    }
  }

  /** Compares {@code ours} to {@code reference} (qid → count), keeping the {@code keep} largest differences. */
  public static CountAgreement of(Map<String, Long> ours, Map<String, Long> reference, int keep) {
    if (keep < 0) throw new IllegalArgumentException("keep must be >= 0");
    int compared = 0, exact = 0, within1 = 0, wider = 0, narrower = 0, missing = 0;
    long oursTotal = 0, refTotal = 0;
    List<Diff> diffs = new ArrayList<>();
    for (Map.Entry<String, Long> e : reference.entrySet()) {
      Long o = ours.get(e.getKey());
      if (o == null) {
        missing++;
        continue;
      }
      long r = e.getValue();
      compared++;
      oursTotal += o;
      refTotal += r;
      if (o == r) exact++;
      if (Math.abs(o - r) <= 0.01 * Math.max(1, r)) within1++;
      if (o > r) wider++;
      if (o < r) narrower++;
      if (o != r) diffs.add(new Diff(e.getKey(), o, r));
    }
    diffs.sort(Comparator.comparingDouble(Diff::relative).reversed().thenComparing(Diff::qid));
    return new CountAgreement(compared, exact, within1, wider, narrower, missing, oursTotal, refTotal,
        List.copyOf(diffs.subList(0, Math.min(keep, diffs.size()))));
  }
}
