package verbatim.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.extract.CorpusSpeakers;
import verbatim.extract.Quote;
import verbatim.extract.QuoteFinder;
import verbatim.extract.ReportedSpeechFinder;

/** Runs the extraction pipeline over gold articles and scores it at the lenient (30%) and strict (80%) thresholds. */
public final class Evaluator {
  public static final double LENIENT = 0.3;
  public static final double STRICT = 0.8;
  /** Kinds reported separately, in this order. */
  public static final List<String> KINDS = List.of("direct", "partial", "indirect");

  /**
   * Scores of one gold set.
   *
   * @param name    label (the gold file name without extension)
   * @param kinds   the kind filter applied (empty: all kinds)
   * @param lenient scores at 30% with per-article details
   * @param strict  scores at 80% with per-article details
   * @param byKind  kind → {lenient, strict} scores with gold and predictions restricted to that kind
   */
  public record Report(String name, Set<String> kinds, Scorer.Result lenient, Scorer.Result strict,
      Map<String, Score[]> byKind) {}

  private Evaluator() {}

  /**
   * Runs the product's pipeline on every article, in file order: {@code finder} then the corpus-level speaker
   * canonicalisation over the gold file as one corpus. Article id → predictions in the PRED format; LABEL quotes
   * (quote-marked names, not quotations) are never predictions.
   */
  public static Map<String, List<PredictedQuote>> predict(List<GoldArticle> gold, QuoteFinder finder) {
    CorpusSpeakers speakers = new CorpusSpeakers();
    Map<String, List<PredictedQuote>> preds = new LinkedHashMap<>();
    for (GoldArticle a : gold) {
      List<PredictedQuote> list = preds.computeIfAbsent(a.id(), k -> new ArrayList<>());
      for (Quote q : speakers.canonical(finder.find(a.text(), a.language()))) {
        if (q.kind() == Quote.Kind.LABEL) continue;
        list.add(new PredictedQuote(q.start(), q.end(), q.text(),
            q.speaker() == null ? null : q.speaker().name(), q.kind().label(), q.sieve()));
      }
    }
    return preds;
  }

  /**
   * Runs {@link ReportedSpeechFinder} alone (nothing taken) and scores its spans as indirect quotes whose speaker
   * is the mention as written: to study the finder before or apart from {@link QuoteFinder}.
   */
  public static Map<String, List<PredictedQuote>> predictReported(List<GoldArticle> gold, ReportedSpeechFinder finder) {
    Map<String, List<PredictedQuote>> preds = new LinkedHashMap<>();
    for (GoldArticle a : gold) {
      List<PredictedQuote> list = preds.computeIfAbsent(a.id(), k -> new ArrayList<>());
      for (ReportedSpeechFinder.Reported r : finder.find(a.text(), a.language(), List.of())) {
        String mention = r.mentionStart() < 0 ? null : a.text().substring(r.mentionStart(), r.mentionEnd());
        list.add(new PredictedQuote(r.start(), r.end(), a.text().substring(r.start(), r.end()), mention,
            "indirect"));
      }
    }
    return preds;
  }

  /**
   * Scores predictions against a gold set, overall (under the {@code kinds} filter) and per kind, with the
   * reference scorer's {@code --kinds} rule: quotes are matched whatever their kind, only kept kinds are scored.
   */
  public static Report evaluate(String name, List<GoldArticle> gold, Map<String, List<PredictedQuote>> preds,
      Set<String> kinds) {
    Scorer.Result lenient = Scorer.score(gold, preds, LENIENT, kinds);
    Scorer.Result strict = Scorer.score(gold, preds, STRICT, kinds);
    Set<String> present = new LinkedHashSet<>();
    for (String k : KINDS) if (kinds.isEmpty() || kinds.contains(k)) present.add(k);
    for (GoldArticle a : gold) {
      for (GoldQuote q : a.quotes()) if (kinds.isEmpty() && !KINDS.contains(q.kind())) present.add(q.kind());
    }
    Map<String, Score[]> byKind = new LinkedHashMap<>();
    for (String k : present) {
      boolean any = gold.stream().anyMatch(a -> a.quotes().stream().anyMatch(q -> q.kind().equals(k)));
      if (!any) continue;
      Set<String> one = Set.of(k);
      byKind.put(k, new Score[] {Scorer.score(gold, preds, LENIENT, one).score(),
          Scorer.score(gold, preds, STRICT, one).score()});
    }
    return new Report(name, Set.copyOf(kinds), lenient, strict, byKind);
  }
}
