package verbatim.extract.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Formats evaluation reports: a readable table, the reference scorer's JSON lines, and an error listing. */
public final class ReportWriter {
  private ReportWriter() {}

  /** Table of P/R/F1, speaker accuracy and attributed F1 at 30% and 80%, overall and per kind. */
  public static String table(Evaluator.Report r) {
    StringBuilder sb = new StringBuilder();
    String filter = r.kinds().isEmpty() ? "all kinds" : "kinds " + String.join(",", new TreeSet<>(r.kinds()));
    sb.append(r.name()).append(" (").append(filter).append(")\n");
    sb.append(String.format(Locale.ROOT, "  %-10s %4s %5s %5s %5s %6s %6s %6s %7s %7s%n",
        "scope", "rule", "tp", "fp", "fn", "P", "R", "F1", "spk_acc", "attr_F1"));
    row(sb, "overall", r.lenient().score());
    row(sb, "overall", r.strict().score());
    for (Map.Entry<String, Score[]> e : r.byKind().entrySet()) {
      row(sb, e.getKey(), e.getValue()[0]);
      row(sb, e.getKey(), e.getValue()[1]);
    }
    return sb.toString();
  }

  private static void row(StringBuilder sb, String scope, Score s) {
    sb.append(String.format(Locale.ROOT, "  %-10s %3d%% %5d %5d %5d %6.3f %6.3f %6.3f %7.3f %7.3f%n",
        scope, Math.round(s.theta() * 100), s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1(),
        s.speakerAccuracy(), s.attributedF1()));
  }

  /** The two lines {@code score_quotes.py} prints (30% then 80%), identical byte for byte. */
  public static String pythonJson(Evaluator.Report r) {
    return r.lenient().score().toPythonJson() + "\n" + r.strict().score().toPythonJson() + "\n";
  }

  /** Misses, false positives and wrong speakers per article, judged at the lenient rule. */
  public static String errors(Evaluator.Report r) {
    StringBuilder sb = new StringBuilder();
    for (Scorer.ArticleResult a : r.lenient().articles()) {
      List<Integer> misses = a.misses();
      List<Integer> fps = a.falsePositives();
      Set<Integer> wrong = new TreeSet<>();
      a.speakerOk().forEach((gi, ok) -> { if (!ok) wrong.add(gi); });
      if (misses.isEmpty() && fps.isEmpty() && wrong.isEmpty()) continue;
      String text = a.gold().text();
      sb.append("== ").append(a.gold().id()).append(String.format(Locale.ROOT,
          "  (%d missed, %d false positives, %d wrong speakers)%n", misses.size(), fps.size(), wrong.size()));
      for (int gi : misses) {
        GoldQuote q = a.gold().quotes().get(gi);
        sb.append("  MISS  [").append(q.kind()).append("] ").append(q.speaker()).append(": ")
            .append(clip(cpSub(text, q.start(), q.end()))).append('\n');
      }
      for (int pi : fps) {
        PredictedQuote q = a.predictions().get(pi);
        String span = a.predStart()[pi] < 0 ? String.valueOf(q.text())
            : cpSub(text, a.predStart()[pi], a.predEnd()[pi]);
        sb.append("  FALSE [").append(q.kind()).append("] ").append(q.speaker()).append(": ")
            .append(clip(span)).append('\n');
      }
      for (int gi : wrong) {
        GoldQuote q = a.gold().quotes().get(gi);
        PredictedQuote p = a.predictions().get(a.goldToPred().get(gi));
        sb.append("  SPEAKER [").append(q.kind()).append("] gold ").append(q.speaker()).append(", predicted ")
            .append(p.speaker()).append(": ").append(clip(cpSub(text, q.start(), q.end()))).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Per attribution rule (the prediction's sieve, "(none)" when no rule is recorded): predictions it attributed,
   * how many of them matched a scored gold quote, and how many of those have the right speaker, at the lenient rule.
   */
  public static String bySieve(Evaluator.Report r) {
    Map<String, int[]> rows = new TreeMap<>(); // attributed, matched, right
    for (Scorer.ArticleResult a : r.lenient().articles()) {
      for (PredictedQuote p : a.predictions()) {
        if (p.speaker() != null) rows.computeIfAbsent(sieveName(p), k -> new int[3])[0]++;
      }
      a.speakerOk().forEach((gi, ok) -> {
        PredictedQuote p = a.predictions().get(a.goldToPred().get(gi));
        int[] row = rows.computeIfAbsent(sieveName(p), k -> new int[3]);
        row[1]++;
        if (ok) row[2]++;
      });
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-24s %10s %7s %7s %9s%n",
        "sieve", "attributed", "matched", "right", "precision"));
    rows.forEach((sieve, v) -> sb.append(String.format(Locale.ROOT, "  %-24s %10d %7d %7d %9s%n", sieve, v[0], v[1],
        v[2], v[1] == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) v[2] / v[1]))));
    return sb.toString();
  }

  private static String sieveName(PredictedQuote p) {
    return p.sieve() == null ? "(none)" : p.sieve();
  }

  private static String cpSub(String text, int cpStart, int cpEnd) {
    int s = text.offsetByCodePoints(0, cpStart);
    return text.substring(s, text.offsetByCodePoints(s, cpEnd - cpStart));
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 160 ? one : one.substring(0, 110) + " … " + one.substring(one.length() - 40);
  }
}
