package verbatim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.extract.QuoteFinder;
import verbatim.extract.ReportedSpeechFinder;
import verbatim.extract.eval.Evaluator;
import verbatim.extract.eval.GoldArticle;
import verbatim.extract.eval.GoldReader;
import verbatim.extract.eval.PredictedQuote;
import verbatim.extract.eval.PredictionFile;
import verbatim.extract.eval.ReportWriter;

/** {@code ./verbatim eval}: scores quote extraction against gold files, with the reference scorer's rules. */
final class EvalCommand implements Command {
  @Override public String name() { return "eval"; }

  @Override public String summary() { return "score quote extraction against gold JSON Lines files"; }

  @Override public String usage() {
    return """
        Usage: ./verbatim eval GOLD.jsonl [GOLD.jsonl ...] [OPTIONS]

        Runs the extraction pipeline (quote finder, then corpus-level speaker names over each gold file
        as one corpus) on every gold article and prints precision, recall, F1, speaker accuracy
        and attributed F1 at the 30% (lenient) and 80% (strict) overlap rules, overall and per kind,
        with exactly the definitions of score_quotes.py.

        Options:
          --kinds K,K        score only gold quotes of these kinds: direct, partial, indirect. Quotes are
                             matched whatever their kind; an unmatched prediction is a false positive only
                             if its kind is kept and it does not lie mostly inside a left-out gold quote
          --by-sieve         per attribution rule: quotes attributed, matched, right speaker, precision
          --errors           list misses, false positives and wrong speakers per article (30% rule)
          --json             print score_quotes.py's two JSON lines per gold file instead of the table
          --pred-out FILE    write the predictions in score_quotes.py's PRED format (String indices)
          --pred FILE        score this PRED file instead of running the quote finder
          --reported-only    run only the reported-speech finder (indirect quotes; speaker = the mention
                             as written, unresolved): to study it apart from the quote finder
        """;
  }

  @Override public int run(List<String> argv) throws Exception {
    Args a = Args.parse(argv, Set.of("kinds", "pred-out", "pred"), Set.of("errors", "json", "reported-only", "by-sieve"));
    if (a.positional().isEmpty()) throw new Args.UsageException("give at least one gold file");
    Set<String> kinds = new LinkedHashSet<>();
    for (String k : a.get("kinds", "").split(",")) {
      String t = k.strip();
      if (t.isEmpty()) continue;
      if (!Evaluator.KINDS.contains(t)) {
        throw new Args.UsageException("unknown kind '" + t + "' (expected direct, partial or indirect)");
      }
      kinds.add(t);
    }
    Map<String, List<GoldArticle>> golds = new LinkedHashMap<>();
    for (String f : a.positional()) {
      Path p = Path.of(f);
      String base = p.getFileName().toString().replaceFirst("\\.jsonl?$", "");
      golds.put(golds.containsKey(base) ? f : base, GoldReader.read(p));
    }
    Map<String, List<PredictedQuote>> given = a.has("pred") ? PredictionFile.read(a.path("pred", null)) : null;
    if (given != null && a.has("reported-only")) throw new Args.UsageException("--pred and --reported-only exclude each other");
    QuoteFinder finder = given == null ? new QuoteFinder() : null;
    ReportedSpeechFinder reported = a.has("reported-only") ? new ReportedSpeechFinder() : null;
    List<GoldArticle> all = new ArrayList<>();
    Map<String, List<PredictedQuote>> allPreds = new LinkedHashMap<>();
    for (Map.Entry<String, List<GoldArticle>> e : golds.entrySet()) {
      Map<String, List<PredictedQuote>> preds = given != null ? given
          : reported != null ? Evaluator.predictReported(e.getValue(), reported)
          : Evaluator.predict(e.getValue(), finder);
      Evaluator.Report r = Evaluator.evaluate(e.getKey(), e.getValue(), preds, kinds);
      if (a.has("json")) {
        System.out.print(ReportWriter.pythonJson(r));
      } else {
        System.out.print(ReportWriter.table(r));
        System.out.println();
      }
      if (a.has("by-sieve")) System.out.print(ReportWriter.bySieve(r) + (a.has("json") ? "" : "\n"));
      if (a.has("errors")) System.out.print(ReportWriter.errors(r));
      all.addAll(e.getValue());
      for (GoldArticle g : e.getValue()) allPreds.put(g.id(), preds.getOrDefault(g.id(), List.of()));
    }
    if (a.has("pred-out")) {
      Path out = a.path("pred-out", null);
      PredictionFile.write(out, all, allPreds);
      System.err.println("predictions written to " + out);
    }
    return 0;
  }
}
