package verbatim.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import verbatim.text.Folding;

/**
 * Turns the quote spans of one text into jobs, running the sieves that read the quote's own sentence, most precise
 * first: "incise" (the reporting clause inside a French quote), the {@link CueSieves} ("cue-after", "cue-before",
 * "cue-later", "pronoun-before"), then for a partial quote "clause-subject" and "group-subject". Labels and short
 * unattributed scare quotes go out as labels instead. Immutable.
 */
final class MarkedQuotes {

  static final String INCISE = "incise";
  private static final Sieve CLAUSE_SUBJECT = new ClauseSubjectSieve();
  private static final Sieve GROUP_SUBJECT = new GroupSubjectSieve();

  private final Grammar g;
  private final LabelSpans labelSpans;
  private final InciseSplitter incises;

  MarkedQuotes(Grammar g, LabelSpans labelSpans) {
    this.g = g;
    this.labelSpans = labelSpans;
    this.incises = new InciseSplitter(g);
  }

  /**
   * @param label  per span, whether it is a label
   * @param cited  folded texts of the cited short quotes, whose unattributed repeats echo them
   * @param labels receives the labels kept
   * @return the jobs of the quotes, in text order
   */
  List<QuoteJob> jobs(List<QuoteMarkScanner.Span> spans, boolean[] label, Set<String> cited, List<Quote> labels) {
    List<QuoteJob> jobs = new ArrayList<>();
    for (int q = 0; q < spans.size(); q++) {
      QuoteMarkScanner.Span s = spans.get(q);
      String body = g.t.text.substring(s.start(), s.end());
      int n = QuoteFinder.words(body);
      if (label[q] || n == 1) {
        labelSpans.add(s, body, n, labels);
        continue;
      }
      if (n == 0) continue;
      QuoteJob job = job(s, body, n, cited, labels);
      if (job != null) jobs.add(job);
    }
    return jobs;
  }

  /** The job of one quote of n words, attributed by the first sieve that answers; null when it is a label. */
  private QuoteJob job(QuoteMarkScanner.Span s, String body, int n, Set<String> cited, List<Quote> labels) {
    int open = g.t.at(s.open());
    int close = g.t.at(s.close());
    String key = n <= LabelSpans.SHORT_WORDS ? Folding.key(body) : null;
    boolean echo = key != null && cited.contains(key);
    InciseSplitter.Split split = incises.split(s, open, close);
    QuoteJob job = new QuoteJob(s.start(), split.parts(), QuoteKinds.of(body), open, close);
    QuoteContext ctx = new QuoteContext(g, open, close);
    Attribution a = split.attribution() != null ? split.attribution().as(INCISE) : CueSieves.attribute(ctx);
    // "deux élus ont réclamé « une pause » …, mais le ministre a déclaré": the speech verb whose object the short
    // quote is speaks for it, not a cue of a later clause of the sentence.
    if (a != null && CueLaterSieve.NAME.equals(a.sieve()) && n <= LabelJudge.MAX_WORDS) {
      Attribution governed = ShortQuoteGovernor.attribute(ctx);
      if (governed != null) a = governed;
    }
    boolean shortPhrase = a == null && !echo && n <= LabelJudge.MAX_UNATTRIBUTED_WORDS;
    // A short phrase a speech verb of its clause takes as object is its subject's wording, not a term.
    if (shortPhrase) {
      a = ShortQuoteGovernor.attribute(ctx);
      shortPhrase = a == null;
    }
    if (shortPhrase) {
      // A short quote nobody is said to have said: a scare quote or a term, unless it reads as an exclamation or
      // a question, which is nobody's label either.
      if (LabelJudge.unattributedLabel(body, n)) labelSpans.add(s, body, n, labels);
      return null;
    }
    if (a == null && job.kind == Quote.Kind.PARTIAL) a = CLAUSE_SUBJECT.find(ctx);
    if (a == null && job.kind == Quote.Kind.PARTIAL) a = GROUP_SUBJECT.find(ctx);
    if (a != null) job.apply(a, g);
    if (a == null && echo) job.echo = key;
    return job;
  }
}
