package verbatim.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which reported pieces survive the quotes in marks and each other. */
class TakenFilterTest {
  private static ReportedSpan span(int start, int end) {
    return new ReportedSpan(start, end, "said", -1, -1);
  }

  private static List<int[]> spans(List<ReportedSpan> kept) {
    List<int[]> out = new ArrayList<>();
    for (ReportedSpan r : kept) out.add(new int[] {r.start(), r.end()});
    return out;
  }

  private static String show(List<ReportedSpan> kept) {
    StringBuilder b = new StringBuilder();
    for (int[] s : spans(kept)) b.append('[').append(s[0]).append(',').append(s[1]).append(')');
    return b.toString();
  }

  @Test
  void inTextOrderTheLongerOfTwoOverlappingPiecesWins() {
    List<ReportedSpan> found = new ArrayList<>(List.of(span(60, 80), span(10, 20), span(0, 50)));
    assertEquals("[0,50)[60,80)", show(TakenFilter.keep(found, List.of())));
  }

  @Test
  void aQuoteAcrossAnEdgeDropsThePiece() {
    List<ReportedSpan> found = new ArrayList<>(List.of(span(0, 50), span(60, 100)));
    assertEquals("[60,100)", show(TakenFilter.keep(found, List.of(new int[] {40, 55}))));
  }

  @Test
  void aSmallQuoteInsideStaysAndAQuoteOfHalfThePieceDropsIt() {
    List<ReportedSpan> found = new ArrayList<>(List.of(span(0, 50), span(60, 100)));
    assertEquals("[0,50)", show(TakenFilter.keep(found, List.of(new int[] {10, 20}, new int[] {70, 90}))));
  }
}
