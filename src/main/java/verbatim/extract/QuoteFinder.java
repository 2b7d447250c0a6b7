package verbatim.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import verbatim.text.Folding;
import verbatim.text.LanguageDetector;

/**
 * Finds quotations and their speakers in one text. Plain Java: no Lucene, no HTTP. Linear-time scanning with
 * bounded look-around; thread-safe (no mutable state between calls).
 *
 * <p>Steps: quote marks ({@link QuoteMarkScanner}); labels and scare quotes left out; French quotes split at an
 * incise (« …, a-t-il dit. … »); attribution by cue verbs after, before or around the quote, else a neighbouring
 * sentence or quote; mentions resolved per article by {@link SpeakerResolver}; reported speech from
 * {@link ReportedSpeechFinder} resolved the same way.
 */
public final class QuoteFinder {

  private static final LanguageDetector LANGUAGE = new LanguageDetector();
  private static final int MAX_MENTION = 12;
  private static final int MAX_SENTENCE = 80;
  /** A partial quote under this share (%) of its reported clause does not stand for the clause. */
  private static final int CLAUSE_RATIO = 30;

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
    return new Run(text, language).run();
  }

  /** One quote or reported-speech item waiting for its speaker. */
  private static final class Job {
    final int pos;
    final int[][] parts; // [start, end] pairs
    final Quote.Kind kind;
    final int open, close; // token range of the quote with its marks; -1 for reported speech
    int mentionFrom = -1, mentionTo = -1;
    String pronoun;
    String cue;
    Speaker speaker;
    boolean attributed;
    /** For an unattributed repeat of a cited short quote: its folded text, whose attributed occurrence speaks. */
    String echo;
    /** The attribution rule that gave the speaker. */
    String sieve;

    Job(int pos, int[][] parts, Quote.Kind kind, int open, int close) {
      this.pos = pos;
      this.parts = parts;
      this.kind = kind;
      this.open = open;
      this.close = close;
    }
  }

  /** A mention and cue found for a quote. */
  private record Attr(int from, int to, String pronoun, String cue, String sieve) {
    Attr(int from, int to, String pronoun, String cue) {
      this(from, to, pronoun, cue, null);
    }

    Attr as(String rule) {
      return new Attr(from, to, pronoun, cue, rule);
    }
  }

  /** The work on one text. */
  private final class Run {
    final String text;
    final String language;
    /** Cut lazily: a text with no quote mark and no reported speech needs no tokens. */
    Tokens t;
    /** Set while reading an incise inside a quote, where the tokens belong to the quote. */
    boolean allowQuoted;
    /** The attribution read from the last incise split. */
    Attr incise;
    /** Per quote span: a label (les «gilets jaunes»), not a quotation. */
    boolean[] label = new boolean[0];

    Run(String text, String language) {
      this.text = text;
      this.language = language;
    }

    List<Quote> run() {
      List<QuoteMarkScanner.Span> spans = scanner.scan(text);
      List<ReportedSpeechFinder.Reported> said = null;
      if (spans.isEmpty()) {
        said = reported == null ? List.of() : reported.find(text, language, List.of());
        if (said.isEmpty()) return List.of();
      }
      t = Tokens.of(text);
      t.quote = new int[t.size];
      Arrays.fill(t.quote, -1);
      for (int q = 0; q < spans.size(); q++) {
        QuoteMarkScanner.Span s = spans.get(q);
        for (int k = t.at(s.open()); k < t.size && t.start[k] < s.close(); k++) t.quote[k] = q;
      }
      Map<String, Integer> shortTexts = new HashMap<>();
      for (QuoteMarkScanner.Span s : spans) {
        String body = text.substring(s.start(), s.end());
        if (words(body) <= 4) shortTexts.merge(Folding.key(body), 1, Integer::sum);
      }
      // A short text quoted again and again is a label (les «gilets jaunes») unless one of its occurrences is
      // attributed right after its closing mark (Il faut «retisser l’unité nationale», a-t-il dit): then it is a
      // quote repeated from the lede or a title, and every occurrence has that speaker.
      Set<String> cited = new HashSet<>();
      for (QuoteMarkScanner.Span s : spans) {
        String key = Folding.key(text.substring(s.start(), s.end()));
        int close = t.at(s.close());
        boolean comma = close < t.size && t.isPunct(close, ',') || text.charAt(s.close() - 2) == ',';
        if (shortTexts.getOrDefault(key, 0) >= 2 && !cited.contains(key) && comma
            && attributeAfter(t.at(s.open()), close) != null) {
          cited.add(key);
        }
      }
      label = new boolean[spans.size()];
      for (int q = 0; q < spans.size(); q++) {
        QuoteMarkScanner.Span s = spans.get(q);
        String body = text.substring(s.start(), s.end());
        int n = words(body);
        label[q] = n > 1 && n <= 4 && !cited.contains(Folding.key(body))
            && isLabel(s, body, n, t.at(s.open()), t.at(s.close()), shortTexts);
      }
      List<Job> jobs = new ArrayList<>();
      List<Quote> labels = new ArrayList<>();
      List<int[]> taken = new ArrayList<>();
      for (int q = 0; q < spans.size(); q++) {
        QuoteMarkScanner.Span s = spans.get(q);
        taken.add(new int[] {s.open(), s.close()});
        String body = text.substring(s.start(), s.end());
        int open = t.at(s.open());
        int close = t.at(s.close());
        int n = words(body);
        if (label[q] || n == 1) {
          addLabel(s, body, n, labels);
          continue;
        }
        if (n == 0) continue;
        String key = n <= 4 ? Folding.key(body) : null;
        boolean echo = key != null && cited.contains(key);
        int[][] parts = splitIncise(s, open, close);
        Job job = new Job(s.start(), parts, kindOf(s, body, open, close), open, close);
        Attr a = incise != null ? incise.as("incise") : attribute(open, close);
        if (a == null && !echo && n <= LabelJudge.MAX_UNATTRIBUTED_WORDS) {
          // A short quote nobody is said to have said: a scare quote or a term, unless it reads as an exclamation or
          // a question, which is nobody's label either.
          if (LabelJudge.unattributedLabel(body, n)) addLabel(s, body, n, labels);
          continue;
        }
        if (a == null && job.kind == Quote.Kind.PARTIAL) a = subjectOfClause(open);
        if (a != null) apply(job, a);
        if (a == null && echo) job.echo = key;
        jobs.add(job);
      }
      if (said == null) said = reported == null ? List.of() : reported.find(text, language, taken);
      for (ReportedSpeechFinder.Reported r : said) {
        if (r.end() <= r.start()) continue;
        Job job = new Job(r.start(), new int[][] {{r.start(), r.end()}}, Quote.Kind.INDIRECT, -1, -1);
        job.cue = r.cue();
        if (r.mentionStart() >= 0 && r.mentionEnd() > r.mentionStart()) {
          job.mentionFrom = t.at(r.mentionStart());
          job.mentionTo = t.at(r.mentionEnd());
          job.attributed = true;
          job.sieve = "reported";
        }
        jobs.add(job);
      }
      if (jobs.isEmpty()) return labels;
      SpeakerResolver resolver = new SpeakerResolver(t);
      jobs.sort(Comparator.comparingInt(j -> j.pos));
      Job previous = null;
      Job lastSpoken = null;
      int lastEnd = 0;
      for (Job job : jobs) {
        resolver.quoteSpan(job.parts[0][0], job.parts[job.parts.length - 1][1]);
        if (job.attributed) {
          job.speaker = job.pronoun != null ? resolver.resolvePronoun(job.pronoun, job.pos)
              : resolver.resolve(job.mentionFrom, job.mentionTo, job.pos);
          if (job.kind == Quote.Kind.INDIRECT && job.speaker != null && job.pronoun == null
              && !Lexicon.PRONOUNS.contains(t.lower(job.mentionFrom))) {
            int w = t.at(job.parts[0][0]);
            String first = w < t.size && t.isWord(w) ? t.lower(w) : "";
            char g = first.equals("he") || first.equals("il") ? 'M' : first.equals("she") || first.equals("elle") ? 'F' : 0;
            if (g != 0) resolver.noteGender(job.speaker, g);
          }
        }
        // "”, says the maverick, noting that …", "he said, adding that …": a participle cue with no subject of its own
        // shares the speaker of the quote just before it in the same sentence.
        if (job.speaker == null && job.kind == Quote.Kind.INDIRECT && job.cue != null && lastSpoken != null
            && isParticipleCue(job.cue) && job.pos >= lastEnd && job.pos - lastEnd < 300
            && sameSentence(lastEnd, job.pos)) {
          job.speaker = lastSpoken.speaker;
          job.sieve = "participle-shared";
          resolver.record(job.speaker, job.pos);
        }
        if (job.echo != null) continue; // takes the speaker of its attributed occurrence, below
        if (job.speaker == null && job.kind != Quote.Kind.INDIRECT) {
          Attr a = neighbourSentence(job);
          if (a != null) {
            apply(job, a);
            job.speaker = a.pronoun != null ? resolver.resolvePronoun(a.pronoun, job.pos)
                : resolver.resolve(a.from, a.to, job.pos);
            if (job.cue == null) job.cue = null;
          }
        }
        if (job.speaker == null && job.kind != Quote.Kind.INDIRECT && previous != null && previous.speaker != null
            && previous.open >= 0 && paragraphsBetween(previous.close, job.open) <= 1) {
          job.speaker = previous.speaker;
          job.sieve = "run-previous";
          resolver.record(job.speaker, job.pos);
        }
        // A quote standing alone as a paragraph with no cue, after narration that names no other person, goes on
        // with the last speaker (a speaker's words set off after a paragraph about them).
        if (job.speaker == null && job.kind != Quote.Kind.INDIRECT && lastSpoken != null && wholeParagraph(job)
            && paragraphsBetween(t.at(lastEnd), job.open) <= 2
            && resolver.noOtherPersonBetween(lastSpoken.speaker, lastEnd, job.pos)) {
          job.speaker = lastSpoken.speaker;
          job.sieve = "paragraph-continuation";
          resolver.record(job.speaker, job.pos);
        }
        if (job.kind != Quote.Kind.INDIRECT) previous = job;
        if (job.speaker != null) {
          lastSpoken = job;
          lastEnd = job.parts[job.parts.length - 1][1];
        }
      }
      // A repeat of a cited short quote: the speaker of an attributed occurrence.
      for (Job j : jobs) {
        if (j.echo == null) continue;
        for (Job o : jobs) {
          if (o.echo == null && o.speaker != null && o.open >= 0 && o.parts.length == 1
              && Folding.key(text.substring(o.parts[0][0], o.parts[0][1])).equals(j.echo)) {
            j.speaker = o.speaker;
            j.sieve = "echo";
            break;
          }
        }
      }
      // Still unattributed: the next quote of the same paragraph.
      for (int i = jobs.size() - 2; i >= 0; i--) {
        Job j = jobs.get(i), nx = jobs.get(i + 1);
        if (j.speaker == null && j.open >= 0 && nx.open >= 0 && nx.speaker != null
            && paragraphsBetween(j.close, nx.open) == 0) {
          j.speaker = nx.speaker;
          j.sieve = "run-next";
        }
      }
      List<Quote> out = new ArrayList<>(labels);
      for (Job job : jobs) {
        if (job.speaker != null && !SpeakerNameGate.standard().accepts(job.speaker.name(), language)) job.speaker = null;
        for (int[] p : job.parts) {
          String q = text.substring(p[0], p[1]);
          out.add(new Quote(p[0], p[1], q, job.kind, job.speaker, job.cue, languageOf(q),
              job.speaker == null ? null : job.sieve));
        }
      }
      if (reported != null) addReportedClauses(jobs, out);
      out.sort(Comparator.comparingInt(Quote::start));
      return out;
    }

    /**
     * A short partial quote inside a reported clause ("Freeland said she had “a very emotional conversation” with
     * his father") is also part of that reported speech: the clause, quote included, is added as an indirect quote
     * with the same speaker. Only when the quote is under a third of the clause (a longer one already stands for it)
     * and when no reported-speech span overlaps the clause.
     */
    private void addReportedClauses(List<Job> jobs, List<Quote> out) {
      int lastEnd = -1;
      for (Job job : jobs) {
        if (job.kind != Quote.Kind.PARTIAL || job.cue == null || job.speaker == null || job.parts.length != 1) continue;
        int[] c = reportedClause(job);
        if (c == null || c[0] < lastEnd) continue;
        int quoted = job.parts[0][1] - job.parts[0][0];
        if (quoted * 100 >= (c[1] - c[0]) * CLAUSE_RATIO) continue;
        boolean overlaps = false;
        for (Job o : jobs) {
          if (o.kind == Quote.Kind.INDIRECT && o.parts[0][0] < c[1] && o.parts[0][1] > c[0]) overlaps = true;
        }
        if (overlaps) continue;
        String q = text.substring(c[0], c[1]);
        out.add(new Quote(c[0], c[1], q, Quote.Kind.INDIRECT, job.speaker, job.cue, languageOf(q), "clause-of-partial"));
        lastEnd = c[1];
      }
    }

    /**
     * The reported clause holding a quote, as [start, end) offsets, or null: after a cue before the quote in its
     * sentence ("X said (that) …" to the end of the sentence), or from the sentence start to the comma before a
     * cue after it ("…, a spokeswoman said").
     */
    private int[] reportedClause(Job job) {
      int s = sentenceStart(job.open), e = sentenceEnd(job.close);
      int best = -1, bestLen = 0;
      for (int k = s; k < e; k++) {
        if (t.quote[k] >= 0) continue;
        int len = cueAt(k);
        if (len == 0 || !cueText(k, len).equals(job.cue)) continue;
        if (best < 0 || Math.abs(k - job.open) < Math.abs(best - job.open)) {
          best = k;
          bestLen = len;
        }
      }
      if (best < 0 || Lexicon.PREP_CUES.contains(t.lower(best))) return null;
      int from, to;
      if (best < job.open) {
        from = best + bestLen;
        if (job.mentionFrom >= from && job.mentionTo <= job.open) from = job.mentionTo; // "said the mayor"
        if (t.isPunct(from, ',')) {
          // An aside before the clause: "fears, like several experts, that …".
          int x = from + 1;
          while (x < job.open && x < from + 10 && !t.isPunct(x, ',')) x++;
          if (!t.isPunct(x, ',')) return null;
          from = x + 1;
        }
        if (t.isWord(from) && (t.lower(from).equals("that") || t.lower(from).equals("que")
            || t.lower(from).equals("qu'"))) {
          from++;
        } else if (t.isWord(from) && SpeakerResolver.isDeterminer(t.lower(from))) {
          return null; // a noun object ("posted a video"), not a clause
        }
        to = e;
        while (to > from && t.type[to - 1] == Tokens.PUNCT && t.quote[to - 1] < 0) to--;
      } else if (best >= job.close) {
        from = s;
        to = best;
        if (job.mentionFrom >= job.close && job.mentionFrom < to) to = job.mentionFrom;
        // Only the incise form "…, a spokeswoman said": a comma ends the clause, inside or after the quote.
        if (!(t.isPunct(to - 1, ',') || t.quote[to - 1] >= 0 && text.charAt(t.start[to - 1] - 1) == ',')) return null;
        while (to > from && t.type[to - 1] == Tokens.PUNCT && t.quote[to - 1] < 0) to--;
      } else {
        return null;
      }
      if (from >= to || from > job.open || to < job.close) return null;
      int a = t.start[from], b = t.end[to - 1];
      // Quote marks at the edges stay out, as for any quote.
      if (t.quote[from] >= 0 && t.type[from] == Tokens.PUNCT) a = t.end[from];
      if (t.quote[to - 1] >= 0 && t.type[to - 1] == Tokens.PUNCT) b = t.start[to - 1];
      while (b > a && (text.charAt(b - 1) == ',' || Tokens.isSpace(text.charAt(b - 1)))) b--;
      return b > a ? new int[] {a, b} : null;
    }

    private void apply(Job job, Attr a) {
      int[] named = a.pronoun == null && a.from >= 0 ? Apposition.nameAfter(t, a.from, a.to, sentenceEnd(a.to)) : null;
      job.mentionFrom = named == null ? a.from : named[0];
      job.mentionTo = named == null ? a.to : named[1];
      job.pronoun = a.pronoun;
      job.cue = a.cue;
      job.attributed = true;
      job.sieve = a.sieve;
    }

    private boolean isParticipleCue(String cue) {
      String w = lower(cue.strip());
      int sp = w.indexOf(' ');
      if (sp > 0) w = w.substring(0, sp);
      return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ant"));
    }

    /** Whether no sentence ends between text offsets from and to (outside quote marks). */
    private boolean sameSentence(int from, int to) {
      for (int k = t.at(from); k < t.size && t.start[k] < to; k++) {
        if (t.type[k] == Tokens.BREAK || t.quote[k] < 0 && t.endsSentence(k)) return false;
      }
      return true;
    }

    /** Whether the quote of the job fills its paragraph: a break (or the text's edge) on either side. */
    private boolean wholeParagraph(Job job) {
      if (job.open < 0) return false;
      boolean before = job.open == 0 || t.type[job.open - 1] == Tokens.BREAK;
      boolean after = job.close >= t.size || t.type[job.close] == Tokens.BREAK;
      return before && after;
    }

    private int paragraphsBetween(int fromTok, int toTok) {
      int n = 0;
      for (int k = Math.max(0, fromTok); k < toTok && k < t.size; k++) if (t.type[k] == Tokens.BREAK) n++;
      return n;
    }

    // ------------------------------------------------------------ labels, kinds, incises

    /**
     * A one-word quote or a span judged a label: kept as a label unless a cue attributes it ("“Never,” he said" is a
     * one-word quote we do not keep, not a name) or it holds a quote mark (cut from mismatched marks).
     */
    private void addLabel(QuoteMarkScanner.Span s, String body, int n, List<Quote> labels) {
      if (LabelJudge.holdsQuoteMark(body)) return;
      if (n == 1 && (LabelJudge.hasSentencePunctuation(body) || attribute(t.at(s.open()), t.at(s.close())) != null)) {
        return;
      }
      labels.add(label(s, body));
    }

    /** A label has no speaker, cue or sieve; its language is the article's, a few words being too few to detect. */
    private Quote label(QuoteMarkScanner.Span s, String body) {
      return new Quote(s.start(), s.end(), body, Quote.Kind.LABEL, null, null, language, null);
    }

    private boolean isLabel(QuoteMarkScanner.Span s, String body, int n, int open, int close,
        Map<String, Integer> shortTexts) {
      if (n > LabelJudge.MAX_WORDS) return false;
      if (LabelJudge.hasSentencePunctuation(body)) return false;
      if (n <= 4 && shortTexts.getOrDefault(Folding.key(body), 0) >= 2) return true;
      int p = open - 1;
      if (p >= 0 && t.type[p] == Tokens.PUNCT && t.ch(p) == '’' || p >= 0 && t.isPunct(p, '\'')) p--;
      if (p < 0 || !t.isWord(p)) return false;
      String w = t.lower(p);
      if (!LabelJudge.namesNext(w)) return false;
      // After an indefinite article a quoted phrase is someone's characterisation when a cue gives its speaker
      // (le procureur a précisé qu’il a eu une «attitude prosélyte»); a definite one names a known thing.
      if (LabelJudge.indefinite(w) && attribute(open, close) != null) return false;
      // A label in guillemets: short, no verb cue nearby.
      for (int k = open; k < t.size && t.quote[k] == t.quote[open]; k++) {
        if (t.isWord(k) && Lexicon.isCue(t.lower(k))) return false;
      }
      return true;
    }

    private Quote.Kind kindOf(QuoteMarkScanner.Span s, String body, int open, int close) {
      int i = 0;
      while (i < body.length() && !Character.isLetterOrDigit(body.charAt(i))) i++;
      boolean upper = i < body.length() && (Character.isUpperCase(body.charAt(i)) || Character.isDigit(body.charAt(i)));
      if (upper || multiSentence(body)) return Quote.Kind.DIRECT;
      return Quote.Kind.PARTIAL;
    }

    private boolean multiSentence(String body) {
      for (int i = 0; i + 2 < body.length(); i++) {
        char c = body.charAt(i);
        if ((c == '.' || c == '!' || c == '?') && body.charAt(i + 1) == ' ' && Character.isUpperCase(body.charAt(i + 2))) {
          return true;
        }
      }
      return false;
    }

    /** « c’est une jungle, a-t-il dit. Il y a … »: two parts around the incise. */
    private int[][] splitIncise(QuoteMarkScanner.Span s, int open, int close) {
      incise = null;
      allowQuoted = true;
      try {
        for (int k = open + 1; k < close - 2; k++) {
          if (!t.isPunct(k, ',')) continue;
          int c = k + 1;
          int len = cueAt(c);
          if (len == 0 || Lexicon.PREP_CUES.contains(t.lower(c))) continue;
          String pron = inlinePronoun(c);
          if (pron == null) pron = inlinePronoun(c + len - 1);
          int e = c + len;
          Attr m = null;
          if (pron == null) {
            // ", explique le ministre," / ", précise Mme Tremblay."
            m = mentionAfter(e, close);
            if (m == null || m.to - e > 8) continue;
            e = m.to;
          }
          if (e < close - 1 && (t.isPunct(e, ',') || t.isPunct(e, '.')) && t.isWord(e + 1)) {
            int firstEnd = t.start[k];
            int second = t.start[e + 1];
            if (firstEnd > s.start() && s.end() > second) {
              String cue = cueText(c, len);
              incise = pron != null ? new Attr(-1, -1, pron, cue) : new Attr(m.from, m.to, null, cue);
              return new int[][] {{s.start(), trimEnd(s.start(), firstEnd)}, {second, s.end()}};
            }
          }
        }
        return new int[][] {{s.start(), s.end()}};
      } finally {
        allowQuoted = false;
      }
    }

    private int trimEnd(int from, int e) {
      while (e > from && Tokens.isSpace(text.charAt(e - 1))) e--;
      return e;
    }

    // ------------------------------------------------------------ cues

    /** Number of tokens of the cue starting at token k (0 when none). */
    int cueAt(int k) {
      if (!t.isWord(k) || t.quote[k] >= 0 && !allowQuoted) return 0;
      String w = t.lower(k);
      String verb = w;
      int hy = w.indexOf('-');
      if (inlinePronoun(k) != null) verb = w.substring(0, hy);
      if (verb.equals("according") && t.isWord(k + 1) && t.lower(k + 1).equals("to")) return 2;
      // "s'est exclamé": the reflexive clitic is part of the verb.
      if ((w.equals("s'") || w.equals("se")) && t.isWord(k + 1) && isAuxiliary(t.lower(k + 1))) {
        int n = cueAt(k + 1);
        return n == 0 ? 0 : n + 1;
      }
      if (Lexicon.PREP_CUES.contains(w)) return 1;
      if (t.isCapitalised(k) && t.end[k] - t.start[k] > 1 && Character.isLowerCase(text.charAt(t.start[k] + 1))) return 0;
      if (isAuxiliary(verb)) {
        int j = k + 1;
        while (j < t.size && j < k + 5 && t.isWord(j) && (t.quote[j] < 0 || allowQuoted)
            && Lexicon.FILLERS.contains(t.lower(j)) && !Lexicon.isCue(t.lower(j))) {
          j++;
        }
        if (t.isWord(j) && (t.quote[j] < 0 || allowQuoted) && Lexicon.isCue(t.lower(j)) && !Lexicon.PREP_CUES.contains(t.lower(j))) {
          return j - k + 1 + phrasal(j);
        }
        return 0;
      }
      if (Lexicon.isCue(verb)) return 1 + phrasal(k);
      if (pointOut(k)) return 2;
      if (t.isWord(k + 1)) {
        String nx = t.lower(k + 1);
        if (nx.equals("tomber") && w.startsWith("laiss") || nx.equals("valoir") && (w.startsWith("fai") || w.equals("fait"))) {
          return 2;
        }
      }
      return 0;
    }

    /** Extra tokens of a two-word cue: "fait valoir", "laisse tomber", "pointed out". */
    private int phrasal(int k) {
      if (!t.isWord(k + 1)) return 0;
      String nx = t.lower(k + 1);
      return nx.equals("valoir") || nx.equals("tomber") || nx.equals("out") ? 1 : 0;
    }

    private boolean pointOut(int k) {
      if (!t.isWord(k) || !t.isWord(k + 1) || !t.lower(k + 1).equals("out")) return false;
      String w = t.lower(k);
      return w.equals("point") || w.equals("points") || w.equals("pointed") || w.equals("pointing");
    }

    private boolean isAuxiliary(String w) {
      return switch (w) {
        case "a", "ont", "avait", "avaient", "aura", "aurait", "auraient", "est", "sont", "s'est", "se", "has", "had",
            "have", "était" -> true;
        default -> false;
      };
    }

    /** "dit-il" → "il", "a-t-elle" → "elle"; null when the word carries no inverted pronoun. */
    String inlinePronoun(int k) {
      if (!t.isWord(k)) return null;
      String w = t.lower(k);
      int hy = w.lastIndexOf('-');
      if (hy <= 0) return null;
      String p = w.substring(hy + 1);
      return switch (p) {
        case "il", "elle", "ils", "elles", "on" -> p;
        default -> null;
      };
    }

    /** "interviewed", "interrogée", "cités": a lower-case past participle (or a cue word in that form). */
    private boolean isPassiveParticiple(int k) {
      if (!t.isWord(k) || t.quote[k] >= 0 || t.isCapitalised(k)) return false;
      String w = t.lower(k);
      return w.length() > 3 && (w.endsWith("ed") || w.endsWith("é") || w.endsWith("ée") || w.endsWith("és")
          || w.endsWith("ées") || w.equals("joint") || w.equals("jointe") || w.equals("joints") || w.equals("jointes"));
    }

    /** A number word standing as a determiner: "deux touristes", "three residents". */
    private boolean isNumeral(int k) {
      if (!t.isWord(k)) return false;
      if (Character.isDigit(t.ch(k))) return true;
      return switch (t.lower(k)) {
        case "deux", "trois", "quatre", "cinq", "six", "plusieurs", "two", "three", "four", "five", "several" -> true;
        default -> false;
      };
    }

    private boolean isParticiple(int k) {
      String w = t.lower(k);
      return w.endsWith("ing") || w.endsWith("ant");
    }

    // ------------------------------------------------------------ mentions

    /** The speaker words starting at k and running forward (inverted subject or subject before a cue). */
    Attr mentionAfter(int k, int limit) {
      if (k >= limit || !t.isWord(k) || t.quote[k] >= 0 && !allowQuoted) return null;
      String w = t.lower(k);
      if (Lexicon.PRONOUNS.contains(w)) return new Attr(k, k + 1, null, null);
      boolean plain = !(SpeakerResolver.isDeterminer(w) || t.isCapitalised(k) || Lexicon.ROLE_NOUNS.contains(w)
          || isNumeral(k));
      if (plain && (Lexicon.FILLERS.contains(w) || stopsMention(w) || Lexicon.isCue(w))) return null;
      int j = k;
      int lastWord = -1;
      while (j < limit && j < k + MAX_MENTION && (t.quote[j] < 0 || allowQuoted || labelAfterOf(j, k))) {
        if (t.quote[j] >= 0 && !allowQuoted) {
          // "une poignée de «gilets jaunes»": a label closes the noun phrase.
          int q = t.quote[j];
          while (j < t.size && t.quote[j] == q) {
            if (t.isWord(j)) lastWord = j;
            j++;
          }
          break;
        }
        if (t.isWord(j)) {
          String x = t.lower(j);
          boolean roleNp = (x.equals("à") || x.equals("au") || x.equals("aux")) && hasRoleNoun(k, j);
          if (j > k && !roleNp
              && (Lexicon.isCue(x) && !t.isCapitalised(j) || stopsMention(x) && !t.isCapitalised(j))) {
            break;
          }
          if (j > k && Lexicon.FILLERS.contains(x) && !t.isCapitalised(j) && !isNpInner(x)) break;
          lastWord = j;
          j++;
        } else if (t.isPunct(j, '.') && j > k && Names.isHonorificOrInitial(t, j - 1) && t.isWord(j + 1)) {
          j++;
        } else if (t.isPunct(j, ',') && Names.nameWord(t, j + 1) && lastWord >= 0
            && (SpeakerResolver.isDeterminer(t.lower(k)) || hasRoleNoun(k, j) || possessive(k) && j - k <= 3)) {
          // Appositive: "le chef du parquet, Rémy Heitz"
          int e = Names.runEnd(t, j + 1);
          lastWord = e - 1;
          j = e;
          break;
        } else {
          break;
        }
      }
      if (lastWord < k) return null;
      if (plain) {
        // "lead author Dr. Allan Garland": a lower-case start needs a role noun or a name.
        boolean ok = false;
        for (int x = k; x <= lastWord; x++) {
          if (t.isWord(x) && (Lexicon.ROLE_NOUNS.contains(t.lower(x)) || Names.nameWord(t, x))) ok = true;
        }
        if (!ok) return null;
      }
      // Drop trailing prepositions and determiners.
      while (lastWord > k && (isNpInner(t.lower(lastWord)) || SpeakerResolver.isDeterminer(t.lower(lastWord)))) lastWord--;
      return new Attr(k, lastWord + 1, null, null);
    }

    /** Whether token j opens a label quote right after "de"/"of" inside a mention starting at k. */
    private boolean labelAfterOf(int j, int k) {
      if (j <= k || t.quote[j] < 0 || t.quote[j] >= label.length || !label[t.quote[j]]) return false;
      if (j > 0 && t.quote[j - 1] == t.quote[j]) return false; // only at the opening mark
      String p = t.isWord(j - 1) ? t.lower(j - 1) : "";
      return p.equals("de") || p.equals("of") || p.equals("des") || p.equals("d'");
    }

    private boolean hasRoleNoun(int from, int to) {
      for (int x = from; x < to; x++) if (t.isWord(x) && Lexicon.ROLE_NOUNS.contains(t.lower(x))) return true;
      return false;
    }

    /** "Lee’s", "Jones'": a possessive word, which opens a description ("Lee’s brother, Sam Lee"). */
    private boolean possessive(int k) {
      if (!t.isWord(k)) return false;
      String w = t.lower(k);
      return w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s"));
    }

    private boolean isComplementOf(String w) {
      return switch (w) {
        case "of", "de", "du", "des", "d'", "in", "en", "at", "from", "à", "au", "aux" -> true;
        default -> false;
      };
    }

    private boolean isComplementPreposition(String w) {
      return switch (w) {
        case "dans", "de", "du", "d'", "in", "of" -> true;
        default -> false;
      };
    }

    private boolean isNpInner(String w) {
      return switch (w) {
        case "of", "the", "de", "du", "des", "d'", "l'", "la", "le", "les", "for", "and" -> true;
        default -> false;
      };
    }

    private boolean stopsMention(String w) {
      return switch (w) {
        case "before", "after", "at", "in", "on", "to", "who", "that", "which", "when", "while", "as", "during",
            "because", "but", "qui", "que", "qu'", "lors", "avant", "après", "pendant", "dans", "en", "pour",
            "lorsque", "alors", "mais", "et", "ou", "sur", "à", "au", "aux", "with", "avec", "from", "about", "if",
            "si", "this", "cette", "ce", "last", "dernier", "hier", "mardi", "lundi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "aujourd'hui", "by", "par", "via", "under", "sous", "over", "told",
            "has", "had", "was", "is", "will", "would" -> true;
        default -> false;
      };
    }

    /** The speaker words ending at token k, scanning left (subject before its cue). */
    Attr mentionBefore(int k, int floor) {
      while (k >= floor && t.isWord(k) && t.quote[k] < 0 && Lexicon.FILLERS.contains(t.lower(k))
          && !Lexicon.PRONOUNS.contains(t.lower(k)) && !t.isCapitalised(k)) {
        k--;
      }
      if (k < floor || t.quote[k] >= 0) return null;
      // A parenthesis after the subject: "Richard Ferrand (LREM, parti présidentiel), a dit", "Jo Ray (D-Ohio) said".
      int paren = t.isPunct(k, ')') ? k : t.isPunct(k, ',') && k - 1 >= floor && t.isPunct(k - 1, ')') ? k - 1 : -1;
      if (paren >= 0) {
        for (int j = paren - 1; j > floor && j > paren - 12 && t.quote[j] < 0 && t.type[j] != Tokens.BREAK; j--) {
          if (t.isPunct(j, '(')) return Names.nameWord(t, j - 1) ? mentionBefore(j - 1, floor) : null;
        }
        return null;
      }
      if (t.isPunct(k, ',')) {
        // A relative clause set off by commas: "a citizen, whose name is redacted, wrote" → a citizen.
        for (int j = k - 1; j > floor && j > k - 12 && t.quote[j] < 0 && t.type[j] != Tokens.BREAK; j--) {
          if (t.isPunct(j, ',')) {
            if (t.isWord(j + 1) && isRelative(t.lower(j + 1))) return mentionBefore(j - 1, floor);
            break;
          }
        }
      }
      if (t.isPunct(k, ',') && Names.nameWord(t, k - 1) && k - 1 >= floor) {
        // "The coach, Marta Quinn, told"
        Attr a = mentionBefore(k - 1, floor);
        if (a != null && a.from - 1 >= floor && t.isPunct(a.from - 1, ',')) return a;
        // Else a name closing a longer apposition ("an organizer at Railroad Workers United, said"): below.
      }
      if (t.isPunct(k, ',')) {
        // "Lee, a welder based in Springfield, Mo., and an organizer at X, said": the leftmost
        // name closing a comma-separated stretch that starts the clause.
        Attr best = null;
        for (int j = k - 1; j >= floor && j > k - 30 && t.quote[j] < 0; j--) {
          if (t.type[j] == Tokens.BREAK || t.isWord(j) && Lexicon.isCue(t.lower(j))) break;
          if (t.isPunct(j, ',') && Names.nameWord(t, j - 1)) {
            Attr a = mentionBefore(j - 1, floor);
            if (a != null && Names.nameWord(t, a.to - 1) && (a.from == floor || t.isPunct(a.from - 1, ',')
                || t.isWord(a.from - 1) && SpeakerResolver.isDeterminer(t.lower(a.from - 1)))) {
              best = a;
            }
          }
        }
        if (best != null && best.from == floor) return best;
      }
      if (t.isPunct(k, ',')) {
        // "Anne Laveau, porte-parole de l’association, résume"
        for (int j = k - 1; j >= floor && j > k - MAX_MENTION && t.quote[j] < 0; j--) {
          if (t.type[j] != Tokens.WORD && !t.isPunct(j, ',') && !t.isPunct(j, '.')) return null;
          if (t.isPunct(j, ',')) {
            Attr a = mentionBefore(j - 1, floor);
            if (a != null && Names.nameWord(t, a.to - 1)) return a;
            return null;
          }
        }
        return null;
      }
      if (!t.isWord(k)) return null;
      String w = t.lower(k);
      if (Lexicon.PRONOUNS.contains(w)) return new Attr(k, k + 1, null, null);
      if (Names.nameWord(t, k) && !Lexicon.NOT_NAME_START.contains(w)) {
        int s = k;
        while (s - 1 >= floor && t.quote[s - 1] < 0 && (Names.nameWord(t, s - 1)
            || t.isWord(s - 1) && Lexicon.NAME_PARTICLES.contains(t.lower(s - 1)) && s - 2 >= floor && Names.nameWord(t, s - 2)
            || t.isPunct(s - 1, '.') && Names.isHonorificOrInitial(t, s - 2))) {
          s--;
        }
        while (s < k && Lexicon.NOT_NAME_START.contains(t.lower(s)) && !Lexicon.HONORIFICS.contains(t.lower(s))
            && !Names.nameWord(t, s)) {
          s++;
        }
        // The agent of a passive participle is not the speaker: "a neighbour interviewed by CBC said" → the neighbour.
        int p = s - 1;
        while (p >= floor && t.isWord(p) && SpeakerResolver.isDeterminer(t.lower(p))) p--;
        if (p - 1 >= floor && t.isWord(p) && (t.lower(p).equals("by") || t.lower(p).equals("par"))
            && isPassiveParticiple(p - 1)) {
          Attr a = mentionBefore(p - 2, floor);
          if (a != null) return a;
        }
        // A one-word name after a preposition is a complement, not the subject: "the mayor of Halton said" is the
        // mayor; "ce «…» en France rappelle" has no speaker.
        if (s == k && p > floor && t.isWord(p) && t.quote[p] < 0 && isComplementOf(t.lower(p))) {
          Attr a = t.isWord(p - 1) && !t.isCapitalised(p - 1) ? mentionBefore(p - 1, floor) : null;
          return a == null || Names.nameWord(t, a.to - 1) ? null : new Attr(a.from, k + 1, null, null);
        }
        // Include a role phrase right before: "le ministre de l’Intérieur Christophe Castaner"
        return new Attr(s, k + 1, null, null);
      }
      if (Lexicon.isCue(w) || stopsMention(w)) return null;
      // A lower-case noun phrase: "a spokesperson", "observers", "the mayor".
      int s = k;
      int stop = Math.max(floor, k - 6);
      while (s - 1 >= stop && t.isWord(s - 1) && t.quote[s - 1] < 0) {
        String x = t.lower(s - 1);
        if (SpeakerResolver.isDeterminer(x)) {
          s--;
          // "ce médecin dans la soixantaine", "a lawyer in his fifties": the head is the noun before the complement.
          if (s - 2 >= floor && t.isWord(s - 1) && isComplementPreposition(t.lower(s - 1)) && t.quote[s - 1] < 0) {
            for (int d = s - 2; d >= floor && d >= s - 4 && t.isWord(d) && t.quote[d] < 0; d--) {
              String y = t.lower(d);
              if (SpeakerResolver.isDeterminer(y)) {
                if (d + 1 < s - 1 && Lexicon.ROLE_NOUNS.contains(t.lower(s - 2))) s = d;
                break;
              }
              if (Lexicon.isCue(y) || stopsMention(y) || Lexicon.PRONOUNS.contains(y)) break;
            }
          }
          break;
        }
        if (Lexicon.isCue(x) || stopsMention(x) || Lexicon.PRONOUNS.contains(x) || Lexicon.FILLERS.contains(x)
            && !isNpInner(x)) {
          break;
        }
        s--;
      }
      boolean noun = false;
      for (int j = s; j <= k; j++) {
        String x = t.lower(j);
        if (Lexicon.ROLE_NOUNS.contains(x) || SpeakerResolver.isDeterminer(x) || Lexicon.ORG_WORDS.contains(x)) noun = true;
      }
      boolean allFunction = true;
      for (int j = s; j <= k; j++) if (!Lexicon.NOT_NAME_START.contains(t.lower(j))) allFunction = false;
      if (allFunction) return null;
      if (!noun && !(s > floor && t.isPunct(s - 1, ',') || s == floor)) return null;
      if (!noun && k - s > 2) return null;
      return new Attr(s, k + 1, null, null);
    }

    // ------------------------------------------------------------ attribution

    /** Finds the mention and cue for the quote spanning tokens [open, close). */
    Attr attribute(int open, int close) {
      Attr after = attributeAfter(open, close);
      if (after != null) return after.as("cue-after");
      return attributeAround(open, close);
    }

    /** A: right after the closing mark: "”, said X" / "”, he said" / "», a-t-il lancé". */
    Attr attributeAfter(int open, int close) {
      int j = close;
      int skipped = 0;
      while (j < t.size && skipped < 2 && t.type[j] == Tokens.PUNCT && t.quote[j] < 0
          && (t.ch(j) == ',' || t.ch(j) == '—' || t.ch(j) == '–' || t.ch(j) == '-')) {
        j++;
        skipped++;
      }
      int sentEnd = sentenceEnd(close);
      if (j < t.size && t.isWord(j) && t.quote[j] < 0) {
        // A quote closed by a full stop ends its sentence: a capitalised word after it starts the next one
        // ("“… we don’t even know.” Colton laughed …"); an attribution after a quote follows a comma, ? or !.
        if (skipped == 0 && t.isCapitalised(j) && fullStopBefore(t.start[close])) return null;
        // Only for a quote long enough to be someone's words: whether a short one is a quote or a label is for the
        // speech verbs of the lexicon to say.
        if (skipped > 0 && language.equals("fr") && cueAt(j) == 0 && wordsBetween(open, close) > 3) {
          Attr a = frenchIncise(j, sentEnd);
          if (a != null) return a;
        }
        return clauseAt(j, sentEnd);
      }
      return null;
    }

    /** Whether the quote whose closing mark ends just before offset p ends with a full stop. */
    private boolean fullStopBefore(int p) {
      int x = p - 1;
      while (x >= 0 && Tokens.isSpace(text.charAt(x))) x--;
      x--; // the closing mark
      while (x >= 0 && Tokens.isSpace(text.charAt(x))) x--;
      return x >= 1 && text.charAt(x) == '.' && text.charAt(x - 1) != '.' && Character.isLowerCase(text.charAt(x - 1));
    }

    /** B to D: a cue before the quote or later in its sentence, or a pronoun right before it. */
    private Attr attributeAround(int open, int close) {
      int sentEnd = sentenceEnd(close);
      // B: before the opening mark in the same sentence, nearest cue first.
      int sentStart = sentenceStart(open);
      for (int k = open - 1; k >= sentStart; k--) {
        if (t.quote[k] >= 0) continue;
        int len = cueAt(k);
        if (len == 0 || k + len > open) continue;
        Attr a = around(k, len, sentStart, open, true);
        if (a != null) return a.as("cue-before");
      }
      // C: later in the same sentence.
      for (int k = close; k < sentEnd; k++) {
        if (t.quote[k] >= 0) continue;
        int len = cueAt(k);
        if (len == 0) continue;
        Attr a = around(k, len, close, sentEnd);
        if (a != null) return a.as("cue-later");
      }
      // D: a subject right before a partial quote: "it “strongly recommends”".
      int p = open - 1;
      if (p >= 0 && t.isWord(p) && t.quote[p] < 0 && Lexicon.PRONOUNS.contains(t.lower(p))) {
        return new Attr(p, p + 1, null, null, "pronoun-before");
      }
      return null;
    }

    /** "said X", "X said", "a-t-il dit", "X a affirmé" starting at token j. */
    private Attr clauseAt(int j, int limit) {
      int len = cueAt(j);
      if (len > 0) {
        String cue = cueText(j, len);
        String pron = inlinePronoun(j);
        if (pron == null) pron = inlinePronoun(j + len - 1);
        if (pron != null) return new Attr(-1, -1, pron, cue);
        // A present participle has no inverted subject: "«…», se demandant même si elle …" shares the subject of
        // the clause before the quote.
        if (isParticiple(j + len - 1) && !Lexicon.PREP_CUES.contains(t.lower(j))) return null;
        int from = j + len;
        if (language.equals("fr")) from = skipInverted(from, limit);
        if (t.isWord(from) && (t.lower(from).equals("to") || t.lower(from).equals("à"))) return null;
        Attr m = mentionAfter(from, limit);
        if (m == null || !hasSpeakerWord(m)) {
          int x = skipAdverbs(from, limit);
          if (x > from) m = mentionAfter(x, limit);
        }
        if (m == null && t.isPunct(from, ',')) {
          // "constate, impassible, Greta Thunberg"
          for (int x = from + 1; x < limit && x < from + 5; x++) {
            if (t.isPunct(x, ',')) {
              m = mentionAfter(x + 1, limit);
              break;
            }
            if (!t.isWord(x)) break;
          }
        }
        return m == null ? null : new Attr(m.from, m.to, null, cue);
      }
      Attr m = mentionAfter(j, limit);
      if (m == null) return null;
      int k = m.to;
      while (k < limit && t.isWord(k) && Lexicon.FILLERS.contains(t.lower(k)) && !isAuxiliary(t.lower(k))) k++;
      int l2 = cueAt(k);
      if (l2 == 0 || Lexicon.PREP_CUES.contains(t.lower(k))) return null;
      return new Attr(m.from, m.to, null, cueText(k, l2));
    }

    /**
     * French sets a reporting clause after a quote and a comma with its subject inverted, whatever the verb
     * («…», peste la voisine; «…», a twitté le ministre; «…», explique à la radio Anne Roy): a finite verb
     * (an auxiliary and its participle, or one word) opening the clause, an optional complement, then the subject
     * noun phrase, which must hold a name, a role or a determiner.
     */
    private Attr frenchIncise(int j, int limit) {
      if (!t.isWord(j) || t.isCapitalised(j) || t.quote[j] >= 0) return null;
      String w = t.lower(j);
      if (!isAuxiliary(w) && (SpeakerResolver.isDeterminer(w) || Lexicon.PRONOUNS.contains(w) || isComplementOf(w)
          || stopsMention(w) || Lexicon.NOT_NAME_START.contains(w) || isParticiple(j))) {
        return null;
      }
      int v = j + 1;
      // "s'est exclamé": the reflexive clitic, its auxiliary, then the participle.
      if ((w.equals("s'") || w.equals("se")) && t.isWord(v) && isAuxiliary(t.lower(v))) v++;
      if (isAuxiliary(t.lower(v - 1)) && t.isWord(v) && !t.isCapitalised(v)) v++;
      String pron = inlinePronoun(v - 1);
      if (pron != null) return new Attr(-1, -1, pron, cueText(j, v - j));
      int from = skipInverted(skipAdverbs(InvertedAdverbials.skip(t, v, limit), limit), limit);
      Attr m = mentionAfter(from, limit);
      if (m == null || !hasSpeakerWord(m) || Lexicon.PRONOUNS.contains(t.lower(m.from))) return null;
      return new Attr(m.from, m.to, null, cueText(j, v - j));
    }

    /** What French sets between an inverted verb and its subject: locutions ("pour sa part") and a complement. */
    private int skipInverted(int from, int limit) {
      int x = skipFrenchComplement(InvertedAdverbials.skip(t, from, limit), limit);
      return InvertedAdverbials.skip(t, x, limit);
    }

    private int wordsBetween(int from, int to) {
      int n = 0;
      for (int k = from; k < to; k++) if (t.isWord(k)) n++;
      return n;
    }

    /**
     * "à l'AFP", "devant la presse", "dans un communiqué", "sur Twitter": a short complement between an inverted
     * verb and its subject (preposition, optional determiner, one word); index after it, else from.
     */
    private int skipFrenchComplement(int from, int limit) {
      if (!t.isWord(from) || t.quote[from] >= 0) return from;
      String p = t.lower(from);
      boolean prep = switch (p) {
        case "à", "au", "aux", "devant", "dans", "sur", "auprès", "en" -> true;
        default -> false;
      };
      if (!prep) return from;
      int x = from + 1;
      if (p.equals("auprès") && t.isWord(x) && (t.lower(x).equals("de") || t.lower(x).equals("du")
          || t.lower(x).equals("d'"))) {
        x++;
      }
      if (t.isWord(x) && SpeakerResolver.isDeterminer(t.lower(x))) x++;
      if (!t.isWord(x) || t.quote[x] >= 0 || x + 1 >= limit) return from;
      return t.isWord(x + 1) ? x + 1 : from;
    }

    /** The speaker around a cue at k: after a prepositional cue, else its subject before, else an inverted one. */
    private Attr around(int k, int len, int floor, int limit) {
      return around(k, len, floor, limit, false);
    }

    /** @param beforeQuote the quote starts at limit: an inverted subject must reach it */
    private Attr around(int k, int len, int floor, int limit, boolean beforeQuote) {
      String cue = cueText(k, len);
      String pron = inlinePronoun(k);
      if (pron == null) pron = inlinePronoun(k + len - 1);
      if (pron != null) return new Attr(-1, -1, pron, cue);
      if (Lexicon.PREP_CUES.contains(t.lower(k))) {
        Attr m = mentionAfter(k + len, limit);
        return m == null ? null : new Attr(m.from, m.to, null, cue);
      }
      Attr m = mentionBefore(k - 1, floor);
      if (m == null && isParticiple(k + len - 1) && t.isPunct(k - 1, ',')) {
        m = mentionBefore(k - 2, floor);
        // "X shot back on Tuesday, saying Y should “…”": the participle's subject is the clause's, never the name
        // after it.
        if (m == null && !Lexicon.PREP_CUES.contains(t.lower(k))) {
          m = clauseSubject(floor, k - 1);
          if (m == null) return null;
        }
      }
      if (m == null && t.isWord(k - 1)) {
        // "X said he was gay and then quipped": a coordinated cue shares the clause's subject.
        int c = k - 1;
        while (c > floor && t.isWord(c) && isLinkAdverb(t.lower(c))) c--;
        String w = t.lower(c);
        if (w.equals("and") || w.equals("but") || w.equals("et") || w.equals("mais")) m = clauseSubject(floor, c);
      }
      if (m != null) return new Attr(m.from, m.to, null, cue);
      // "quipped to Colton": the one spoken to is not the speaker.
      if (t.isWord(k + len) && (t.lower(k + len).equals("to") || t.lower(k + len).equals("à"))) return null;
      m = mentionAfter(k + len, limit);
      if (m == null || !hasSpeakerWord(m)) {
        int x = skipAdverbs(k + len, limit);
        if (x > k + len) m = mentionAfter(x, limit);
      }
      if (m == null || !hasSpeakerWord(m)) return null;
      // Inverted before a quote ("Then said the mayor: “…”"): the speaker must reach the quote.
      if (beforeQuote) for (int x = m.to; x < limit; x++) if (t.type[x] != Tokens.PUNCT) return null;
      return new Attr(m.from, m.to, null, cue);
    }

    private boolean isRelative(String w) {
      return switch (w) {
        case "who", "whose", "whom", "qui", "dont", "lequel", "laquelle" -> true;
        default -> false;
      };
    }

    private boolean isLinkAdverb(String w) {
      return switch (w) {
        case "then", "later", "also", "again", "finally", "quickly", "puis", "ensuite", "aussi", "enfin" -> true;
        default -> false;
      };
    }

    /**
     * A partial quote is words the subject of its clause used, whatever the verb ("Anne Roy a qualifié la mesure
     * de « recul historique »"): the name or pronoun opening the sentence that holds the quote.
     */
    private Attr subjectOfClause(int open) {
      int x = sentenceStart(open);
      if (x < open && t.isWord(x) && isFronted(x)) {
        // "Dans un communiqué, la ministre a jugé …": a fronted complement up to its comma is not the subject.
        while (x < open && !t.isPunct(x, ',')) x++;
        x++;
      }
      if (x >= open || !t.isWord(x) || t.quote[x] >= 0) return null;
      String w = t.lower(x);
      if (w.equals("il") || w.equals("elle") || w.equals("he") || w.equals("she")) {
        return new Attr(x, x + 1, null, null, "clause-subject");
      }
      Attr m = mentionAfter(x, open);
      if (m == null || !hasSpeakerWord(m) || m.to >= open || !t.isWord(m.to) || t.isCapitalised(m.to)) return null;
      boolean named = false;
      for (int k = m.from; k < m.to; k++) {
        if (Lexicon.ROLE_NOUNS.contains(t.lower(k)) || Names.nameWord(t, k) && k > m.from) named = true;
      }
      if (!named) return null;
      return new Attr(m.from, m.to, null, null, "clause-subject");
    }

    /** A sentence opening with a complement, not its subject: a preposition or a participle ("Empêtré dans …"). */
    private boolean isFronted(int x) {
      String w = t.lower(x);
      return isComplementOf(w) || stopsMention(w) || isParticiple(x) || w.length() > 3 && (w.endsWith("é")
          || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")) || Lexicon.NOT_NAME_START.contains(w)
          && !SpeakerResolver.isDeterminer(w) && !Lexicon.PRONOUNS.contains(w);
    }

    /** The first name or pronoun of the clause [floor, to): the subject a coordinated cue verb shares. */
    private Attr clauseSubject(int floor, int to) {
      for (int x = floor; x < to && x < floor + 12; x++) {
        if (t.quote[x] >= 0 || !t.isWord(x)) continue;
        String w = t.lower(x);
        if (Lexicon.PRONOUNS.contains(w) && !w.equals("it")) return new Attr(x, x + 1, null, null);
        if (Names.nameWord(t, x)) {
          int e = Names.runEnd(t, x);
          int[] named = x > floor ? Apposition.nameAfter(t, floor, e, to) : null;
          if (named != null) return new Attr(named[0], named[1], null, null);
          // Not the object of a preposition ("In a statement, IRCC …" keeps IRCC).
          if (x > floor && t.isWord(x - 1) && stopsMention(t.lower(x - 1))) {
            x = e - 1;
            continue;
          }
          // A dateline ("STRASBOURG | …", "OTTAWA — …") is where, not who.
          if (e < to && t.type[e] == Tokens.PUNCT && (t.ch(e) == '|' || t.ch(e) == '—' || t.ch(e) == '–')) {
            x = e;
            continue;
          }
          // "Chinese foreign ministry spokeswoman Mei Lin": a modifier, then role words, then the name.
          int j = e;
          boolean role = false;
          while (j < to && j < e + 4 && t.isWord(j) && !t.isCapitalised(j) && t.quote[j] < 0) {
            String y = t.lower(j);
            if (Lexicon.isCue(y) || stopsMention(y)) break;
            role |= Lexicon.ROLE_NOUNS.contains(y);
            j++;
          }
          if (role && j < to && Names.nameWord(t, j)) return new Attr(j, Names.runEnd(t, j), null, null);
          return new Attr(x, e, null, null);
        }
      }
      return null;
    }

    /** "a déploré dimanche le ministre": skips a few lower-case time or manner words before the speaker. */
    private int skipAdverbs(int from, int limit) {
      int x = from;
      while (x < limit && x < from + 4 && t.isWord(x) && !t.isCapitalised(x) && t.quote[x] < 0) {
        String w = t.lower(x);
        int time = timeComplement(x, limit);
        if (time > x) {
          x = time;
          continue;
        }
        if (SpeakerResolver.isDeterminer(w) || Lexicon.ROLE_NOUNS.contains(w) || Lexicon.PRONOUNS.contains(w)
            || Lexicon.isCue(w) || isNumeral(x)) {
          break;
        }
        // "a dit que le froid nuit": a complement clause follows, never an inverted subject.
        if (w.equals("que") || w.equals("qu'") || w.equals("that")) return from;
        // English puts only adverbs between a cue and its inverted subject ("said later the mayor"): "said cold
        // weather takes a toll" opens a reported clause, whose words are no speaker.
        if (!language.equals("fr") && !w.endsWith("ly") && !Lexicon.FILLERS.contains(w)) return from;
        x++;
      }
      return x;
    }

    /**
     * "dans l’après-midi", "in the evening", "samedi soir": index after a time complement starting at x, else x. It
     * sits between an inverted cue and its subject ("scandaient dans l’après-midi une poignée de manifestants").
     */
    private int timeComplement(int x, int limit) {
      String w = t.lower(x);
      int y = x;
      if (w.equals("dans") || w.equals("in") || w.equals("durant") || w.equals("pendant") || w.equals("during")
          || w.equals("en")) {
        y++;
        if (y < limit && t.isWord(y) && SpeakerResolver.isDefinite(t.lower(y))) y++;
      } else if (!isWeekday(w) && !w.equals("hier") && !w.equals("yesterday") && !w.equals("ce") && !w.equals("this")) {
        return x;
      } else {
        y++;
      }
      if (y < limit && t.isWord(y) && t.quote[y] < 0 && isTimeNoun(t.lower(y))) return y + 1;
      return w.equals("dans") || w.equals("in") || w.equals("durant") || w.equals("pendant") || w.equals("during")
          || w.equals("en") || w.equals("ce") || w.equals("this") ? x : y;
    }

    private boolean isWeekday(String w) {
      return switch (w) {
        case "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday" -> true;
        default -> false;
      };
    }

    private boolean isTimeNoun(String w) {
      return switch (w) {
        case "après-midi", "matin", "matinée", "soir", "soirée", "nuit", "journée", "week-end", "morning",
            "afternoon", "evening", "night", "weekend" -> true;
        default -> false;
      };
    }

    private boolean hasSpeakerWord(Attr m) {
      int k = m.from;
      String w = t.lower(k);
      return SpeakerResolver.isDeterminer(w) || t.isCapitalised(k) || Lexicon.ROLE_NOUNS.contains(w)
          || Lexicon.PRONOUNS.contains(w) || isNumeral(k);
    }

    private String cueText(int k, int len) {
      return text.substring(t.start[k], t.end[k + len - 1]);
    }

    private int sentenceStart(int k) {
      int floor = Math.max(0, k - MAX_SENTENCE);
      int s = k;
      while (s - 1 >= floor && !(t.quote[s - 1] < 0 && t.endsSentence(s - 1)) && t.type[s - 1] != Tokens.BREAK
          && !quoteEndsSentence(s - 1)) {
        s--;
      }
      return s;
    }

    private int sentenceEnd(int k) {
      int ceil = Math.min(t.size, k + MAX_SENTENCE);
      int e = k;
      while (e < ceil && !(t.quote[e] < 0 && t.endsSentence(e)) && t.type[e] != Tokens.BREAK && !quoteEndsSentence(e)) {
        e++;
      }
      return e;
    }

    /** The closing mark at k of a quote ending in a full stop, followed by a new sentence (capital or break). */
    private boolean quoteEndsSentence(int k) {
      if (t.quote[k] < 0 || t.type[k] != Tokens.PUNCT || k + 1 >= t.size || t.quote[k + 1] == t.quote[k]) return false;
      if (!(t.type[k + 1] == Tokens.BREAK || t.isWord(k + 1) && t.isCapitalised(k + 1))) return false;
      return fullStopBefore(t.end[k]);
    }

    /** A cue with a subject in the sentence before the quote's, else in the one after it. */
    private Attr neighbourSentence(Job job) {
      int s = sentenceStart(job.open);
      int breaks = 0;
      for (int back = 0; back < 3 && s - 1 >= 0; back++) {
        int prevEnd = s - 1;
        if (t.type[prevEnd] == Tokens.BREAK) {
          prevEnd--;
          breaks++;
        }
        if (prevEnd < 0 || breaks > 1) break;
        int ps = sentenceStart(prevEnd);
        boolean quoted = false;
        for (int x = ps; x <= prevEnd; x++) if (t.quote[x] >= 0) quoted = true;
        Attr a = clauseIn(ps, prevEnd + 1);
        if (a != null) return a.as("sentence-before");
        if (quoted) break; // an earlier quote has its own speaker: the quote fallback handles it
        s = ps;
      }
      s = sentenceStart(job.open);
      int e = sentenceEnd(job.close);
      if (e < t.size && t.type[e] != Tokens.BREAK) {
        Attr a = clauseIn(e + 1, sentenceEnd(e + 1));
        if (a != null) return a.as("sentence-after");
      }
      return null;
    }

    private Attr clauseIn(int from, int to) {
      for (int k = from; k < to; k++) {
        if (t.quote[k] >= 0) continue;
        int len = cueAt(k);
        if (len == 0) continue;
        Attr a = around(k, len, from, to);
        if (a != null) return a;
      }
      return null;
    }

    private String languageOf(String quote) {
      return LANGUAGE.detectClearly(quote).orElse(language);
    }
  }

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
