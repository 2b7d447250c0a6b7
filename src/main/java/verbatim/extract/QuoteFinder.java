package verbatim.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import verbatim.text.HardWraps;
import verbatim.text.LanguageDetector;

/**
 * Finds quotations and their speakers in one text. Plain Java: no Lucene, no HTTP. Linear-time scanning with
 * bounded look-around; thread-safe (no mutable state between calls).
 *
 * <p>The pipeline: quote marks ({@link QuoteMarkScanner}); labels and scare quotes told apart
 * ({@link LabelSpans}); each quote attributed by the sieves of its own sentence, most precise first
 * ({@link MarkedQuotes}: incise, cue after, cue before, cue later, pronoun before, clause subject); reported speech
 * from {@link ReportedSpeechFinder}; then mentions resolved per article, and the sieves that look further
 * ({@link SpeakerRun}: neighbouring sentence, participle shared, run of quotes, paragraph continuation, echo, next
 * quote); last the reported clause around a short partial quote ({@link ReportedClauses}). Each quote records the
 * sieve that gave its speaker.
 */
public final class QuoteFinder {

  /** The sieve of reported speech whose subject {@link ReportedSpeechFinder} found. */
  static final String REPORTED = "reported";

  private static final LanguageDetector LANGUAGE = new LanguageDetector();

  private final QuoteMarkScanner scanner = new QuoteMarkScanner();
  private final ReportedSpeechFinder reported;

  /** A finder of quotes in quote marks and of reported speech. */
  public QuoteFinder() {
    this(true);
  }

  /** @param withReported whether to add reported speech (kind indirect) from {@link ReportedSpeechFinder} */
  QuoteFinder(boolean withReported) {
    this.reported = withReported ? new ReportedSpeechFinder() : null;
  }

  /**
   * @param text     the text to scan (offsets of the returned quotes index into it)
   * @param language "en" or "fr", the language of the text
   * @return quotes in text order
   */
  public List<Quote> find(String text, String language) {
    Objects.requireNonNull(text, "text");
    if (!"en".equals(language) && !"fr".equals(language)) {
      throw new IllegalArgumentException("language must be \"en\" or \"fr\", got " + language);
    }
    String joined = HardWraps.join(text); // newswire wraps are no paragraph ends; offsets unchanged
    List<Quote> found = findIn(joined, language);
    return joined == text ? found : asWritten(found, text);
  }

  /** The quotes of {@code text}, its hard wraps already joined. */
  private List<Quote> findIn(String text, String language) {
    List<QuoteMarkScanner.Span> spans = scanner.scan(text);
    List<ReportedSpeechFinder.Reported> said = null;
    if (spans.isEmpty()) {
      // Cut no tokens for a text with no quote mark and no reported speech.
      said = reported(text, language, List.of());
      if (said.isEmpty()) return List.of();
    }
    Tokens t = tokens(text, spans);
    // Per quote span: a label (les «gilets jaunes»), not a quotation; decided in text order, read by the grammar.
    boolean[] label = new boolean[spans.size()];
    Grammar g = new Grammar(t, language, label, false);
    LabelSpans labelSpans = new LabelSpans(g);
    Set<String> cited = labelSpans.decide(spans, label);
    List<Quote> labels = new ArrayList<>();
    List<QuoteJob> jobs = new MarkedQuotes(g, labelSpans).jobs(spans, label, cited, labels);
    if (said == null) said = reported(text, language, taken(spans));
    jobs.addAll(reportedJobs(t, said));
    if (jobs.isEmpty()) return labels;
    jobs.sort(Comparator.comparingInt(j -> j.pos));
    new SpeakerRun(g).resolve(jobs);
    List<Quote> out = new ArrayList<>(labels);
    out.addAll(quotes(jobs, text, language));
    if (reported != null) {
      List<int[]> madeFrom = new ReportedClauses(g, q -> languageOf(q, language)).addTo(jobs, out);
      if ("en".equals(language)) out = ClauseFragments.withoutFragments(out, madeFrom);
    }
    out.sort(Comparator.comparingInt(Quote::start));
    return out;
  }

  /** The quotes with their words as the text gives them, line breaks included, as {@link Quote#text} promises. */
  private static List<Quote> asWritten(List<Quote> quotes, String text) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      out.add(new Quote(q.start(), q.end(), text.substring(q.start(), q.end()), q.kind(), q.speaker(), q.cue(),
          q.language(), q.sieve()));
    }
    return out;
  }

  /** The tokens of the text, each knowing the index of the quote span it lies in (marks included), or -1. */
  private static Tokens tokens(String text, List<QuoteMarkScanner.Span> spans) {
    Tokens t = Tokens.of(Sentences.joinBrokenLines(text));
    t.quote = new int[t.size];
    Arrays.fill(t.quote, -1);
    for (int q = 0; q < spans.size(); q++) {
      QuoteMarkScanner.Span s = spans.get(q);
      for (int k = t.at(s.open()); k < t.size && t.start[k] < s.close(); k++) t.quote[k] = q;
    }
    return t;
  }

  private List<ReportedSpeechFinder.Reported> reported(String text, String language, List<int[]> taken) {
    return reported == null ? List.of() : reported.findJoined(text, language, taken); // find() joined the wraps
  }

  /** The offsets [open, close] of each quote span, marks included: reported speech stays out of them. */
  private static List<int[]> taken(List<QuoteMarkScanner.Span> spans) {
    List<int[]> taken = new ArrayList<>();
    for (QuoteMarkScanner.Span s : spans) taken.add(new int[] {s.open(), s.close()});
    return taken;
  }

  /** One job per reported-speech item, attributed when the finder found its subject. */
  private static List<QuoteJob> reportedJobs(Tokens t, List<ReportedSpeechFinder.Reported> said) {
    List<QuoteJob> jobs = new ArrayList<>();
    for (ReportedSpeechFinder.Reported r : said) {
      if (r.end() <= r.start()) continue;
      QuoteJob job = new QuoteJob(r.start(), new int[][] {{r.start(), r.end()}}, Quote.Kind.INDIRECT, -1, -1);
      job.cue = r.cue();
      if (r.mentionStart() >= 0 && r.mentionEnd() > r.mentionStart()) {
        job.mentionFrom = t.at(r.mentionStart());
        job.mentionTo = t.at(r.mentionEnd());
        job.attributed = true;
        job.sieve = REPORTED;
      }
      jobs.add(job);
    }
    return jobs;
  }

  /** The quotes of the jobs, one per part; a speaker whose name does not pass the gate is dropped with its sieve. */
  private static List<Quote> quotes(List<QuoteJob> jobs, String text, String language) {
    List<Quote> out = new ArrayList<>();
    for (QuoteJob job : jobs) {
      if (job.speaker != null && !SpeakerNameGate.standard().accepts(job.speaker.name(), language)) job.speaker = null;
      for (int[] p : job.parts) {
        String q = text.substring(p[0], p[1]);
        out.add(new Quote(p[0], p[1], q, job.kind, job.speaker, job.cue, languageOf(q, language),
            job.speaker == null ? null : job.sieve));
      }
    }
    return out;
  }

  /** The language of a quote: the detector's when it is clear, else the article's. */
  private static String languageOf(String quote, String language) {
    return LANGUAGE.detectClearly(quote).orElse(language);
  }

  /** Number of words (runs of letters and digits) of s. */
  static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) n++;
      in = w;
    }
    return n;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
