package verbatim.extract.reported;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the reported speech that quotes in marks have not already taken: in text order, the longest piece first
 * where two start together, no piece overlapping an earlier one, no piece crossing the edge of a quote in marks,
 * and quotes inside a piece under half of it (their share was checked more strictly when the piece was cut).
 */
final class TakenFilter {
  private TakenFilter() {}

  /** @param taken [start, end) spans of quotes in marks, sorted */
  static List<ReportedSpan> keep(List<ReportedSpan> found, List<int[]> taken) {
    found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<ReportedSpan> out = new ArrayList<>(found.size());
    int lastEnd = -1;
    int ti = 0;
    for (ReportedSpan r : found) {
      if (r.start() < lastEnd) continue;
      while (ti < taken.size() && taken.get(ti)[1] <= r.start()) ti++;
      int inside = quotedInside(r, taken, ti);
      if (inside < 0 || inside * 2 >= r.end() - r.start()) continue;
      out.add(r);
      lastEnd = r.end();
    }
    return out;
  }

  /** Characters of quotes wholly inside {@code r}, from {@code ti} on; -1 when a quote crosses one of its edges. */
  private static int quotedInside(ReportedSpan r, List<int[]> taken, int ti) {
    int inside = 0;
    for (int k = ti; k < taken.size() && taken.get(k)[0] < r.end(); k++) {
      int[] q = taken.get(k);
      if (q[1] > r.start() && q[1] > q[0]) {
        if (q[0] >= r.start() && q[1] <= r.end()) {
          inside += q[1] - q[0];
        } else {
          return -1;
        }
      }
    }
    return inside;
  }
}
