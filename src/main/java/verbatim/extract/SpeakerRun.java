package verbatim.extract;

import java.util.List;
import verbatim.text.Folding;

/**
 * Resolves the jobs of one text into speakers in text order, with the sieves that look beyond the quote's own
 * sentence, in this order for each job: its mention ("reported" for reported speech with a subject, or whatever
 * sieve found it), "participle-shared", the {@link NeighbourSentenceSieve} ("sentence-before", "sentence-after"),
 * "run-previous", "paragraph-continuation"; then over all jobs "echo" and "run-next". Immutable.
 */
final class SpeakerRun {

  static final String PARTICIPLE_SHARED = "participle-shared";
  static final String RUN_PREVIOUS = "run-previous";
  static final String PARAGRAPH_CONTINUATION = "paragraph-continuation";
  static final String ECHO = "echo";
  static final String RUN_NEXT = "run-next";
  /** A participle cue shares the speaker of a quote ending at most this many characters before it. */
  private static final int PARTICIPLE_REACH = 300;
  private static final Sieve NEIGHBOUR = new NeighbourSentenceSieve();

  private final Grammar g;
  private final Tokens t;

  SpeakerRun(Grammar g) {
    this.g = g;
    this.t = g.t;
  }

  /** Gives each job (sorted by position) its speaker and the sieve that found it, where one does. */
  void resolve(List<QuoteJob> jobs) {
    SpeakerResolver resolver = new SpeakerResolver(t);
    QuoteJob previous = null;
    QuoteJob lastSpoken = null;
    int lastEnd = 0;
    for (QuoteJob job : jobs) {
      resolver.quoteSpan(job.start(), job.end());
      if (job.attributed) resolveMention(job, resolver);
      if (job.speaker == null && sharesParticiple(job, lastSpoken, lastEnd)) {
        share(job, lastSpoken, PARTICIPLE_SHARED, resolver);
      }
      if (job.echo != null) continue; // takes the speaker of its attributed occurrence, below
      boolean marked = job.kind != Quote.Kind.INDIRECT;
      if (job.speaker == null && marked && SentenceRun.continues(g, previous, job)) {
        share(job, previous, RUN_PREVIOUS, resolver);
      }
      if (job.speaker == null && marked) neighbourSentence(job, resolver);
      if (job.speaker == null && marked && runsOn(previous, job)) share(job, previous, RUN_PREVIOUS, resolver);
      if (job.speaker == null && marked && continuesParagraph(job, lastSpoken, lastEnd, resolver)) {
        share(job, lastSpoken, PARAGRAPH_CONTINUATION, resolver);
      }
      if (marked) previous = job;
      if (job.speaker != null) {
        lastSpoken = job;
        lastEnd = job.end();
      }
    }
    Respectively.apply(jobs, t, resolver);
    echoes(jobs);
    SentenceRun.takeFromNext(g, jobs);
    runNext(jobs);
    HeadlineEcho.apply(jobs, t);
  }

  /** The speaker of the job's mention or pronoun; a pronoun opening reported speech tells the speaker's gender. */
  private void resolveMention(QuoteJob job, SpeakerResolver resolver) {
    job.speaker = job.pronoun != null ? resolver.resolvePronoun(job.pronoun, job.pos)
        : resolver.resolve(job.mentionFrom, job.mentionTo, job.pos);
    if (job.kind == Quote.Kind.INDIRECT && job.speaker != null && job.pronoun == null
        && !Lexicon.PRONOUNS.contains(t.lower(job.mentionFrom))) {
      int w = t.at(job.start());
      String first = w < t.size && t.isWord(w) ? t.lower(w) : "";
      char gender = first.equals("he") || first.equals("il") ? 'M'
          : first.equals("she") || first.equals("elle") ? 'F' : 0;
      if (gender != 0) resolver.noteGender(job.speaker, gender);
    }
  }

  private static void share(QuoteJob job, QuoteJob from, String sieve, SpeakerResolver resolver) {
    job.speaker = from.speaker;
    job.sieve = sieve;
    resolver.record(job.speaker, job.pos);
  }

  /**
   * "”, says the maverick, noting that …", "he said, adding that …": a participle cue with no subject of its own
   * shares the speaker of the quote just before it in the same sentence.
   */
  private boolean sharesParticiple(QuoteJob job, QuoteJob lastSpoken, int lastEnd) {
    return job.kind == Quote.Kind.INDIRECT && job.cue != null && lastSpoken != null && isParticipleCue(job.cue)
        && job.pos >= lastEnd && job.pos - lastEnd < PARTICIPLE_REACH && g.sentences.sameSentence(lastEnd, job.pos);
  }

  private static boolean isParticipleCue(String cue) {
    String w = QuoteFinder.lower(cue.strip());
    int sp = w.indexOf(' ');
    if (sp > 0) w = w.substring(0, sp);
    return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ant"));
  }

  /** A cue with its speaker in a neighbouring sentence; the mention as found speaks, not a name in apposition. */
  private void neighbourSentence(QuoteJob job, SpeakerResolver resolver) {
    Attribution a = NEIGHBOUR.find(new QuoteContext(g, job.open, job.close));
    if (a == null) return;
    job.apply(a, g);
    job.speaker = a.pronoun() != null ? resolver.resolvePronoun(a.pronoun(), job.pos)
        : resolver.resolve(a.from(), a.to(), job.pos);
  }

  /** Whether the job goes on from the quote in marks before it, with a speaker, within one paragraph break. */
  private boolean runsOn(QuoteJob previous, QuoteJob job) {
    return previous != null && previous.speaker != null && previous.open >= 0
        && g.sentences.paragraphsBetween(previous.close, job.open) <= 1;
  }

  /**
   * A quote standing alone as a paragraph with no cue, after narration that names no other person, goes on with
   * the last speaker (a speaker's words set off after a paragraph about them).
   */
  private boolean continuesParagraph(QuoteJob job, QuoteJob lastSpoken, int lastEnd, SpeakerResolver resolver) {
    return lastSpoken != null && g.sentences.wholeParagraph(job.open, job.close)
        && g.sentences.paragraphsBetween(t.at(lastEnd), job.open) <= 2
        && resolver.noOtherPersonBetween(lastSpoken.speaker, lastEnd, job.pos);
  }

  /** A repeat of a cited short quote: the speaker of an attributed occurrence. */
  private void echoes(List<QuoteJob> jobs) {
    for (QuoteJob j : jobs) {
      if (j.echo == null) continue;
      for (QuoteJob o : jobs) {
        if (o.echo == null && o.speaker != null && o.open >= 0 && o.parts.length == 1
            && Folding.key(t.text.substring(o.parts[0][0], o.parts[0][1])).equals(j.echo)) {
          j.speaker = o.speaker;
          j.sieve = ECHO;
          break;
        }
      }
    }
  }

  /** Still unattributed: the next quote of the same paragraph, back to front so that a run shares one speaker. */
  private void runNext(List<QuoteJob> jobs) {
    for (int i = jobs.size() - 2; i >= 0; i--) {
      QuoteJob j = jobs.get(i), nx = jobs.get(i + 1);
      if (j.speaker == null && j.open >= 0 && nx.open >= 0 && nx.speaker != null
          && g.sentences.paragraphsBetween(j.close, nx.open) == 0) {
        j.speaker = nx.speaker;
        j.sieve = RUN_NEXT;
      }
    }
  }
}
