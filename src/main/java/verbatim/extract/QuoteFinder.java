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

  /** The work on one text. */
  private final class Run {
    final String text;
    final String language;
    /** Cut lazily: a text with no quote mark and no reported speech needs no tokens. */
    Tokens t;
    /** The readers over the tokens, set with them. */
    Grammar g;

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
      // Per quote span: a label (les «gilets jaunes»), not a quotation; decided below, in text order.
      boolean[] label = new boolean[spans.size()];
      g = new Grammar(t, language, label, false);
      InciseSplitter incises = new InciseSplitter(g);
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
        InciseSplitter.Split split = incises.split(s, open, close);
        int[][] parts = split.parts();
        Job job = new Job(s.start(), parts, kindOf(s, body, open, close), open, close);
        Attribution a = split.attribution() != null ? split.attribution().as("incise") : attribute(open, close);
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
            && g.sentences.sameSentence(lastEnd, job.pos)) {
          job.speaker = lastSpoken.speaker;
          job.sieve = "participle-shared";
          resolver.record(job.speaker, job.pos);
        }
        if (job.echo != null) continue; // takes the speaker of its attributed occurrence, below
        if (job.speaker == null && job.kind != Quote.Kind.INDIRECT) {
          Attribution a = neighbourSentence(job);
          if (a != null) {
            apply(job, a);
            job.speaker = a.pronoun() != null ? resolver.resolvePronoun(a.pronoun(), job.pos)
                : resolver.resolve(a.from(), a.to(), job.pos);
            if (job.cue == null) job.cue = null;
          }
        }
        if (job.speaker == null && job.kind != Quote.Kind.INDIRECT && previous != null && previous.speaker != null
            && previous.open >= 0 && g.sentences.paragraphsBetween(previous.close, job.open) <= 1) {
          job.speaker = previous.speaker;
          job.sieve = "run-previous";
          resolver.record(job.speaker, job.pos);
        }
        // A quote standing alone as a paragraph with no cue, after narration that names no other person, goes on
        // with the last speaker (a speaker's words set off after a paragraph about them).
        if (job.speaker == null && job.kind != Quote.Kind.INDIRECT && lastSpoken != null && g.sentences.wholeParagraph(job.open, job.close)
            && g.sentences.paragraphsBetween(t.at(lastEnd), job.open) <= 2
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
            && g.sentences.paragraphsBetween(j.close, nx.open) == 0) {
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
      int s = g.sentences.start(job.open), e = g.sentences.end(job.close);
      int best = -1, bestLen = 0;
      for (int k = s; k < e; k++) {
        if (t.quote[k] >= 0) continue;
        int len = g.cues.cueAt(k);
        if (len == 0 || !g.cues.cueText(k, len).equals(job.cue)) continue;
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

    private void apply(Job job, Attribution a) {
      int[] named = a.pronoun() == null && a.from() >= 0 ? Apposition.nameAfter(t, a.from(), a.to(), g.sentences.end(a.to())) : null;
      job.mentionFrom = named == null ? a.from() : named[0];
      job.mentionTo = named == null ? a.to() : named[1];
      job.pronoun = a.pronoun();
      job.cue = a.cue();
      job.attributed = true;
      job.sieve = a.sieve();
    }

    private boolean isParticipleCue(String cue) {
      String w = lower(cue.strip());
      int sp = w.indexOf(' ');
      if (sp > 0) w = w.substring(0, sp);
      return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ant"));
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

    // ------------------------------------------------------------ cues

    // ------------------------------------------------------------ mentions

    // ------------------------------------------------------------ attribution

    /** Finds the mention and cue for the quote spanning tokens [open, close). */
    Attribution attribute(int open, int close) {
      Attribution after = attributeAfter(open, close);
      if (after != null) return after.as("cue-after");
      return attributeAround(open, close);
    }

    /** A: right after the closing mark: "”, said X" / "”, he said" / "», a-t-il lancé". */
    Attribution attributeAfter(int open, int close) {
      int j = close;
      int skipped = 0;
      while (j < t.size && skipped < 2 && t.type[j] == Tokens.PUNCT && t.quote[j] < 0
          && (t.ch(j) == ',' || t.ch(j) == '—' || t.ch(j) == '–' || t.ch(j) == '-')) {
        j++;
        skipped++;
      }
      int sentEnd = g.sentences.end(close);
      if (j < t.size && t.isWord(j) && t.quote[j] < 0) {
        // A quote closed by a full stop ends its sentence: a capitalised word after it starts the next one
        // ("“… we don’t even know.” Colton laughed …"); an attribution after a quote follows a comma, ? or !.
        if (skipped == 0 && t.isCapitalised(j) && g.sentences.fullStopBefore(t.start[close])) return null;
        // Only for a quote long enough to be someone's words: whether a short one is a quote or a label is for the
        // speech verbs of the lexicon to say.
        if (skipped > 0 && language.equals("fr") && g.cues.cueAt(j) == 0 && g.sentences.wordsBetween(open, close) > 3) {
          Attribution a = g.clauses.frenchIncise(j, sentEnd);
          if (a != null) return a;
        }
        return g.clauses.at(j, sentEnd);
      }
      return null;
    }

    /** B to D: a cue before the quote or later in its sentence, or a pronoun right before it. */
    private Attribution attributeAround(int open, int close) {
      int sentEnd = g.sentences.end(close);
      // B: before the opening mark in the same sentence, nearest cue first.
      int sentStart = g.sentences.start(open);
      for (int k = open - 1; k >= sentStart; k--) {
        if (t.quote[k] >= 0) continue;
        int len = g.cues.cueAt(k);
        if (len == 0 || k + len > open) continue;
        Attribution a = g.clauses.around(k, len, sentStart, open, true);
        if (a != null) return a.as("cue-before");
      }
      // C: later in the same sentence.
      for (int k = close; k < sentEnd; k++) {
        if (t.quote[k] >= 0) continue;
        int len = g.cues.cueAt(k);
        if (len == 0) continue;
        Attribution a = g.clauses.around(k, len, close, sentEnd);
        if (a != null) return a.as("cue-later");
      }
      // D: a subject right before a partial quote: "it “strongly recommends”".
      int p = open - 1;
      if (p >= 0 && t.isWord(p) && t.quote[p] < 0 && Lexicon.PRONOUNS.contains(t.lower(p))) {
        return new Attribution(p, p + 1, null, null, "pronoun-before");
      }
      return null;
    }

    /**
     * A partial quote is words the subject of its clause used, whatever the verb ("Anne Roy a qualifié la mesure
     * de « recul historique »"): the name or pronoun opening the sentence that holds the quote.
     */
    private Attribution subjectOfClause(int open) {
      int x = g.sentences.start(open);
      if (x < open && t.isWord(x) && isFronted(x)) {
        // "Dans un communiqué, la ministre a jugé …": a fronted complement up to its comma is not the subject.
        while (x < open && !t.isPunct(x, ',')) x++;
        x++;
      }
      if (x >= open || !t.isWord(x) || t.quote[x] >= 0) return null;
      String w = t.lower(x);
      if (w.equals("il") || w.equals("elle") || w.equals("he") || w.equals("she")) {
        return new Attribution(x, x + 1, null, null, "clause-subject");
      }
      Attribution m = g.mentions.after(x, open);
      if (m == null || !g.mentions.hasSpeakerWord(m) || m.to() >= open || !t.isWord(m.to()) || t.isCapitalised(m.to())) return null;
      boolean named = false;
      for (int k = m.from(); k < m.to(); k++) {
        if (Lexicon.ROLE_NOUNS.contains(t.lower(k)) || Names.nameWord(t, k) && k > m.from()) named = true;
      }
      if (!named) return null;
      return new Attribution(m.from(), m.to(), null, null, "clause-subject");
    }

    /** A sentence opening with a complement, not its subject: a preposition or a participle ("Empêtré dans …"). */
    private boolean isFronted(int x) {
      String w = t.lower(x);
      return MentionReader.isComplementOf(w) || MentionReader.stopsMention(w) || g.cues.isParticiple(x) || w.length() > 3 && (w.endsWith("é")
          || w.endsWith("ée") || w.endsWith("és") || w.endsWith("ées")) || Lexicon.NOT_NAME_START.contains(w)
          && !SpeakerResolver.isDeterminer(w) && !Lexicon.PRONOUNS.contains(w);
    }

    /** A cue with a subject in the sentence before the quote's, else in the one after it. */
    private Attribution neighbourSentence(Job job) {
      int s = g.sentences.start(job.open);
      int breaks = 0;
      for (int back = 0; back < 3 && s - 1 >= 0; back++) {
        int prevEnd = s - 1;
        if (t.type[prevEnd] == Tokens.BREAK) {
          prevEnd--;
          breaks++;
        }
        if (prevEnd < 0 || breaks > 1) break;
        int ps = g.sentences.start(prevEnd);
        boolean quoted = false;
        for (int x = ps; x <= prevEnd; x++) if (t.quote[x] >= 0) quoted = true;
        Attribution a = g.clauses.in(ps, prevEnd + 1);
        if (a != null) return a.as("sentence-before");
        if (quoted) break; // an earlier quote has its own speaker: the quote fallback handles it
        s = ps;
      }
      s = g.sentences.start(job.open);
      int e = g.sentences.end(job.close);
      if (e < t.size && t.type[e] != Tokens.BREAK) {
        Attribution a = g.clauses.in(e + 1, g.sentences.end(e + 1));
        if (a != null) return a.as("sentence-after");
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
