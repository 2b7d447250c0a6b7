package verbatim.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted quotations against gold ones with exactly the definitions of the reference scorer
 * {@code score_quotes.py}: a prediction matches a gold quote when it covers at least {@code theta} of the gold span,
 * one to one, best overlap first, over all quotes whatever their kind; excluded gold quotes (no speaker, one word, optional) neither count for nor
 * against; speaker accuracy and attributed F1 on matched quotes.
 */
public final class Scorer {

  /**
   * What happened to one article: which gold quote each prediction matched, the speaker verdicts, and which gold
   * quotes and predictions counted as misses and false positives under the kind filter.
   */
  public record ArticleResult(GoldArticle gold, List<PredictedQuote> predictions, int[] predStart, int[] predEnd,
      Map<Integer, Integer> goldToPred, Map<Integer, Boolean> speakerOk, List<Integer> misses,
      List<Integer> falsePositives) {}

  /** A full scoring run: the totals and the per-article details. */
  public record Result(Score score, List<ArticleResult> articles) {}

  private Scorer() {}

  /** All kinds scored: {@link #score(List, Map, double, Set)} with no filter. */
  public static Result score(List<GoldArticle> gold, Map<String, List<PredictedQuote>> preds, double theta) {
    return score(gold, preds, theta, Set.of());
  }

  /**
   * @param gold  gold articles, all kinds: matching is done on every quote whatever its kind
   * @param preds article id → predictions, all kinds; missing ids mean no prediction
   * @param theta overlap threshold in (0, 1]
   * @param keep  gold kinds scored (empty: all). A gold quote of a kept kind counts as found whatever kind the
   *              prediction gives it; an unmatched prediction is a false positive only if its own kind is kept and
   *              it does not lie mostly inside a gold quote of a left-out kind (score_quotes.py {@code --kinds})
   */
  public static Result score(List<GoldArticle> gold, Map<String, List<PredictedQuote>> preds, double theta,
      Set<String> keep) {
    if (!(theta > 0 && theta <= 1)) throw new IllegalArgumentException("theta must be in (0, 1], not " + theta);
    Map<String, int[]> byKind = new LinkedHashMap<>();
    int[] totals = new int[4]; // tp, fp, fn, speaker ok
    List<ArticleResult> details = new ArrayList<>();
    for (GoldArticle g : gold) {
      details.add(article(g, preds.getOrDefault(g.id(), List.of()), theta, keep, totals, byKind));
    }
    Map<String, int[]> frozen = new LinkedHashMap<>();
    byKind.forEach((k, v) -> frozen.put(k, Arrays.copyOf(v, 2)));
    return new Result(new Score(theta, totals[0], totals[1], totals[2], totals[3], frozen), details);
  }

  private static boolean kept(Set<String> keep, String kind) {
    return keep.isEmpty() || keep.contains(kind);
  }

  /** Scores one article, adding to {@code totals} (tp, fp, fn, speaker ok) and {@code byKind}. */
  private static ArticleResult article(GoldArticle g, List<PredictedQuote> p, double theta, Set<String> keep,
      int[] totals, Map<String, int[]> byKind) {
    int[] ps = new int[p.size()], pe = new int[p.size()];
    List<Integer> located = new ArrayList<>();
    List<Integer> fps = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      int[] loc = locate(p.get(i), g.text());
      if (loc == null) {
        ps[i] = pe[i] = -1;
        if (kept(keep, p.get(i).kind())) fps.add(i);
      } else {
        ps[i] = loc[0];
        pe[i] = loc[1];
        located.add(i);
      }
    }
    List<GoldQuote> golds = g.quotes();
    Map<Integer, Integer> gm = match(golds, located, ps, pe, theta);
    Map<Integer, Integer> goldToPred = new HashMap<>();
    Map<Integer, Boolean> verdicts = new HashMap<>();
    List<Integer> misses = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      GoldQuote gq = golds.get(gi);
      if (gm.containsKey(gi)) goldToPred.put(gi, located.get(gm.get(gi)));
      if (!kept(keep, gq.kind())) continue;
      int[] bk = byKind.computeIfAbsent(gq.kind(), k -> new int[2]);
      if (gm.containsKey(gi)) {
        if (gq.excluded()) continue;
        totals[0]++;
        bk[0]++;
        boolean ok = SpeakerMatcher.matches(p.get(goldToPred.get(gi)).speaker(), gq.speaker(), gq.aliases());
        verdicts.put(gi, ok);
        if (ok) totals[3]++;
      } else if (!gq.excluded()) {
        totals[2]++;
        bk[1]++;
        misses.add(gi);
      }
    }
    Set<Integer> matched = new HashSet<>(gm.values());
    for (int li = 0; li < located.size(); li++) {
      int pi = located.get(li);
      if (matched.contains(li) || !countsAsFalse(p.get(pi), ps[pi], pe[pi], golds, keep)) continue;
      fps.add(pi);
    }
    fps.sort(null);
    totals[1] += fps.size();
    return new ArticleResult(g, p, ps, pe, goldToPred, verdicts, misses, fps);
  }

  /** Python's {@code inside}: the span lies mostly (at least half of its length) inside a left-out gold quote. */
  private static boolean countsAsFalse(PredictedQuote q, int s, int e, List<GoldQuote> golds, Set<String> keep) {
    if (keep.isEmpty()) return true;
    if (!keep.contains(q.kind())) return false;
    for (GoldQuote gq : golds) {
      if (keep.contains(gq.kind())) continue;
      int ov = Math.max(0, Math.min(gq.end(), e) - Math.max(gq.start(), s));
      if (ov * 2 >= Math.max(1, e - s)) return false;
    }
    return true;
  }

  /** Gold index → index among located spans: one to one, best overlap first, ties as Python sorts tuples. */
  private static Map<Integer, Integer> match(List<GoldQuote> golds, List<Integer> located, int[] ps, int[] pe,
      double theta) {
    List<double[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      int gs = golds.get(gi).start(), ge = golds.get(gi).end();
      for (int li = 0; li < located.size(); li++) {
        int pi = located.get(li);
        int ov = Math.max(0, Math.min(ge, pe[pi]) - Math.max(gs, ps[pi]));
        double ratio = (double) ov / Math.max(1, ge - gs);
        // Python compares (ratio, gi, pi) with pi the index among located spans
        if (ov > 0 && ratio >= theta) pairs.add(new double[] {ratio, gi, li});
      }
    }
    pairs.sort((a, b) -> {
      for (int k = 0; k < 3; k++) {
        int c = Double.compare(b[k], a[k]);
        if (c != 0) return c;
      }
      return 0;
    });
    Map<Integer, Integer> gm = new HashMap<>();
    Set<Integer> pm = new HashSet<>();
    for (double[] pair : pairs) {
      int gi = (int) pair[1], li = (int) pair[2];
      if (gm.containsKey(gi) || pm.contains(li)) continue;
      gm.put(gi, li);
      pm.add(li);
    }
    return gm;
  }

  /**
   * Code-point span of a prediction in {@code text}, as the reference scorer locates it: its String indices when
   * valid, else the first occurrence of its text stripped of spaces and quote marks; null when neither works.
   */
  static int[] locate(PredictedQuote q, String text) {
    Integer s = q.start(), e = q.end();
    if (s != null && e != null && 0 <= s && s < e && e <= text.length()) {
      return new int[] {utf16ToCodePoint(text, s), utf16ToCodePoint(text, e)};
    }
    String t = stripPython(q.text() == null ? "" : q.text());
    if (!t.isEmpty()) {
      int i = text.indexOf(t);
      if (i >= 0) {
        int cp = text.codePointCount(0, i);
        return new int[] {cp, cp + t.codePointCount(0, t.length())};
      }
    }
    return null;
  }

  /** Python's {@code u2c[i]}: the code point holding String index {@code i} (a low surrogate maps to its pair). */
  static int utf16ToCodePoint(String text, int i) {
    int cp = text.codePointCount(0, i);
    if (i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i))
        && Character.isHighSurrogate(text.charAt(i - 1))) {
      cp--;
    }
    return cp;
  }

  /** {@code t.strip().strip("«»“”\"'‘’ ")}. */
  static String stripPython(String t) {
    int a = 0, b = t.length();
    while (a < b && GoldQuote.isPythonSpace(t.charAt(a))) a++;
    while (b > a && GoldQuote.isPythonSpace(t.charAt(b - 1))) b--;
    String marks = "«»“”\"'‘’ ";
    while (a < b && marks.indexOf(t.charAt(a)) >= 0) a++;
    while (b > a && marks.indexOf(t.charAt(b - 1)) >= 0) b--;
    return t.substring(a, b);
  }
}
