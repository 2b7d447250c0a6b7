package verbatim.extract.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted quotations against gold ones with exactly the definitions of the reference scorer
 * {@code score_quotes.py}: a prediction matches a gold quote when it covers at least {@code theta} of the gold span,
 * one to one, best overlap first; excluded gold quotes (no speaker, one word, optional) neither count for nor
 * against; speaker accuracy and attributed F1 on matched quotes.
 */
public final class Scorer {

  /** What happened to one article: which gold quote each prediction matched, and the speaker verdicts. */
  public record ArticleResult(GoldArticle gold, List<PredictedQuote> predictions, int[] predStart, int[] predEnd,
      Map<Integer, Integer> goldToPred, Map<Integer, Boolean> speakerOk) {

    /** Gold indices that count and were missed. */
    public List<Integer> misses() {
      List<Integer> out = new ArrayList<>();
      for (int gi = 0; gi < gold.quotes().size(); gi++) {
        if (!goldToPred.containsKey(gi) && !gold.quotes().get(gi).excluded()) out.add(gi);
      }
      return out;
    }

    /** Prediction indices matched to no gold quote (including those that could not be located). */
    public List<Integer> falsePositives() {
      List<Integer> out = new ArrayList<>();
      java.util.Set<Integer> used = new java.util.HashSet<>(goldToPred.values());
      for (int pi = 0; pi < predictions.size(); pi++) if (!used.contains(pi)) out.add(pi);
      return out;
    }
  }

  /** A full scoring run: the totals and the per-article details. */
  public record Result(Score score, List<ArticleResult> articles) {}

  private Scorer() {}

  /**
   * @param gold  gold articles (already filtered by kind if wanted)
   * @param preds article id → predictions (already filtered by kind if wanted); missing ids mean no prediction
   * @param theta overlap threshold in (0, 1]
   */
  public static Result score(List<GoldArticle> gold, Map<String, List<PredictedQuote>> preds, double theta) {
    if (!(theta > 0 && theta <= 1)) throw new IllegalArgumentException("theta must be in (0, 1], not " + theta);
    int tp = 0, fp = 0, fn = 0, spOk = 0;
    Map<String, int[]> byKind = new LinkedHashMap<>();
    List<ArticleResult> details = new ArrayList<>();
    for (GoldArticle g : gold) {
      String text = g.text();
      List<PredictedQuote> p = preds.getOrDefault(g.id(), List.of());
      int[] ps = new int[p.size()], pe = new int[p.size()];
      List<Integer> located = new ArrayList<>();
      for (int i = 0; i < p.size(); i++) {
        int[] loc = locate(p.get(i), text);
        if (loc == null) {
          ps[i] = pe[i] = -1;
          fp++;
        } else {
          ps[i] = loc[0];
          pe[i] = loc[1];
          located.add(i);
        }
      }
      List<GoldQuote> golds = g.quotes();
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
      Map<Integer, Integer> pm = new HashMap<>();
      for (double[] pair : pairs) {
        int gi = (int) pair[1], li = (int) pair[2];
        if (gm.containsKey(gi) || pm.containsKey(li)) continue;
        gm.put(gi, li);
        pm.put(li, gi);
      }
      Map<Integer, Integer> goldToPred = new HashMap<>();
      Map<Integer, Boolean> verdicts = new HashMap<>();
      for (int gi = 0; gi < golds.size(); gi++) {
        GoldQuote gq = golds.get(gi);
        boolean excluded = gq.excluded();
        int[] bk = byKind.computeIfAbsent(gq.kind(), k -> new int[2]);
        if (gm.containsKey(gi)) {
          int pi = located.get(gm.get(gi));
          goldToPred.put(gi, pi);
          if (excluded) continue;
          tp++;
          bk[0]++;
          boolean ok = SpeakerMatcher.matches(p.get(pi).speaker(), gq.speaker(), gq.aliases());
          verdicts.put(gi, ok);
          if (ok) spOk++;
        } else if (!excluded) {
          fn++;
          bk[1]++;
        }
      }
      fp += located.size() - pm.size();
      details.add(new ArticleResult(g, p, ps, pe, goldToPred, verdicts));
    }
    Map<String, int[]> frozen = new LinkedHashMap<>();
    byKind.forEach((k, v) -> frozen.put(k, Arrays.copyOf(v, 2)));
    return new Result(new Score(theta, tp, fp, fn, spOk, frozen), details);
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
