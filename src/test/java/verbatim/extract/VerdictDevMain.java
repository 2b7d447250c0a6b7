package verbatim.extract;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import verbatim.extract.eval.Evaluator;
import verbatim.extract.eval.GoldArticle;
import verbatim.extract.eval.GoldReader;
import verbatim.extract.eval.PredictedQuote;
import verbatim.extract.eval.Scorer;

/**
 * Development tool: the eval figures of every dev file in one JVM (same pipeline and scorer as {@code ./verbatim
 * eval}), and one verdict line per matched gold quote (set, article, gold offset, sieve, OK/WRONG, gold and
 * predicted speaker, context) written to a file, so that two builds can be compared quote by quote with diff.
 * Usage: VerdictDevMain DIR OUT
 */
public final class VerdictDevMain {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String[][] specs = {{"fr-qc-dev2", "direct,partial"}, {"fr-qc-dev", "direct,partial"}, {"ggt-en-dev", ""},
        {"ggt-en-dev", "direct"}, {"seed-en", "direct,partial"}};
    QuoteFinder finder = new QuoteFinder();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      for (String[] s : specs) {
        List<GoldArticle> gold = GoldReader.read(dir.resolve(s[0] + ".jsonl"));
        Set<String> kinds = s[1].isEmpty() ? Set.of() : Set.of(s[1].split(","));
        Map<String, List<PredictedQuote>> preds = Evaluator.predict(gold, finder);
        Evaluator.Report r = Evaluator.evaluate(s[0], gold, preds, kinds);
        var sc = r.lenient().score();
        System.out.printf(Locale.ROOT, "%-11s %-14s tp %3d fp %3d fn %3d  F1 %.3f  spk %.3f  attrF1 %.3f%n", s[0],
            s[1].isEmpty() ? "all" : s[1], sc.tp(), sc.fp(), sc.fn(), sc.f1(), sc.speakerAccuracy(),
            sc.attributedF1());
        if (s[1].equals("direct")) continue;
        for (Scorer.ArticleResult ar : r.lenient().articles()) {
          String t = ar.gold().text();
          for (var e : ar.goldToPred().entrySet()) {
            var g = ar.gold().quotes().get(e.getKey());
            if (g.excluded()) continue;
            var p = ar.predictions().get(e.getValue());
            boolean ok = Boolean.TRUE.equals(ar.speakerOk().get(e.getKey()));
            int a0 = Math.max(0, g.start() - 90);
            out.printf(Locale.ROOT, "%s %s @%d %s %s | gold %s | pred %s | %s[[%s]]%s%n", s[0], ar.gold().id(),
                g.start(), p.sieve(), ok ? "OK" : "WRONG", g.speaker(), p.speaker(),
                t.substring(a0, g.start()).replace('\n', ' '),
                t.substring(g.start(), Math.min(g.end(), g.start() + 40)).replace('\n', ' '),
                t.substring(g.end(), Math.min(t.length(), g.end() + 60)).replace('\n', ' '));
          }
        }
      }
    }
  }
}
