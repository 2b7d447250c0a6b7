package verbatim.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import verbatim.extract.eval.Evaluator;
import verbatim.extract.eval.GoldArticle;
import verbatim.extract.eval.GoldReader;
import verbatim.extract.eval.PredictedQuote;
import verbatim.extract.eval.Scorer;

/**
 * Development tool: scores every dev file in one JVM (30% rule, LABEL predictions left out as the eval will) and
 * prints precision of the speaker per attribution sieve over matched quotes.
 * Usage: AttributionDevMain DIR [errors-set]
 */
public final class AttributionDevMain {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String[][] specs = {{"fr-qc-dev2", "direct,partial"}, {"fr-qc-dev", "direct,partial"}, {"ggt-en-dev", ""},
        {"ggt-en-dev", "direct"}, {"seed-en", ""}};
    QuoteFinder finder = new QuoteFinder();
    System.out.printf(Locale.ROOT, "%-12s %-15s %5s %4s %4s %6s %6s %6s %6s %6s%n", "set", "kinds", "tp", "fp", "fn",
        "P", "R", "F1", "spk", "attrF1");
    Map<String, int[]> bySieve = new TreeMap<>();
    for (String[] s : specs) {
      List<GoldArticle> gold = GoldReader.read(dir.resolve(s[0] + ".jsonl"));
      Set<String> kinds = s[1].isEmpty() ? Set.of() : Set.of(s[1].split(","));
      Map<String, List<PredictedQuote>> preds = new LinkedHashMap<>();
      Map<String, List<String>> sieves = new LinkedHashMap<>();
      for (GoldArticle a : gold) {
        List<PredictedQuote> list = new ArrayList<>();
        List<String> sv = new ArrayList<>();
        for (Quote q : finder.find(a.text(), a.language())) {
          if (q.kind() == Quote.Kind.LABEL) continue;
          if (!kinds.isEmpty() && !kinds.contains(q.kind().label())) continue;
          list.add(new PredictedQuote(q.start(), q.end(), q.text(), q.speaker() == null ? null : q.speaker().name(),
              q.kind().label()));
          sv.add(q.sieve() == null ? "-" : q.sieve());
        }
        preds.put(a.id(), list);
        sieves.put(a.id(), sv);
      }
      Evaluator.Report r = Evaluator.evaluate(s[0], gold, preds, kinds);
      var sc = r.lenient().score();
      System.out.printf(Locale.ROOT, "%-12s %-15s %5d %4d %4d %6.3f %6.3f %6.3f %6.3f %6.3f%n", s[0],
          s[1].isEmpty() ? "all" : s[1], sc.tp(), sc.fp(), sc.fn(), sc.precision(), sc.recall(), sc.f1(),
          sc.speakerAccuracy(), sc.attributedF1());
      if (s[1].equals("direct")) continue;
      for (Scorer.ArticleResult ar : r.lenient().articles()) {
        List<String> sv = sieves.get(ar.gold().id());
        for (var e : ar.goldToPred().entrySet()) {
          if (ar.gold().quotes().get(e.getKey()).excluded()) continue;
          String key = s[0].startsWith("fr") ? "fr " : "en ";
          int[] c = bySieve.computeIfAbsent(key + sv.get(e.getValue()), k -> new int[2]);
          c[1]++;
          if (Boolean.TRUE.equals(ar.speakerOk().get(e.getKey()))) {
            c[0]++;
          } else if (args.length > 1 && s[0].equals(args[1])) {
            var g = ar.gold().quotes().get(e.getKey());
            var pq = ar.predictions().get(e.getValue());
            String t = ar.gold().text();
            int a0 = Math.max(0, g.start() - 130);
            System.out.printf(Locale.ROOT, "WRONG %s | gold %s | pred %s%n    %s[[%s]]%s%n", sv.get(e.getValue()),
                g.speaker(), pq.speaker(), t.substring(a0, g.start()).replace('\n', ' '),
                t.substring(g.start(), Math.min(g.end(), g.start() + 60)).replace('\n', ' '),
                t.substring(g.end(), Math.min(t.length(), g.end() + 70)).replace('\n', ' '));
          }
        }
      }
    }
    System.out.println("by sieve (matched quotes, fr-qc-dev2+fr-qc-dev / ggt+seed): right/total");
    bySieve.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-28s %4d/%4d %6.3f%n", k, c[0], c[1],
        c[1] == 0 ? 0 : (double) c[0] / c[1]));
  }
}
